"""Sheets as partners write them (issue 13): Excel's habits, licences and dates as typed,
wikitext in author and source. Each is read right or refused with a plain reason; the
test sheets are made here with ``openpyxl`` and ``csv``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop_app.services.media_import import import_paths
from desktop_app.services.media_sheets import SheetError, apply_sheet
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaItem
from tests.media.test_sheets_round_trip import snapshot, write_csv


@pytest.fixture
def files(ctx: AppContext, batch_id: int, work_copy: Path) -> list[str]:
    """The three sample files' names, in import order (Pattypan sheets match by path)."""
    import_paths(ctx.db, batch_id, [work_copy])
    with ctx.db.session() as session:
        paths = session.scalars(select(MediaItem.path).order_by(MediaItem.id)).all()
    return [Path(path).name for path in paths]


def items(ctx: AppContext) -> list[MediaItem]:
    with ctx.db.session() as session:
        return list(session.scalars(select(MediaItem).order_by(MediaItem.id)).all())


def xlsx(path: Path, rows: list[list[Any]], build: Any = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    if build is not None:
        build(sheet)
    workbook.save(path)
    return path


# --- Excel's habits --------------------------------------------------------------------------


def test_a_title_row_merged_above_the_header_and_blank_rows_are_looked_past(
    ctx: AppContext, batch_id: int, files: list[str], tmp_path: Path
) -> None:
    sheet = xlsx(
        tmp_path / "titled.xlsx",
        [
            [],
            ["Postcards from the Nordic Museum, batch 3", None, None],
            [],
            ["path", "name", "author"],
            [files[0], "Harbour at dawn", "Anna Svensson"],
        ],
        build=lambda ws: ws.merge_cells("A2:C2"),
    )

    report = apply_sheet(ctx.db, batch_id, sheet)

    assert [(row.row, row.status) for row in report.rows] == [(5, "changed")]
    assert "sheet-rows-above-header" in {p.code for p in report.sheet_problems}
    assert (items(ctx)[0].title, items(ctx)[0].author) == ("Harbour at dawn", "Anna Svensson")


def test_merged_header_cells_are_refused_and_change_nothing(
    ctx: AppContext, batch_id: int, files: list[str], tmp_path: Path
) -> None:
    sheet = xlsx(
        tmp_path / "merged.xlsx",
        [["path", "description", None], [files[0], "Harbour", "Hamnen"]],
        build=lambda ws: ws.merge_cells("B1:C1"),
    )
    before = snapshot(ctx)
    with pytest.raises(SheetError) as refused:
        apply_sheet(ctx.db, batch_id, sheet)
    assert refused.value.code == "sheet-merged-header"
    assert refused.value.params["cells"] == "B1:C1"
    assert snapshot(ctx) == before


def test_cells_merged_down_a_column_read_as_what_the_user_sees_in_each_row(
    ctx: AppContext, batch_id: int, files: list[str], tmp_path: Path
) -> None:
    sheet = xlsx(
        tmp_path / "grouped.xlsx",
        [
            ["path", "author"],
            *([name, "Studio Lindberg" if i == 0 else None] for i, name in enumerate(files)),
        ],
        build=lambda ws: ws.merge_cells("B2:B4"),
    )
    report = apply_sheet(ctx.db, batch_id, sheet)
    assert [row.status for row in report.rows] == ["changed"] * 3
    assert {item.author for item in items(ctx)} == {"Studio Lindberg"}
    assert "sheet-merged-cells" in {p.code for p in report.sheet_problems}


def test_numbers_and_dates_stored_as_numbers_read_as_the_cell_shows_them(
    ctx: AppContext, batch_id: int, files: list[str], tmp_path: Path
) -> None:
    def formats(ws: Any) -> None:
        ws["B2"].number_format = "00000"  # an inventory number shown with its zeros
        ws["C2"].number_format = "yyyy-mm-dd"
        ws["C3"].number_format = "d mmmm yyyy hh:mm"

    sheet = xlsx(
        tmp_path / "typed.xlsx",
        [
            ["path", "name", "date"],
            [files[0], 123, datetime(1923, 5, 30)],
            [files[1], 1923.0, datetime(1923, 5, 30, 10, 15)],
            [files[2], "Serial date", 44927],  # a date column left as "General": 2023-01-01
        ],
        build=formats,
    )

    report = apply_sheet(ctx.db, batch_id, sheet)

    stored = items(ctx)
    assert (stored[0].title, stored[0].date) == ("00123", "1923-05-30")
    assert (stored[1].title, stored[1].date) == ("1923", "1923-05-30 10:15:00")
    [problem] = report.rows[2].problems
    assert (problem.code, problem.params["suggestion"], problem.params["cell"]) == (
        "date-serial",
        "2023-01-01",
        "C4",
    )
    assert stored[2].title != "Serial date"  # the refused row changed nothing


# --- licences, dates and wikitext as typed ------------------------------------------------


def test_licence_cells_as_people_write_them_and_an_unknown_one_with_its_closest(
    ctx: AppContext, batch_id: int, files: list[str], tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "licences.csv",
        [
            ["path", "license"],
            [files[0], "{{cc-by-sa-4.0}}"],
            [files[1], "cc by sa 4.0"],
            [files[2], "CC BY-SA 3.0"],
        ],
    )
    report = apply_sheet(ctx.db, batch_id, sheet)
    assert [row.status for row in report.rows] == ["changed", "changed", "refused"]
    assert [item.licence_id for item in items(ctx)] == ["cc-by-sa-4.0", "cc-by-sa-4.0", None]
    [problem] = report.rows[2].problems
    assert problem.code == "bad-licence" and problem.params["cell"] == "B4"
    assert problem.params["closest"].startswith("cc-by-sa-4.0")


def test_dates_as_partners_write_them_and_ambiguous_ones_asked_about(
    ctx: AppContext, batch_id: int, files: list[str], tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "dates.csv",
        [
            ["path", "date"],
            [files[0], "ca. 1923"],
            [files[1], "1920s"],
            [files[2], "05/06/1923"],
        ],
    )
    report = apply_sheet(ctx.db, batch_id, sheet)
    assert [item.date for item in items(ctx)][:2] == [
        "{{circa|1923}}",
        "{{other date|decade|1920}}",
    ]
    [question] = report.rows[2].problems
    assert question.code == "date-ambiguous"
    assert (question.params["day_first"], question.params["month_first"]) == (
        "1923-06-05",
        "1923-05-06",
    )
    assert "?" in question.message


def test_wikitext_in_author_and_source_is_kept_and_an_unbalanced_cell_is_named(
    ctx: AppContext, batch_id: int, files: list[str], tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "pattypan.csv",
        [
            ["path", "author", "source"],
            [files[0], "{{Creator:Carl Larsson}}", "{{Institution:Nordiska museet}}"],
            [files[1], "[[User:Anna|Anna]]", "[https://digitaltmuseum.se/0210 DigitaltMuseum]"],
            [files[2], "[[Creator:Carl Larsson]", "Own work"],
        ],
    )
    report = apply_sheet(ctx.db, batch_id, sheet)
    stored = items(ctx)
    assert (stored[0].author, stored[0].source) == (
        "{{Creator:Carl Larsson}}",
        "{{Institution:Nordiska museet}}",
    )
    assert stored[1].source == "[https://digitaltmuseum.se/0210 DigitaltMuseum]"
    [problem] = report.rows[2].problems
    assert (problem.code, problem.params["cell"], problem.params["detail"]) == (
        "wikitext-unbalanced",
        "B4",
        "[[",
    )
    assert stored[2].source != "Own work"  # the row changed nothing


def test_a_title_row_named_like_a_field_is_not_taken_for_the_header(
    ctx: AppContext, batch_id: int, files: list[str], tmp_path: Path
) -> None:
    sheet = xlsx(
        tmp_path / "title.xlsx",
        [["Title"], ["path", "name"], [files[0], "Harbour at dawn"]],
    )
    report = apply_sheet(ctx.db, batch_id, sheet)
    assert [(row.row, row.status) for row in report.rows] == [(3, "changed")]


def test_trailing_unnamed_header_cells_do_not_make_rows_short(
    ctx: AppContext, batch_id: int, files: list[str], tmp_path: Path
) -> None:
    sheet = tmp_path / "trailing.csv"
    sheet.write_text(f"path,name,,\n{files[0]},Harbour\n{files[1]},Quay,,note\n", encoding="utf-8")
    report = apply_sheet(ctx.db, batch_id, sheet)
    assert [(row.status, [p.code for p in row.problems]) for row in report.rows] == [
        ("changed", []),
        ("refused", ["unknown-column"]),  # a value in a column without a name
    ]
    assert "unnamed-column" in {p.code for p in report.sheet_problems}
