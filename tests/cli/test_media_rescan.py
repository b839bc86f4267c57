"""``media rescan``: a batch looked at again after the partner's folder changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import run
from tests.conftest import MEDIA_SAMPLES

PHOTOS = ("DSCN0010.jpg", "canon-ixus.jpg", "no_exif.jpg")
SOURCES = {"DSCN0010.jpg": "gps", "canon-ixus.jpg": "camera", "no_exif.jpg": "other"}


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_changed_moved_and_missing_files_are_told_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    partner = tmp_path / "partner"
    (partner / "photos").mkdir(parents=True)
    for name in PHOTOS:
        shutil.copy(MEDIA_SAMPLES / SOURCES[name] / name, partner / "photos" / name)
    batch = ["--batch", "Postcards"]
    assert run([*data, "media", "import", "--partnership", "Museum", *batch, str(partner)]) == 0
    capsys.readouterr()

    photos = partner / "photos"
    with (photos / PHOTOS[0]).open("ab") as edited:  # edited in place: new bytes, same name
        edited.write(b"\0" * 64)
    (partner / "sorted").mkdir()
    (photos / PHOTOS[1]).rename(partner / "sorted" / PHOTOS[1])  # moved within the tree
    (photos / PHOTOS[2]).unlink()  # gone

    code = run([*data, "media", "rescan", *batch, "--json"])
    report = _json(capsys)

    assert code == report["exit_code"] == 1
    assert report["batch"] == "Postcards" and report["partnership"] == "Museum"
    statuses = {Path(entry["path"]).name: entry["status"] for entry in report["files"]}
    assert statuses == {PHOTOS[0]: "changed", PHOTOS[1]: "moved", PHOTOS[2]: "missing"}
    moved = next(entry for entry in report["files"] if entry["status"] == "moved")
    assert Path(moved["path"]).parent == partner / "sorted"

    shutil.copy(MEDIA_SAMPLES / "other" / PHOTOS[2], photos / PHOTOS[2])  # put back
    assert run([*data, "media", "rescan", *batch]) == 0
    out = capsys.readouterr().out
    assert "3 unchanged" in out


def test_an_unknown_batch_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["--data-dir", str(tmp_path), "media", "rescan", "--batch", "Nope", "--json"])
    answer = _json(capsys)
    assert code == 2 and answer["ok"] is False
    assert answer["problems"][0]["code"] == "media.batch_not_found"
