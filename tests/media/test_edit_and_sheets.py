"""Bulk edits return what they replaced (undo/redo); spreadsheets round-trip row by row."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app.core.media_fields import FieldError
from desktop_app.files.spreadsheets import read_sheet
from desktop_app.services.media_edit import (
    CELL_CATEGORIES,
    CELL_DESCRIPTION,
    CELL_ID,
    CELL_LICENCE,
    CELL_PATH,
    CELL_TITLE,
    apply_changes,
    categories_text,
    current_values,
    fill_down,
    find_replace,
    load_rows,
    load_table,
    set_field,
    set_field_text,
)
from desktop_app.services.media_import import import_paths
from desktop_app.services.media_sheets import apply_sheet, export_batch
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaItem
from desktop_app.store.repositories.media import item_ids


@pytest.fixture
def ids(ctx: AppContext, batch_id: int, work_copy: Path) -> list[int]:
    import_paths(ctx.db, batch_id, [work_copy])
    with ctx.db.session() as session:
        return item_ids(session, batch_id)


def test_bulk_edit_returns_previous_values_and_undo_restores_them(
    ctx: AppContext, ids: list[int]
) -> None:
    with ctx.db.session() as session:
        before = current_values(session, ids, "author")
    changes = set_field_text(ctx.db, ids, "author", "Anna")
    assert [(c.item_id, c.old) for c in changes] == [
        (i, before[i]) for i in ids if before[i] != "Anna"
    ]
    with ctx.db.session() as session:
        assert set(current_values(session, ids, "author").values()) == {"Anna"}
    apply_changes(ctx.db, changes, undo=True)
    with ctx.db.session() as session:
        assert current_values(session, ids, "author") == before
    apply_changes(ctx.db, changes)  # redo
    with ctx.db.session() as session:
        assert set(current_values(session, ids, "author").values()) == {"Anna"}


def test_language_fields_fill_down_and_find_replace(ctx: AppContext, ids: list[int]) -> None:
    set_field(ctx.db, ids[:1], "description:sv", "Gatan i Arezzo")
    filled = fill_down(ctx.db, ids, "description:sv")
    assert [c.old for c in filled] == ["", ""]
    replaced = find_replace(
        ctx.db, ids, ["description:sv"], "arezzo", "Florens", case_sensitive=False
    )
    assert len(replaced) == 3 and replaced[0].old == "Gatan i Arezzo"
    with ctx.db.session() as session:
        texts = session.scalars(select(MediaItem.descriptions).order_by(MediaItem.id)).all()
        assert [t["sv"] for t in texts] == ["Gatan i Florens"] * 3
    apply_changes(ctx.db, replaced + filled, undo=True)
    with ctx.db.session() as session:
        texts = session.scalars(select(MediaItem.descriptions).order_by(MediaItem.id)).all()
        assert [t.get("sv") for t in texts] == ["Gatan i Arezzo", None, None]


def test_typed_values_are_validated(ctx: AppContext, ids: list[int]) -> None:
    with pytest.raises(FieldError) as bad:
        set_field_text(ctx.db, ids, "licence", "all rights reserved")
    assert bad.value.code == "bad-licence"
    with pytest.raises(FieldError):
        set_field_text(ctx.db, ids, "date", "yesterday")
    set_field_text(ctx.db, ids, "categories", "Category:Foxes|Animals_of Sweden")
    with ctx.db.session() as session:
        assert current_values(session, ids[:1], "categories")[ids[0]] == [
            "Foxes",
            "Animals of Sweden",
        ]


def test_rows_for_the_table_come_in_one_light_query(
    ctx: AppContext, batch_id: int, ids: list[int]
) -> None:
    rows = load_rows(ctx.db, batch_id)
    assert [row.id for row in rows] == ids
    assert [row.has_gps for row in rows] == [False, True, False]  # Canon, DSCN0010, landscape
    assert load_rows(ctx.db, batch_id, offset=1, limit=1)[0].id == ids[1]


def test_table_cells_hold_what_the_table_shows_in_the_batch_language(
    ctx: AppContext, batch_id: int, ids: list[int]
) -> None:
    set_field(ctx.db, ids[:1], "description:sv", "En leguan")
    set_field(ctx.db, ids[:1], "description:en", "An iguana")
    set_field(ctx.db, ids[1:2], "categories", ["Foxes", "Animals of Sweden"])
    set_field(ctx.db, ids[1:2], "licence", "cc-by-4.0")
    cells = load_table(ctx.db, batch_id, "sv")
    assert [row[CELL_ID] for row in cells] == ids
    assert [row[CELL_DESCRIPTION] for row in cells] == ["En leguan", "", ""]
    assert load_table(ctx.db, batch_id, "en")[0][CELL_DESCRIPTION] == "An iguana"
    assert categories_text(cells[1][CELL_CATEGORIES]) == "Foxes|Animals of Sweden"
    assert categories_text(cells[0][CELL_CATEGORIES]) == ""
    assert [row[CELL_LICENCE] for row in cells] == [None, "cc-by-4.0", None]
    full = {row.id: row for row in load_rows(ctx.db, batch_id)}
    for row in cells:
        assert row[CELL_PATH] == full[row[CELL_ID]].path
        assert row[CELL_TITLE] == full[row[CELL_ID]].title


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_edit_apply_round_trip_with_refused_rows(
    ctx: AppContext, batch_id: int, ids: list[int], tmp_path: Path, suffix: str
) -> None:
    sheet = tmp_path / f"batch{suffix}"
    assert export_batch(ctx.db, batch_id, sheet) == 3
    header, rows = read_sheet(sheet)
    assert header[:3] == ["fieldkit_id", "file", "title"] and "description:en" in header
    col = {name: i for i, name in enumerate(header)}
    rows[0][col["title"]] = "Iguana head"
    rows[0][col["licence"]] = "cc-by-4.0"
    rows[0][col["description:en"]] = "An iguana =1+1 }}"
    rows[1][col["title"]] = "Must not be applied"
    rows[1][col["licence"]] = "all rights reserved"  # refused: whole row
    rows[2][col["date"]] = "05/06/2020"  # refused: 5 June or 6 May? (never guessed)
    header.append("colour")  # unknown column: rows with a value in it are refused
    for row in rows:
        row.append("")
    _write(tmp_path / f"edited{suffix}", header, rows)

    report = apply_sheet(ctx.db, batch_id, tmp_path / f"edited{suffix}")

    assert [row.status for row in report.rows] == ["changed", "refused", "refused"]
    assert [p.code for p in report.sheet_problems] == ["unknown-column"]
    assert {c.field for c in report.rows[0].changes} == {"title", "licence", "description:en"}
    assert [p.code for p in report.rows[1].problems] == ["bad-licence"]
    assert (
        report.rows[2].problems[0].code == "date-ambiguous"
        and report.rows[2].problems[0].params["row"] == 4
    )
    with ctx.db.session() as session:
        items = session.scalars(select(MediaItem).order_by(MediaItem.id)).all()
        assert items[0].title == "Iguana head" and items[0].licence_id == "cc-by-4.0"
        assert items[0].descriptions["en"] == "An iguana =1+1 }}"
        assert items[1].title == "DSCN0010" and items[1].licence_id is None
    # Applying the same sheet again changes nothing.
    again = apply_sheet(ctx.db, batch_id, tmp_path / f"edited{suffix}")
    assert [row.status for row in again.rows] == ["unchanged", "refused", "refused"]


def test_pattypan_style_sheet_is_matched_by_path(
    ctx: AppContext, batch_id: int, ids: list[int], tmp_path: Path
) -> None:
    with ctx.db.session() as session:
        paths = session.scalars(select(MediaItem.path).order_by(MediaItem.id)).all()
    sheet = tmp_path / "pattypan.csv"
    header = ["path", "name", "description", "date", "author", "license", "categories"]
    row = [paths[0], "Iguana", "Green iguana", "2008-05-30", "Anna", "cc-by-sa-4.0"]
    _write(sheet, header, [[*row, "Iguanas;Reptiles"]])
    report = apply_sheet(ctx.db, batch_id, sheet)
    assert [row.status for row in report.rows] == ["changed"]
    with ctx.db.session() as session:
        item = session.get(MediaItem, ids[0])
        assert item is not None
        assert (item.title, item.licence_id, item.categories) == (
            "Iguana",
            "cc-by-sa-4.0",
            ["Iguanas", "Reptiles"],
        )
        assert item.descriptions == {"en": "Green iguana"}


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, *rows])
        return
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in [header, *rows]:
        sheet.append(row)
    workbook.save(path)
    assert load_workbook(path).active is not None
