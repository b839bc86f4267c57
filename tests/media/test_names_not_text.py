"""A file or folder whose name is not valid text is skipped with a reason; the rest of the
import goes on.

Linux allows any bytes in a name, and a partner's folder unpacked from an old zip or
copied off an old camera card can hold names in Latin-1 or Shift-JIS. Python keeps
those bytes as lone surrogates, which SQLite cannot store: one such name used to stop the
whole import with a ``UnicodeEncodeError`` and a traceback, nothing imported.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.files.folders import expand_input_names
from desktop_app.files.names import is_text, shown_name
from desktop_app.services.media_import import import_paths, rescan_batch
from desktop_app.store.context import AppContext
from tests.conftest import MEDIA_SAMPLES, REPO_ROOT

# b"\xff" and b"\xe9" are not UTF-8: the names Latin-1 "Café" and a stray byte.
BAD_FILE = "photo\udcff.jpg"
BAD_FOLDER = "Caf\udce9"


@pytest.fixture
def partner_folder(tmp_path: Path) -> Path:
    """Two good photos (one with a non-ASCII name), a photo whose name is not text and a
    folder whose name is not text, with a photo inside."""
    folder = tmp_path / "partner"
    (folder / BAD_FOLDER).mkdir(parents=True)
    shutil.copy2(MEDIA_SAMPLES / "camera" / "Canon_40D.jpg", folder / "good.jpg")
    shutil.copy2(MEDIA_SAMPLES / "gps" / "DSCN0010.jpg", folder / "ünï cödé.jpg")
    shutil.copy2(MEDIA_SAMPLES / "orientation" / "landscape_6.jpg", folder / BAD_FILE)
    shutil.copy2(MEDIA_SAMPLES / "gps" / "DSCN0021.jpg", folder / BAD_FOLDER / "inside.jpg")
    return folder


def test_names_that_are_not_text_are_left_out_with_a_problem(partner_folder: Path) -> None:
    files, left_out = expand_input_names([partner_folder])

    assert [Path(name).name for name in files] == ["good.jpg", "ünï cödé.jpg"]
    assert {(problem.code, problem.params["path"]) for problem in left_out} == {
        ("file-name-not-text", f"{partner_folder}/photo\\xff.jpg"),
        ("folder-name-not-text", f"{partner_folder}/Caf\\xe9"),
    }
    for problem in left_out:
        problem.params["path"].encode("utf-8")  # shown as text, whatever the bytes


def test_a_name_given_directly_that_is_not_text_is_left_out(partner_folder: Path) -> None:
    files, left_out = expand_input_names([partner_folder / BAD_FILE, partner_folder / "good.jpg"])

    assert [Path(name).name for name in files] == ["good.jpg"]
    assert [problem.code for problem in left_out] == ["file-name-not-text"]


def test_what_is_text() -> None:
    assert is_text("plain.jpg") and is_text("ünï cödé.jpg") and is_text("שלום.jpg")
    assert not is_text(BAD_FILE)
    assert shown_name("/a/" + BAD_FOLDER) == "/a/Caf\\xe9"
    assert shown_name("/a/ünï.jpg") == "/a/ünï.jpg"  # good names are shown as they are


def _import(data_dir: Path, folder: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "media"]
    command += ["import", "--partnership", "P", "--batch", "B", str(folder), *extra]
    # Strict output: a name written out with its surrogates would fail here.
    environment = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8:strict")
    return subprocess.run(command, capture_output=True, env=environment, timeout=120)


def test_the_command_line_import_skips_them_and_imports_the_rest(
    partner_folder: Path, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    add = [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "partnership", "add"]
    subprocess.run(
        [*add, "P"],
        check=True,
        capture_output=True,
        env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)),
    )
    for expected in ("added", "unchanged"):  # a first import, then the same folder again
        done = _import(data_dir, partner_folder, "--json")
        assert done.stderr == b""
        report = json.loads(done.stdout.decode("utf-8"))  # strict: valid UTF-8 throughout
        assert done.returncode == 1 and report["exit_code"] == 1  # something was skipped
        statuses = {Path(entry["path"]).name: entry["status"] for entry in report["files"]}
        assert statuses == {
            "good.jpg": expected,
            "ünï cödé.jpg": expected,
            "photo\\xff.jpg": "skipped",
            "Caf\\xe9": "skipped",
        }

    text = _import(data_dir, partner_folder)
    assert text.returncode == 1 and text.stderr == b""
    assert "skipped   " + f"{partner_folder}/photo\\xff.jpg" in text.stdout.decode("utf-8")
    assert "file-name-not-text" in text.stdout.decode("utf-8")


def test_the_window_s_import_skips_them_too(
    ctx: AppContext, batch_id: int, partner_folder: Path
) -> None:
    report = import_paths(ctx.db, batch_id, [partner_folder])  # what the Media area calls

    assert report.count("added") == 2 and report.count("skipped") == 2
    skipped = [entry for entry in report.files if entry.status == "skipped"]
    assert sorted(entry.problems[0].code for entry in skipped) == [
        "file-name-not-text",
        "folder-name-not-text",
    ]


def test_a_file_moved_to_a_name_that_is_not_text_is_missing_not_a_crash(
    ctx: AppContext, batch_id: int, partner_folder: Path
) -> None:
    import_paths(ctx.db, batch_id, [partner_folder / "good.jpg"])
    (partner_folder / "good.jpg").rename(partner_folder / "moved\udcff.jpg")

    report = rescan_batch(ctx.db, batch_id)  # looks for moved files around the old place

    assert [entry.status for entry in report.files] == ["missing"]
