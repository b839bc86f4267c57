"""The real wheel, installed into a fresh virtualenv (not editable), works on its own.

An editable install reads resources and catalogues from the checkout, so it hides a wheel
that forgot them (issue 8: ``load_catalogue()`` raised FileNotFoundError after
``pip install .``). Here the wheel is built from a copy of the checkout (an in-tree build
would leave ``build/`` behind, whose stale files can slip into the next wheel), installed
with its dependencies from the package index pinned by ``constraints.txt``, and run from a
folder outside the repository: ``self-test``, then a small media batch imported and checked.

Slow (about half a minute here with pip's cache warm; the first run downloads PySide6).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import MEDIA_SAMPLES, REPO_ROOT

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

JUNK = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", ".*_cache"
)
SAMPLES = (MEDIA_SAMPLES / "camera" / "Canon_40D.jpg", MEDIA_SAMPLES / "gps" / "DSCN0010.jpg")


def run(
    command: list[str | Path], *, cwd: Path, timeout: float = 900
) -> subprocess.CompletedProcess[str]:
    """Run a command with a clean environment (nothing pointing back into the checkout)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "VIRTUAL_ENV", "FIELDKIT_DATA_DIR", "PYTHONHOME")
    }
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def succeeded(result: subprocess.CompletedProcess[str]) -> bool:
    return result.returncode == 0


def explain(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    outside: Path  # a working folder outside the repository

    def fieldkit(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return run([self.venv / "bin" / "fieldkit", *args], cwd=self.outside, timeout=120)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    shutil.copytree(REPO_ROOT, source, ignore=JUNK, symlinks=True)
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", root / "dist", source], cwd=root
    )
    assert succeeded(built), f"building the wheel failed: {explain(built)}"
    [wheel] = (root / "dist").glob("fieldkit-*.whl")

    venv = root / "venv"
    try:
        created = run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=root)
        assert succeeded(created), explain(created)
        # This environment's pip installs into the fresh one (--python): it needs no pip of its own.
        pip = [sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install"]
        installing = run([*pip, "-c", REPO_ROOT / "constraints.txt", wheel], cwd=root)
        assert succeeded(installing), f"installing the wheel failed: {explain(installing)}"
        outside = root / "elsewhere"
        outside.mkdir()
        yield Installed(wheel, venv, outside)
    finally:  # about 350 MB (PySide6): not left behind in pytest's kept temporary folders
        shutil.rmtree(venv, ignore_errors=True)
        shutil.rmtree(source, ignore_errors=True)


def test_the_wheel_carries_every_file_of_the_package(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        shipped = {name for name in wheel.namelist() if name.startswith("desktop_app/")}
    package = REPO_ROOT / "desktop_app"
    expected = {
        path.relative_to(REPO_ROOT).as_posix()
        for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }
    missing = sorted(expected - shipped)
    assert not missing, f"not in the wheel (pyproject.toml package-data?): {missing}"
    assert "desktop_app/resources/translations/fieldkit_sv.qm" in shipped


def test_the_installed_app_is_the_wheel_not_the_checkout(installed: Installed) -> None:
    python = installed.venv / "bin" / "python"
    where = run(
        [python, "-c", "import desktop_app; print(desktop_app.__file__)"], cwd=installed.outside
    )
    assert succeeded(where), explain(where)
    assert Path(where.stdout.strip()).is_relative_to(installed.venv), where.stdout


def test_self_test_passes_in_the_installed_wheel(installed: Installed) -> None:
    result = installed.fieldkit("--data-dir", installed.outside / "data", "self-test", "--json")
    assert succeeded(result), explain(result)
    report = json.loads(result.stdout)
    checks = {check["name"]: check for check in report["checks"]}
    assert report["ok"] is True
    assert checks["resources"]["ok"], checks["resources"]
    assert checks["translation fieldkit_sv"]["ok"], checks["translation fieldkit_sv"]
    assert "fieldkit_sv.qm shipped" in checks["translation fieldkit_sv"]["detail"]


def test_a_media_batch_is_imported_and_checked_by_the_installed_wheel(
    installed: Installed,
) -> None:
    data = installed.outside / "media-data"
    photos = installed.outside / "photos"
    photos.mkdir()
    for sample in SAMPLES:
        shutil.copy2(sample, photos / sample.name)
    names = sorted(sample.name for sample in SAMPLES)

    added = installed.fieldkit("--data-dir", data, "partnership", "add", "Wheel Museum")
    assert succeeded(added), explain(added)
    imported = installed.fieldkit(
        "--data-dir",
        data,
        "media",
        "import",
        "--partnership",
        "Wheel Museum",
        "--batch",
        "Wheel batch",
        *(photos / name for name in names),
        "--json",
    )
    assert succeeded(imported), explain(imported)
    assert json.loads(imported.stdout)["counts"]["added"] == 2

    checked = installed.fieldkit(
        "--data-dir", data, "media", "check", "--batch", "Wheel batch", "--json"
    )
    report = json.loads(checked.stdout)
    # Freshly imported files have no licence, author or source yet: not ready, exit 1.
    assert checked.returncode == report["exit_code"] == 1, explain(checked)
    assert sorted(Path(item["path"]).name for item in report["files"]) == names
    assert (report["ready"], report["not_ready"]) == (0, 2)
    assert report["file_types"].startswith("offline default")  # the shipped Commons policy
    codes = {problem["code"] for item in report["files"] for problem in item["problems"]}
    assert "licence-missing" in codes
