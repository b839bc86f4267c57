"""A partner's folder holds more than photos: what an import leaves out, and how it says so.

A README or a spreadsheet beside the photos is listed as skipped (not media), never added
with six problems; operating-system litter and hidden files are not mentioned at all; a
photo that turns out to be broken is still added, with its problem.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.cli import run
from desktop_app.services.media_import import import_paths
from desktop_app.store.context import AppContext
from desktop_app.ui.i18n import install_language
from desktop_app.ui.media.batch_bar import import_summary

LITTER = (".DS_Store", "Thumbs.db", "desktop.ini", "._DSCN0010.jpg", ".hidden.jpg")


@pytest.fixture
def partner_folder(tmp_path: Path, samples: Path) -> Path:
    """Two photos, a broken "photo", notes and a sheet, and the usual system litter."""
    folder = tmp_path / "from the partner"
    (folder / "sub").mkdir(parents=True)
    shutil.copy2(samples / "gps" / "DSCN0010.jpg", folder / "DSCN0010.jpg")
    shutil.copy2(samples / "camera" / "Canon_40D.jpg", folder / "sub" / "Canon_40D.jpg")
    shutil.copy2(samples / "damaged" / "text_named_as.jpg", folder / "broken.jpg")
    (folder / "README.md").write_text("# Glass plates\nScanned in 2024.\n", encoding="utf-8")
    (folder / "sub" / "list.csv").write_text("file,title\nDSCN0010.jpg,Plate\n")
    for name in LITTER:
        (folder / name).write_bytes(b"\x00\x01litter")
    (folder / "__MACOSX").mkdir()
    shutil.copy2(samples / "gps" / "DSCN0021.jpg", folder / "__MACOSX" / "DSCN0021.jpg")
    return folder


def test_non_media_files_are_listed_as_skipped_and_litter_is_not_mentioned(
    ctx: AppContext, batch_id: int, partner_folder: Path
) -> None:
    report = import_paths(ctx.db, batch_id, [partner_folder])

    statuses = {Path(entry.path).name: entry.status for entry in report.files}
    assert statuses == {
        "DSCN0010.jpg": "added",
        "Canon_40D.jpg": "added",
        "broken.jpg": "added",  # named as a photo: kept, so the user hears it is broken
        "README.md": "skipped",
        "list.csv": "skipped",
    }
    skipped = [entry for entry in report.files if entry.status == "skipped"]
    assert all([p.code for p in entry.problems] == ["not-media"] for entry in skipped)
    assert all(not p.blocking for entry in skipped for p in entry.problems)
    assert report.not_imported() == 0


def test_cli_import_exits_0_when_only_non_media_files_were_left_out(
    tmp_path: Path, partner_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    command = ["media", "import", "--partnership", "P", "--batch", "B", str(partner_folder)]
    code = run([*data, *command, "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["exit_code"] == 0
    assert report["counts"]["added"] == 3 and report["counts"]["skipped"] == 2
    readme = next(f for f in report["files"] if f["path"].endswith("README.md"))
    assert readme["item_id"] is None
    assert readme["problems"][0]["code"] == "not-media"
    assert readme["problems"][0]["severity"] == "info"
    named = {Path(f["path"]).name for f in report["files"]}
    assert not named & {*LITTER, "DSCN0021.jpg"}

    # Plain text says it too, and the batch holds only the three photos.
    run([*data, "media", "import", "--partnership", "P", "--batch", "B", str(partner_folder)])
    out = capsys.readouterr().out
    assert "skipped   " in out and "README.md" in out and "not-media" in out
    run([*data, "media", "check", "--batch", "B", "--json"])
    checked = json.loads(capsys.readouterr().out)
    assert sorted(Path(f["path"]).name for f in checked["files"]) == [
        "Canon_40D.jpg",
        "DSCN0010.jpg",
        "broken.jpg",
    ]


def test_litter_named_directly_is_left_out_silently(
    tmp_path: Path, partner_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    paths = [str(partner_folder / "Thumbs.db"), str(partner_folder / "DSCN0010.jpg")]
    code = run([*data, "media", "import", "--partnership", "P", "--batch", "B", *paths, "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [Path(f["path"]).name for f in report["files"]] == ["DSCN0010.jpg"]


def test_the_import_summary_names_what_was_left_out(
    qtbot: QtBot, ctx: AppContext, batch_id: int, partner_folder: Path
) -> None:
    report = import_paths(ctx.db, batch_id, [partner_folder])
    install_language("en")
    assert import_summary(report) == (
        "Import finished: 3 added, 2 not media, left out: README.md, list.csv."
    )
    install_language("sv")
    try:
        assert import_summary(report) == (
            "Importen är klar: 3 tillagda, 2 är inte media och lämnades utanför: "
            "README.md, list.csv."
        )
    finally:
        install_language("en")
