"""The PyInstaller bundle, built by the test command and smoke-tested as a user would run it.

Built once per session with ``packaging/build.sh --tar`` into a temporary folder, then only
the built program is used (never the source tree): ``self-test``; the main window opened
offscreen and a screenshot of it checked to be a real picture; a scan of a folder of photos
that runs on worker processes inside the frozen app; and ``fieldkit sync`` delivering a
queued help request and a small upload to the real test wiki. The archive and its size are
printed.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.help_request_text import request_marker
from desktop_app.wiki.client import WikiAccount, WikiClient
from desktop_app.wiki.uploads import WikiUploads
from tests.conftest import MEDIA_SAMPLES
from tests.fixtures.mediawiki import TestWiki

pytestmark = [pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    """``dist/fieldkit/`` built from this checkout (and its .tar.gz, whose size is printed)."""
    root = tmp_path_factory.mktemp("bundle")
    environment = os.environ | {
        "PYTHON": sys.executable,
        "FIELDKIT_DIST": str(root / "dist"),
        "FIELDKIT_WORK": str(root / "build"),
    }
    built = subprocess.run(
        ["bash", str(REPO / "packaging" / "build.sh"), "--tar"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert built.returncode == 0, f"build failed:\n{built.stdout}\n{built.stderr[-4000:]}"
    [archive] = (root / "dist").glob("fieldkit-*.tar.gz")
    size_mb = archive.stat().st_size / 1024**2
    folder_mb = sum(
        f.stat().st_size for f in (root / "dist" / "fieldkit").rglob("*") if f.is_file()
    )
    reporter = pytestconfig.pluginmanager.get_plugin("terminalreporter")
    line = (
        f"bundle: {archive.name} {size_mb:.0f} MB packed, "
        f"{folder_mb / 1024**2:.0f} MB unpacked ({built.stdout.strip().splitlines()[0]})"
    )
    if reporter is not None:
        reporter.write_line(line)
    (root / "size.txt").write_text(line)
    return root / "dist" / "fieldkit" / "fieldkit"


def run_bundle(
    program: Path, data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the built program from a folder outside the checkout."""
    environment = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    environment.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(program), "--data-dir", str(data_dir), *args],
        cwd=data_dir.parent,
        env=environment | (env or {}),
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_bundle_passes_its_self_test(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle, tmp_path / "data", "self-test", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert {check["name"] for check in report["checks"]} >= {"database", "resources"}


def test_the_bundle_opens_its_window_and_the_screenshot_is_a_real_picture(
    bundle: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    shot = tmp_path / "window.png"
    result = run_bundle(bundle, tmp_path / "data", env={"FIELDKIT_SCREENSHOT": str(shot)})
    assert result.returncode == 0, result.stderr[-3000:]
    image = QImage(str(shot))
    # The first start fits the window to the screen (offscreen: a small one), so 640×480.
    assert not image.isNull() and image.width() >= 640 and image.height() >= 480
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20  # text, frames and the navigation: not a blank window


def test_the_bundle_scans_on_worker_processes(bundle: Path, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    original = (MEDIA_SAMPLES / "camera" / "Canon_40D.jpg").read_bytes()
    for number in range(80):  # above the scanner's threshold for worker processes
        (photos / f"photo-{number:03}.jpg").write_bytes(original + number.to_bytes(4, "big"))
    data = tmp_path / "data"
    imported = run_bundle(
        bundle, data, "media", "import", "--partnership", "P", "--batch", "B", str(photos), "--json"
    )
    assert imported.returncode in (0, 1), imported.stderr[-3000:]
    assert json.loads(imported.stdout)["counts"]["added"] == 80
    log = (data / "logs" / "fieldkit.log").read_text(encoding="utf-8")
    assert "Scanned 80 files of batch" in log and " on processes (" in log


@pytest.fixture
def wiki_folder(tmp_path: Path, wiki_up: TestWiki) -> Iterator[Path]:
    yield tmp_path / "data"


def test_the_bundle_delivers_a_request_and_an_upload_with_sync(
    bundle: Path, wiki_folder: Path, wiki_up: TestWiki, tmp_path: Path
) -> None:
    data = wiki_folder
    env = {"FIELDKIT_PASSWORD": wiki_up.bot_password}
    page = f"Project:Bundle smoke test {tmp_path.name}"

    def ok(*args: str) -> subprocess.CompletedProcess[str]:
        result = run_bundle(bundle, data, *args, env=env)
        assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr[-3000:]}"
        return result

    ok("account", "set", "--api", wiki_up.api_url, "--user", wiki_up.bot_user)
    ok("helpdesk", "set", "--wiki-page", page)
    ok("partnership", "add", "Bundle museum")
    description = tmp_path / "request.txt"
    description.write_text("Sent by the bundled program.", encoding="utf-8")
    ok(
        "request",
        "add",
        "--partnership",
        "Bundle museum",
        "--subject",
        "From the bundle",
        "--description-file",
        str(description),
    )
    photo = tmp_path / "photo.jpg"
    shutil.copy(MEDIA_SAMPLES / "camera" / "Canon_40D.jpg", photo)
    with photo.open("ab") as out:  # our own bytes: no duplicate of an earlier test's upload
        out.write(tmp_path.name.encode())
    ok("media", "import", "--partnership", "Bundle museum", "--batch", "B", str(photo))
    sheet = tmp_path / "sheet.csv"
    title = f"Bundle smoke test {tmp_path.name}"
    with sheet.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["file", "title", "description:en", "date", "author", "source", "licence"])
        writer.writerow(
            [str(photo), title, "An iguana.", "2008-05-30", "Anna", "Museum", "cc0-1.0"]
        )
    ok("media", "apply", "--batch", "B", str(sheet))
    ok("upload", "--batch", "B")

    synced = ok("sync", "--json")
    report = json.loads(synced.stdout)
    assert report["sent"] == 1 and report["uploads"]["verified"] == 1, synced.stdout

    listed = json.loads(ok("request", "list", "--json").stdout)
    (request,) = listed["requests"]
    reader = WikiClient(
        tmp_path / "reader", WikiAccount(wiki_up.api_url, wiki_up.bot_user), wiki_up.bot_password
    )
    reader.connect()
    try:
        assert (reader.page_text(page) or "").count(request_marker(request["uuid"])) == 1
        assert WikiUploads(reader).published_file(f"{title}.jpg") is not None
    finally:
        reader.close()
