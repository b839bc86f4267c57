"""Spreadsheets: export a batch's metadata to CSV/XLSX, edit it elsewhere, apply it back.

Rows are matched by the stable ``fieldkit_id`` column (the item's uuid); sheets without
it (e.g. Pattypan's ``path, name, description, date, author, license, categories``) are
matched by file path. Each row is all-or-nothing: if any cell is refused (bad licence,
bad date, a value in an unknown column), nothing from that row is applied.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.media_fields import FieldError, format_value, parse_value, resolve_field
from desktop_app.core.problems import Problem, error, warning
from desktop_app.services.media_edit import FieldChange, apply_changes, current_values
from desktop_app.store.bundled import licence_catalogue
from desktop_app.store.models import MediaBatch, MediaItem

ID_COLUMN = "fieldkit_id"
FILE_COLUMN = "file"
# Read-only columns: exported for orientation, ignored on the way back.
READ_ONLY = frozenset({FILE_COLUMN, "sha1", "file_name"})
EXPORT_FIELDS = (
    "title", "date", "author", "source", "institution", "licence", "categories",
    "latitude", "longitude", "depicts", "template", "status",
)  # fmt: skip
# Pattypan's column names → ours.
PATTYPAN_COLUMNS = {"path": FILE_COLUMN, "name": "title", "license": "licence"}


class SheetError(Exception):
    """The whole sheet cannot be read (wrong format, no header, no way to match rows)."""


@dataclass
class RowReport:
    """What happened to one spreadsheet row (numbered as the user sees it, header = 1)."""

    row: int
    status: str  # "changed", "unchanged", "refused"
    item_id: int | None = None
    changes: list[FieldChange] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "status": self.status,
            "item_id": self.item_id,
            "changes": [change.to_dict() for change in self.changes],
            "problems": [problem.to_dict() for problem in self.problems],
        }


@dataclass
class ApplyReport:
    """Per-row results plus problems with the sheet as a whole (e.g. unknown columns)."""

    rows: list[RowReport] = field(default_factory=list)
    sheet_problems: list[Problem] = field(default_factory=list)

    @property
    def changes(self) -> list[FieldChange]:
        """All applied changes, for one undo step."""
        return [change for row in self.rows for change in row.changes]

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    def to_dict(self) -> dict[str, Any]:
        return {
            "changed": self.count("changed"),
            "unchanged": self.count("unchanged"),
            "refused": self.count("refused"),
            "sheet_problems": [problem.to_dict() for problem in self.sheet_problems],
            "rows": [row.to_dict() for row in self.rows],
        }


# --- export --------------------------------------------------------------------------


def export_columns(session: Session, batch_id: int) -> list[str]:
    """Header: id, file, title..., then one description/caption column per language used."""
    languages_d: set[str] = set()
    languages_c: set[str] = set()
    batch = session.get(MediaBatch, batch_id)
    if batch is not None:
        languages_d.add(batch.language)
    for descriptions, captions in session.execute(
        select(MediaItem.descriptions, MediaItem.captions).where(MediaItem.batch_id == batch_id)
    ):
        languages_d.update((descriptions or {}).keys())
        languages_c.update((captions or {}).keys())
    return [
        ID_COLUMN,
        FILE_COLUMN,
        "title",
        *(f"description:{lang}" for lang in sorted(languages_d)),
        *(f"caption:{lang}" for lang in sorted(languages_c)),
        *EXPORT_FIELDS[1:],
    ]


def export_rows(session: Session, batch_id: int) -> tuple[list[str], list[list[str]]]:
    """Header and cell texts for every file of the batch, in import order."""
    header = export_columns(session, batch_id)
    items = session.scalars(
        select(MediaItem).where(MediaItem.batch_id == batch_id).order_by(MediaItem.id)
    ).all()
    rows = []
    for item in items:
        cells = []
        for column in header:
            if column == ID_COLUMN:
                cells.append(item.uuid)
            elif column == FILE_COLUMN:
                cells.append(item.path)
            else:
                ref = resolve_field(column)
                value = getattr(item, ref.attribute)
                if ref.language is not None:
                    value = (value or {}).get(ref.language, "")
                cells.append(format_value(column, value))
        rows.append(cells)
    return header, rows


def export_batch(session: Session, batch_id: int, target: Path) -> int:
    """Write the batch to ``target`` (.csv or .xlsx); returns the number of files."""
    header, rows = export_rows(session, batch_id)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        # utf-8-sig: Excel and LibreOffice then open non-Latin text correctly.
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = "Files"
        sheet.append(header)
        for row in rows:
            # A leading "=" would become a formula in Excel: store such texts as strings.
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
        sheet.freeze_panes = "C2"
        workbook.save(target)
    else:
        raise SheetError(f"Unsupported spreadsheet type '{suffix}': use .csv or .xlsx.")
    return len(rows)


# --- apply ----------------------------------------------------------------------------


def read_sheet(source: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a CSV or XLSX file, every cell as text."""
    suffix = source.suffix.lower()
    if suffix == ".csv":
        with source.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
    elif suffix == ".xlsx":
        from openpyxl import load_workbook

        workbook = load_workbook(source, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        table = [
            ["" if v is None else _cell_text(v) for v in row]
            for row in sheet.iter_rows(values_only=True)
        ]
        workbook.close()
    else:
        raise SheetError(f"Unsupported spreadsheet type '{suffix}': use .csv or .xlsx.")
    if not table or not any(cell.strip() for cell in table[0]):
        raise SheetError("The spreadsheet has no header row.")
    header = [cell.strip() for cell in table[0]]
    return header, table[1:]


def _cell_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat()).replace("T00:00:00", "")
    return str(value)


def apply_sheet(session: Session, batch_id: int, source: Path) -> ApplyReport:
    """Apply a spreadsheet to the batch; returns the per-row report (changes undoable)."""
    header, rows = read_sheet(source)
    return apply_table(session, batch_id, header, rows)


def apply_table(
    session: Session, batch_id: int, header: Sequence[str], rows: Sequence[Sequence[str]]
) -> ApplyReport:
    """:func:`apply_sheet` for a table already read (header + rows of text)."""
    report = ApplyReport()
    batch = session.get(MediaBatch, batch_id)
    if batch is None:
        raise SheetError(f"There is no batch with id {batch_id}.")
    columns = [_column_name(name, batch.language) for name in header]
    unknown = _unknown_columns(columns)
    for index in unknown:
        report.sheet_problems.append(
            warning(
                "unknown-column",
                f"Column '{header[index]}' is not a Fieldkit field; rows with a value in it "
                "are refused.",
                column=header[index],
            )
        )
    if ID_COLUMN not in columns and FILE_COLUMN not in columns:
        raise SheetError(f"The sheet needs a '{ID_COLUMN}' or a 'path'/'file' column.")
    by_uuid, by_path = _item_keys(session, batch_id)
    for number, cells in enumerate(rows, start=2):
        values = {columns[i]: (cells[i] if i < len(cells) else "") for i in range(len(columns))}
        if not any(str(value).strip() for value in values.values()):
            continue
        report.rows.append(_apply_row(session, number, values, unknown, columns, by_uuid, by_path))
    return report


def _column_name(name: str, language: str) -> str:
    key = name.strip()
    lower = key.lower()
    if lower in PATTYPAN_COLUMNS:
        return PATTYPAN_COLUMNS[lower]
    if lower == "description":
        return f"description:{language}"
    if lower == "caption":
        return f"caption:{language}"
    return lower if ":" not in key else key


def _unknown_columns(columns: list[str]) -> list[int]:
    unknown = []
    for index, column in enumerate(columns):
        if column in (ID_COLUMN, *READ_ONLY) or not column:
            continue
        try:
            resolve_field(column)
        except FieldError:
            unknown.append(index)
    return unknown


def _item_keys(session: Session, batch_id: int) -> tuple[dict[str, int], dict[str, int]]:
    by_uuid: dict[str, int] = {}
    by_path: dict[str, int] = {}
    for item_id, uuid, path in session.execute(
        select(MediaItem.id, MediaItem.uuid, MediaItem.path).where(MediaItem.batch_id == batch_id)
    ):
        by_uuid[uuid] = item_id
        by_path[path] = item_id
        by_path.setdefault(Path(path).name, item_id)
    return by_uuid, by_path


def _apply_row(
    session: Session,
    number: int,
    values: dict[str, str],
    unknown: list[int],
    columns: list[str],
    by_uuid: dict[str, int],
    by_path: dict[str, int],
) -> RowReport:
    report = RowReport(row=number, status="refused")
    key = values.get(ID_COLUMN, "").strip()
    item_id = by_uuid.get(key) if key else by_path.get(values.get(FILE_COLUMN, "").strip())
    if item_id is None:
        report.problems.append(
            error(
                "row-no-match",
                f"Row {number} matches no file of this batch.",
                row=number,
                id=key,
                file=values.get(FILE_COLUMN, ""),
            )
        )
        return report
    report.item_id = item_id
    for index in unknown:
        if values.get(columns[index], "").strip():
            report.problems.append(
                error(
                    "unknown-column",
                    f"Column '{columns[index]}' is not a Fieldkit field.",
                    row=number,
                    column=columns[index],
                )
            )
    wanted: dict[str, Any] = {}
    for column, text in values.items():
        if column in (ID_COLUMN, *READ_ONLY) or not column or column in _names(unknown, columns):
            continue
        try:
            wanted[column] = parse_value(column, _pattypan_list(column, text), licence_catalogue())
        except FieldError as exc:
            report.problems.append(error(exc.code, str(exc), row=number, column=column, value=text))
    if report.problems:
        return report
    for column, new in wanted.items():
        old = current_values(session, [item_id], column)[item_id]
        if _differs(old, new):
            report.changes.append(FieldChange(item_id, column, old, new))
    apply_changes(session, report.changes)
    report.status = "changed" if report.changes else "unchanged"
    return report


def _names(indexes: list[int], columns: list[str]) -> Iterator[str]:
    return (columns[i] for i in indexes)


def _pattypan_list(column: str, text: str) -> str:
    """Pattypan separates categories with ';' — accept it when no '|' is used."""
    if column in ("categories", "depicts") and "|" not in text and ";" in text:
        return text.replace(";", "|")
    return text


def _differs(old: Any, new: Any) -> bool:
    if old in (None, "") and new in (None, ""):
        return False
    return bool(old != new)
