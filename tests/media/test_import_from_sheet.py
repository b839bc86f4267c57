"""Importing the files listed in a spreadsheet column (CSV or XLSX), by service and by CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.cli import run
from desktop_app.services.media_import import import_paths
from desktop_app.services.media_sheets import SheetError, paths_from_sheet
from desktop_app.store.context import AppContext


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_csv_paths_are_read_from_the_path_column_relative_to_the_sheet(work_copy: Path) -> None:
    sheet = _write_csv(
        work_copy.parent / "list.csv",
        [
            ["title", "Path", "notes"],
            ["Street", "photos/DSCN0010.jpg", "relative to the sheet's folder"],
            ["Lizard", str(work_copy / "Canon_40D.jpg"), "absolute"],
            ["", "", "empty row"],
            ["Again", "./photos/../photos/DSCN0010.jpg", "the same file once more"],
        ],
    )

    assert paths_from_sheet(sheet) == [
        str(work_copy / "DSCN0010.jpg"),
        str(work_copy / "Canon_40D.jpg"),
    ]


def test_xlsx_column_is_found_by_a_usual_name_or_the_name_given(work_copy: Path) -> None:
    sheet = _write_xlsx(
        work_copy / "list.xlsx",
        [
            ["File name", "Bestand", "year"],
            ["DSCN0010.jpg", "landscape_6.jpg", 2008],
            ["Canon_40D.jpg", None, 2009],
        ],
    )

    assert paths_from_sheet(sheet) == [
        str(work_copy / "DSCN0010.jpg"),
        str(work_copy / "Canon_40D.jpg"),
    ]
    assert paths_from_sheet(sheet, column=" bestand ") == [str(work_copy / "landscape_6.jpg")]


def test_missing_column_is_a_clear_error_that_lists_the_columns(tmp_path: Path) -> None:
    sheet = _write_csv(tmp_path / "list.csv", [["title", "author"], ["A", "B"]])

    with pytest.raises(SheetError, match=r"no column of paths.*'title', 'author'"):
        paths_from_sheet(sheet)
    with pytest.raises(SheetError, match="no column 'Bestand'"):
        paths_from_sheet(sheet, column="Bestand")


def test_unreadable_sheets_are_sheet_errors(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.csv"  # Excel's plain "CSV" in Western Europe: read right
    latin1.write_bytes("path\nK\xf6ln.jpg\n".encode("latin-1"))
    assert [Path(path).name for path in paths_from_sheet(latin1)] == ["Köln.jpg"]
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    with pytest.raises(SheetError, match="not a text file"):
        paths_from_sheet(binary)
    empty_column = _write_csv(tmp_path / "empty.csv", [["path"], [""]])
    with pytest.raises(SheetError, match="lists no paths"):
        paths_from_sheet(empty_column)
    with pytest.raises(SheetError, match="Unsupported"):
        paths_from_sheet(tmp_path / "list.ods")


def test_paths_from_a_sheet_import_like_paths_given_by_hand(
    ctx: AppContext, batch_id: int, work_copy: Path
) -> None:
    sheet = _write_csv(
        work_copy.parent / "list.csv",
        [["path"], ["photos/DSCN0010.jpg"], ["photos/Canon_40D.jpg"], ["photos/gone.jpg"]],
    )

    report = import_paths(ctx.db, batch_id, paths_from_sheet(sheet))

    statuses = {Path(entry.path).name: entry.status for entry in report.files}
    assert statuses == {"DSCN0010.jpg": "added", "Canon_40D.jpg": "added", "gone.jpg": "skipped"}
    again = import_paths(ctx.db, batch_id, [work_copy])  # the folder: same items, no doubles
    assert again.count("added") == 1 and again.count("unchanged") == 2  # + landscape_6.jpg


def test_cli_imports_from_a_sheet_and_refuses_a_sheet_without_the_column(
    tmp_path: Path, work_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    sheet = _write_xlsx(work_copy / "list.xlsx", [["Bestand"], ["DSCN0010.jpg"], ["Canon_40D.jpg"]])
    base = [*data, "media", "import", "--partnership", "Museum", "--batch", "B1"]

    assert run([*base, "--from-sheet", str(sheet)]) == 2
    assert "Its columns: 'Bestand'" in capsys.readouterr().err
    assert run([*data, "media", "check", "--batch", "B1"]) == 2  # nothing was created
    capsys.readouterr()

    code = run([*base, "--from-sheet", str(sheet), "--column", "Bestand", "--json"])
    imported = json.loads(capsys.readouterr().out)
    assert code == 0 and imported["counts"]["added"] == 2
    assert {Path(f["path"]).name for f in imported["files"]} == {"DSCN0010.jpg", "Canon_40D.jpg"}

    # Sheet and PATH together; a path named twice is imported once.
    code = run(
        [
            *base,
            str(work_copy / "landscape_6.jpg"),
            "--from-sheet",
            str(sheet),
            "--column",
            "Bestand",
            "--json",
        ]
    )
    both = json.loads(capsys.readouterr().out)
    assert code == 0 and both["counts"] == {**both["counts"], "added": 1, "unchanged": 2}


def test_cli_import_needs_paths_or_a_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    base = [*data, "media", "import", "--partnership", "Museum", "--batch", "B1"]

    assert run(base) == 2
    assert "--from-sheet" in capsys.readouterr().err
    assert run([*base, str(tmp_path), "--column", "path"]) == 2
    assert "--column needs --from-sheet" in capsys.readouterr().err
