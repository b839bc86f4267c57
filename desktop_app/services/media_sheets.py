"""Spreadsheets: export a batch's metadata to CSV/XLSX, edit it elsewhere, apply it back.

Rows are matched by the stable ``fieldkit_id`` column (the item's uuid); sheets without
it (e.g. Pattypan's ``path, name, description, date, author, license, categories``) are
matched by file path. Each row is all-or-nothing: if any cell is refused (bad licence,
bad date, a value in an unknown column), nothing from that row is applied. A sheet can
also list the files to import (:func:`paths_from_sheet`).
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.media_fields import FieldError, format_value, parse_value, resolve_field
from desktop_app.core.problems import Problem, error, warning
from desktop_app.files.spreadsheets import SheetError, read_sheet, write_sheet
from desktop_app.services.media_edit import FieldChange, current_values, write_changes
from desktop_app.store.bundled import licence_catalogue
from desktop_app.store.repositories import media as media_repo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.db import Database

__all__ = [
    "EXPORT_FIELDS",
    "FILE_COLUMN",
    "ID_COLUMN",
    "PATH_COLUMNS",
    "ApplyReport",
    "RowReport",
    "SheetError",
    "apply_sheet",
    "export_batch",
    "paths_from_sheet",
]

ID_COLUMN = "fieldkit_id"
FILE_COLUMN = "file"
# Read-only columns: exported for orientation, ignored on the way back.
READ_ONLY = frozenset({FILE_COLUMN, "sha1", "file_name"})
EXPORT_FIELDS = (
    "title",
    "date",
    "author",
    "source",
    "institution",
    "licence",
    "categories",
    "latitude",
    "longitude",
    "depicts",
    "template",
    "status",
)
# Pattypan's column names → ours.
PATTYPAN_COLUMNS = {"path": FILE_COLUMN, "name": "title", "license": "licence"}
# Header names taken as "the column of paths" when none is named, in this order
# (compared case-insensitively; "file" is what ``media export`` writes, "path" Pattypan).
PATH_COLUMNS = ("path", "file", "filename", "file_name", "file name", "filepath", "file path")


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


def export_batch(db: Database, batch_id: int, target: Path) -> int:
    """Write the batch to ``target`` (.csv or .xlsx); returns the number of files."""
    with db.session() as session:
        header, rows = _export_rows(session, batch_id)
    write_sheet(target, header, rows)
    return len(rows)


def _export_rows(session: Session, batch_id: int) -> tuple[list[str], list[list[str]]]:
    """Header and cell texts for every file of the batch, in import order."""
    header = _export_columns(session, batch_id)
    rows = []
    for item in media_repo.batch_items(session, batch_id):
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


def _export_columns(session: Session, batch_id: int) -> list[str]:
    """Header: id, file, title..., then one description/caption column per language used."""
    languages_d, languages_c = media_repo.text_languages(session, batch_id)
    batch = media_repo.get_batch(session, batch_id)
    if batch is not None:
        languages_d.add(batch.language)
    return [
        ID_COLUMN,
        FILE_COLUMN,
        "title",
        *(f"description:{lang}" for lang in sorted(languages_d)),
        *(f"caption:{lang}" for lang in sorted(languages_c)),
        *EXPORT_FIELDS[1:],
    ]


# --- apply ----------------------------------------------------------------------------


def apply_sheet(db: Database, batch_id: int, source: Path) -> ApplyReport:
    """Apply a spreadsheet to the batch; returns the per-row report (changes undoable)."""
    header, rows = read_sheet(source)
    report = ApplyReport()
    with db.session() as session:
        batch = media_repo.get_batch(session, batch_id)
        if batch is None:
            raise SheetError(f"There is no batch with id {batch_id}.")
        columns = [_column_name(name, batch.language) for name in header]
        unknown = _unknown_columns(columns)
        for index in unknown:
            report.sheet_problems.append(
                warning(
                    "unknown-column",
                    f"Column '{header[index]}' is not a Fieldkit field; rows with a value in "
                    "it are refused.",
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
            report.rows.append(
                _apply_row(session, number, values, unknown, columns, by_uuid, by_path)
            )
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
    for item_id, uuid, path in media_repo.item_keys(session, batch_id):
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
    write_changes(session, report.changes)
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


# --- a column of paths to import -------------------------------------------------------


def paths_from_sheet(source: str | os.PathLike[str], column: str | None = None) -> list[str]:
    """The paths listed in one column of a CSV or XLSX sheet, ready for
    :func:`~desktop_app.services.media_import.import_paths`.

    ``column`` names the header (case and surrounding spaces ignored); without it the first
    header in :data:`PATH_COLUMNS` is used. Relative paths are resolved against the sheet's
    own folder, so a sheet travels with its photos; ``~`` is expanded. Empty cells are
    skipped and repeated paths kept once. Paths are not checked here: a missing file
    becomes a per-file problem of the import, like a missing path given by hand.

    Raises :class:`SheetError` when the sheet is not a readable CSV/XLSX, has no such
    column (the message lists the columns it has) or lists no path; ``OSError`` when the
    file itself cannot be opened.
    """
    sheet = Path(source).expanduser().absolute()
    try:
        header, rows = read_sheet(sheet)
    except UnicodeDecodeError as exc:
        raise SheetError("The CSV file is not UTF-8 text: save it as “CSV UTF-8”.") from exc
    except zipfile.BadZipFile as exc:
        raise SheetError("The XLSX file is damaged or is not a spreadsheet.") from exc
    folded = [name.strip().casefold() for name in header]
    candidates = [column] if column is not None else list(PATH_COLUMNS)
    matches = [
        folded.index(name.strip().casefold())
        for name in candidates
        if name.strip().casefold() in folded
    ]
    index = matches[0] if matches else None
    if index is None:
        looked_for = f"column '{column}'" if column is not None else "column of paths"
        found = ", ".join(f"'{name}'" for name in header if name) or "none"
        hint = "" if column is not None else f" (one of {', '.join(PATH_COLUMNS)}; or name it)"
        raise SheetError(f"The sheet has no {looked_for}{hint}. Its columns: {found}.")
    paths: dict[str, None] = {}
    for row in rows:
        cell = row[index].strip() if index < len(row) else ""
        if cell:
            path = Path(cell).expanduser()
            # normpath: "../photos/a.jpg" must name the same item as the folder import.
            paths.setdefault(os.path.normpath(sheet.parent / path), None)
    if not paths:
        raise SheetError(f"The column '{header[index]}' of the sheet lists no paths.")
    return list(paths)
