"""Sheets on the way out and back: nothing run as a formula, nothing cut, nothing blanked.

Issue 9 items 7–10: formula-like CSV cells are neutralised on export and restored on apply;
an XLSX formula without a computed value is refused, not read as empty; a description too
long for an XLSX cell stays in Fieldkit behind a marker; short and long rows, foreign
encodings, binary files, empty or damaged XLSX and oversized cells each give a clear
problem and change nothing. Test sheets are made here with ``csv`` and ``openpyxl``.
"""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from desktop_app.core.media_fields import MAX_FIELD_CHARS
from desktop_app.files.spreadsheets import XLSX_CELL_LIMIT, is_kept_out, read_sheet
from desktop_app.services.media_edit import set_field
from desktop_app.services.media_import import import_paths
from desktop_app.services.media_sheets import SheetError, apply_sheet, export_sheet
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaItem
from desktop_app.store.repositories.media import item_ids

FORMULA_LIKE = {
    "title": '=HYPERLINK("http://evil.example","click")',
    "author": "+46 8 123 45 67",
    "source": "-1+cmd|' /C calc'!A0",
    "description:en": "@SUM(1+1)*cmd|' /C calc'!A0",
}


@pytest.fixture
def ids(ctx: AppContext, batch_id: int, work_copy: Path) -> list[int]:
    import_paths(ctx.db, batch_id, [work_copy])
    with ctx.db.session() as session:
        return item_ids(session, batch_id)


def snapshot(ctx: AppContext) -> list[tuple[Any, ...]]:
    """Every editable value of every file: "nothing changed" is this staying equal."""
    with ctx.db.session() as session:
        items = session.scalars(select(MediaItem).order_by(MediaItem.id)).all()
        fields = "title descriptions captions date author source licence_id categories"
        fields += " latitude longitude institution template"
        return [tuple(getattr(item, name) for name in fields.split()) for item in items]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", **fmt: Any) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, **fmt).writerows(rows)
    return path


def exported(ctx: AppContext, batch_id: int, path: Path) -> tuple[list[str], list[list[str]]]:
    export_sheet(ctx.db, batch_id, path)
    return read_sheet(path)


# --- item 7: formula injection ---------------------------------------------------------


def test_csv_export_neutralises_formula_cells_and_apply_restores_them_unchanged(
    ctx: AppContext, batch_id: int, ids: list[int], tmp_path: Path
) -> None:
    for field, text in FORMULA_LIKE.items():
        set_field(ctx.db, ids[:1], field, text)
    set_field(ctx.db, ids[1:2], "author", "'s-Hertogenbosch archive")  # a real apostrophe
    set_field(ctx.db, ids[1:2], "description:en", "''Mona Lisa'' in italics")
    set_field(ctx.db, ids[2:3], "longitude", -12.5)  # a plain negative number stays a number
    before = snapshot(ctx)
    sheet = tmp_path / "batch.csv"
    export_sheet(ctx.db, batch_id, sheet)

    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        raw = list(csv.reader(handle))
    cells = [cell for row in raw[1:] for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@") or cell.startswith("-1+")]
    assert f"'{FORMULA_LIKE['title']}" in cells and "-12.5" in cells
    assert "'s-Hertogenbosch archive" in cells and "''Mona Lisa'' in italics" in cells

    report = apply_sheet(ctx.db, batch_id, sheet)

    assert [row.status for row in report.rows] == ["unchanged"] * 3
    assert snapshot(ctx) == before


def test_xlsx_export_writes_formula_like_texts_as_text_cells(
    ctx: AppContext, batch_id: int, ids: list[int], tmp_path: Path
) -> None:
    for field, text in FORMULA_LIKE.items():
        set_field(ctx.db, ids[:1], field, text)
    before = snapshot(ctx)
    sheet = tmp_path / "batch.xlsx"
    export_sheet(ctx.db, batch_id, sheet)
    cells = [c for row in load_workbook(sheet).active.iter_rows() for c in row]  # type: ignore[union-attr]
    types = {c.data_type for c in cells if str(c.value or "")[:1] in "=+-@"}
    assert types and "f" not in types  # text cells ("s"/"inlineStr"), never formulas
    assert [row.status for row in apply_sheet(ctx.db, batch_id, sheet).rows] == ["unchanged"] * 3
    assert snapshot(ctx) == before


# --- item 8: formulas without a computed value --------------------------------------------


def _xlsx_with_formula(path: Path, header: list[str], row: list[Any], cached: str | None) -> Path:
    """A sheet with a formula as programs that do not compute write it (no value), or as
    Excel does (the formula and its last value, ``t="str"`` for a text result)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    sheet.append(row)
    workbook.save(path)
    if cached is not None:
        value = cached.encode()
        _rewrite(
            path,
            lambda xml: re.sub(
                rb'<c r="([A-Z]+[0-9]+)"><f>(.*?)</f><v />',
                lambda m: b'<c r="%s" t="str"><f>%s</f><v>%s</v>' % (m[1], m[2], value),
                xml,
            ),
        )
    return path


def _rewrite(path: Path, change: Any) -> None:
    with zipfile.ZipFile(path) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    parts["xl/worksheets/sheet1.xml"] = change(parts["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(path, "w") as new:
        for name, data in parts.items():
            new.writestr(name, data)


def test_an_xlsx_formula_without_a_value_refuses_its_row_instead_of_blanking_it(
    ctx: AppContext, batch_id: int, ids: list[int], tmp_path: Path
) -> None:
    set_field(ctx.db, ids[:1], "author", "Anna")
    header, rows = exported(ctx, batch_id, tmp_path / "batch.xlsx")
    before = snapshot(ctx)
    row = rows[0]
    row[header.index("author")] = '=CONCATENATE("A","nna B")'
    sheet = _xlsx_with_formula(tmp_path / "formula.xlsx", header, row, cached=None)

    report = apply_sheet(ctx.db, batch_id, sheet)

    [refused] = report.rows
    assert refused.status == "refused"
    [problem] = refused.problems
    assert problem.code == "cell-formula-no-value"
    assert problem.params["cell"] == f"{'ABCDEFGHIJKLMNOP'[header.index('author')]}2"
    assert problem.params["column"] == "author"
    assert snapshot(ctx) == before  # the author was not blanked


def test_an_xlsx_formula_with_its_computed_value_reads_as_that_value(
    ctx: AppContext, batch_id: int, ids: list[int], tmp_path: Path
) -> None:
    header, rows = exported(ctx, batch_id, tmp_path / "batch.xlsx")
    row = rows[0]
    row[header.index("author")] = '=CONCATENATE("A","nna")'
    sheet = _xlsx_with_formula(tmp_path / "computed.xlsx", header, row, cached="Anna")

    report = apply_sheet(ctx.db, batch_id, sheet)

    assert report.rows[0].status == "changed"
    assert [(c.field, c.new) for c in report.rows[0].changes] == [("author", "Anna")]


# --- item 9: text longer than an XLSX cell ----------------------------------------------


def test_a_description_longer_than_an_xlsx_cell_survives_the_round_trip(
    ctx: AppContext, batch_id: int, ids: list[int], tmp_path: Path
) -> None:
    long_text = ("A very long catalogue description. " * 1200)[:40_000]
    set_field(ctx.db, ids[:1], "description:en", long_text)
    before = snapshot(ctx)
    sheet = tmp_path / "batch.xlsx"

    export = export_sheet(ctx.db, batch_id, sheet)

    assert export.kept_out == [
        {"row": 2, "file": export_rows_file(sheet), "column": "description:en", "length": 40_000}
    ]
    header, rows = read_sheet(sheet)
    cell = rows[0][header.index("description:en")]
    assert is_kept_out(cell) and len(cell) < XLSX_CELL_LIMIT and "40000" in cell
    assert [row.status for row in apply_sheet(ctx.db, batch_id, sheet).rows] == ["unchanged"] * 3
    assert snapshot(ctx) == before

    rows[0][header.index("description:en")] = cell.replace("Leave", "Lave")  # an edited marker
    edited = _xlsx(tmp_path / "edited.xlsx", [header, *rows])
    [refused, *_] = apply_sheet(ctx.db, batch_id, edited).rows
    assert [p.code for p in refused.problems] == ["cell-marker-edited"]
    assert snapshot(ctx) == before

    rows[0][header.index("description:en")] = "A new, short description."  # replaced: applied
    replaced = _xlsx(tmp_path / "replaced.xlsx", [header, *rows])
    assert apply_sheet(ctx.db, batch_id, replaced).rows[0].status == "changed"


def export_rows_file(sheet: Path) -> str:
    header, rows = read_sheet(sheet)
    return rows[0][header.index("file")]


def test_text_a_spreadsheet_program_cut_at_32767_characters_is_refused(
    ctx: AppContext, batch_id: int, ids: list[int], tmp_path: Path
) -> None:
    long_text = "x" * 40_000
    set_field(ctx.db, ids[:1], "description:en", long_text)
    header, rows = exported(ctx, batch_id, tmp_path / "batch.csv")
    assert rows[0][header.index("description:en")] == long_text  # CSV holds it all
    rows[0][header.index("description:en")] = long_text[:XLSX_CELL_LIMIT]  # Excel saved it
    before = snapshot(ctx)

    report = apply_sheet(ctx.db, batch_id, write_csv(tmp_path / "cut.csv", [header, *rows]))

    assert [p.code for p in report.rows[0].problems] == ["cell-cut"]
    assert snapshot(ctx) == before


def _xlsx(path: Path, rows: list[list[Any]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


# --- item 10: broken rows and files -------------------------------------------------------


def test_a_short_row_is_refused_instead_of_blanking_fields_and_a_long_one_too(
    ctx: AppContext, batch_id: int, ids: list[int], tmp_path: Path
) -> None:
    set_field(ctx.db, ids, "author", "Anna")
    header, rows = exported(ctx, batch_id, tmp_path / "batch.csv")
    before = snapshot(ctx)
    short = rows[0][: header.index("author")]  # the cells after "title" lost
    long = [*rows[1], "", "stray value"]
    blank_tail = [*rows[2], "", ""]  # empty extra cells lose nothing: accepted
    sheet = write_csv(tmp_path / "broken.csv", [header, short, long, blank_tail])

    report = apply_sheet(ctx.db, batch_id, sheet)

    assert [(r.status, [p.code for p in r.problems]) for r in report.rows] == [
        ("refused", ["row-short"]),
        ("refused", ["row-long"]),
        ("unchanged", []),
    ]
    assert report.rows[0].problems[0].params == {
        "row": 2,
        "cells": header.index("author"),
        "columns": len(header),
    }
    assert snapshot(ctx) == before


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("random.csv", bytes(range(256)) * 8, "sheet-not-text"),
        ("photo.csv", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + b"\x00" * 64, "sheet-not-text"),
        ("cyrillic.csv", "path,title\nx.jpg,Москва\n".encode("cp1251"), "sheet-encoding-unknown"),
        ("broken.csv", b"\xef\xbb\xbfpath,title\nx.jpg,\xc3(\n", "sheet-encoding-broken"),
        ("empty.csv", b"", "sheet-empty"),
        ("empty.xlsx", b"", "sheet-empty"),
        ("garbage.xlsx", b"PK\x03\x04 this is not a zip at all" * 10, "sheet-damaged"),
        ("text.xlsx", b"path,title\nx.jpg,A\n", "sheet-damaged"),
        ("sheet.ods", b"whatever", "sheet-type-unsupported"),
    ],
)
def test_an_unreadable_sheet_is_refused_as_a_whole_with_a_code_and_changes_nothing(
    ctx: AppContext,
    batch_id: int,
    ids: list[int],
    tmp_path: Path,
    name: str,
    content: bytes,
    code: str,
) -> None:
    before = snapshot(ctx)
    sheet = tmp_path / name
    sheet.write_bytes(content)
    with pytest.raises(SheetError) as refused:
        apply_sheet(ctx.db, batch_id, sheet)
    assert refused.value.code == code and refused.value.problem.blocking
    assert str(refused.value)  # a sentence for people
    assert snapshot(ctx) == before


def test_a_cell_over_the_field_limit_refuses_its_row_with_the_cell_named(
    ctx: AppContext, batch_id: int, ids: list[int], tmp_path: Path
) -> None:
    header, rows = exported(ctx, batch_id, tmp_path / "batch.csv")
    rows[1][header.index("description:en")] = "y" * (MAX_FIELD_CHARS + 10)  # > 131,072
    rows[2][header.index("title")] = "Fine title"
    before = snapshot(ctx)

    report = apply_sheet(ctx.db, batch_id, write_csv(tmp_path / "huge.csv", [header, *rows]))

    assert [r.status for r in report.rows] == ["unchanged", "refused", "changed"]
    [problem] = report.rows[1].problems
    assert problem.code == "too-long" and problem.params["column"] == "description:en"
    assert problem.params["row"] == 3 and problem.params["cell"].endswith("3")
    assert snapshot(ctx)[:2] == before[:2]


@pytest.mark.parametrize(
    ("encoding", "note"),
    [
        ("utf-8", None),
        ("utf-8-sig", None),
        ("utf-16", None),
        ("utf-16-le", None),
        ("cp1252", "sheet-encoding-windows-1252"),
        ("latin-1", "sheet-encoding-windows-1252"),
    ],
)
def test_csv_in_excels_encodings_is_read_right(
    ctx: AppContext, batch_id: int, ids: list[int], tmp_path: Path, encoding: str, note: str | None
) -> None:
    header, rows = exported(ctx, batch_id, tmp_path / "batch.csv")
    title = "Målning av Café Ørsted, Köln" if encoding == "latin-1" else "Målning – Café “Ørsted”"
    rows[0][header.index("title")] = title
    sheet = write_csv(tmp_path / f"{encoding}.csv", [header, *rows], encoding=encoding)

    report = apply_sheet(ctx.db, batch_id, sheet)

    assert [p.code for p in report.sheet_problems] == ([note] if note else [])
    assert report.rows[0].changes[0].new == title


def test_semicolon_separated_csv_as_excel_writes_it_where_commas_are_decimals(
    ctx: AppContext, batch_id: int, ids: list[int], tmp_path: Path
) -> None:
    header, rows = exported(ctx, batch_id, tmp_path / "batch.csv")
    rows[0][header.index("latitude")] = "59,3293"
    rows[0][header.index("title")] = "Harbour, morning"
    sheet = write_csv(tmp_path / "semicolons.csv", [header, *rows], delimiter=";")

    report = apply_sheet(ctx.db, batch_id, sheet)

    assert "sheet-separator" in {p.code for p in report.sheet_problems}
    assert {c.field: c.new for c in report.rows[0].changes} == {
        "latitude": 59.3293,
        "title": "Harbour, morning",
    }
