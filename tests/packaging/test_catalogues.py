"""The compiled catalogues shipped in the package are exactly a fresh build of the ``.ts``.

The ``.qm`` files are committed (so a wheel carries them without PySide6 in its build);
this is what keeps them honest: a translator's edit without ``build`` fails here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services import self_test
from desktop_app.services.translations import shipped_languages
from desktop_app.store import bundled
from desktop_app.store.bundled import translation_catalogues
from desktop_app.system.paths import translation_sources

BUILD_HINT = "run `python scripts/translations.py build` and commit the .qm"


def lrelease() -> str:
    """``pyside6-lrelease`` next to this Python (an unactivated venv) or on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        pytest.fail("pyside6-lrelease not found: it ships with PySide6-Essentials")
    return found


def test_every_ts_has_a_shipped_catalogue_and_every_catalogue_a_ts() -> None:
    sources = {path.stem.removeprefix("fieldkit_") for path in translation_sources()}
    assert "sv" in sources
    assert set(translation_catalogues()) == sources, BUILD_HINT
    assert shipped_languages() == sorted(sources)


def test_each_shipped_catalogue_is_a_fresh_build_of_its_ts(tmp_path: Path) -> None:
    catalogues = translation_catalogues()
    stale = []
    for source in translation_sources():
        fresh = tmp_path / f"{source.stem}.qm"
        subprocess.run(
            [lrelease(), "-silent", str(source), "-qm", str(fresh)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        shipped = catalogues.get(source.stem.removeprefix("fieldkit_"))
        if shipped is None or shipped.read_bytes() != fresh.read_bytes():
            stale.append(source.name)
    assert not stale, f"compiled catalogue missing or out of date for {stale}: {BUILD_HINT}"


def test_self_test_checks_each_shipped_catalogue_without_qt() -> None:
    checks = {check.name: check for check in self_test._check_translations()}
    assert checks["translation fieldkit_sv"].ok
    assert "fieldkit_sv.qm shipped" in checks["translation fieldkit_sv"].detail


def test_self_test_fails_when_the_package_has_no_catalogues(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bundled, "translation_catalogues", dict)
    [check] = self_test._check_translations()
    assert not check.ok
    assert "no compiled catalogues" in check.detail


def test_self_test_names_a_ts_that_was_never_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_source = tmp_path / "fieldkit_de.ts"
    new_source.write_text("<TS/>")
    monkeypatch.setattr(
        self_test, "translation_sources", lambda: [*translation_sources(), new_source]
    )
    checks = {check.name: check for check in self_test._check_translations()}
    assert checks["translation fieldkit_sv"].ok
    assert not checks["translation fieldkit_de"].ok
    assert "scripts/translations.py build" in checks["translation fieldkit_de"].detail
