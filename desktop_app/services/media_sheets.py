"""Spreadsheets: export a batch's metadata to CSV/XLSX, edit it elsewhere, apply it back.

Rows are matched by the stable ``fieldkit_id`` column (the item's uuid); sheets without
it (e.g. Pattypan's ``path, name, description, date, author, license, categories``) are
matched by file path. Each row is all-or-nothing (:mod:`~desktop_app.services.sheet_rows`),
and a sheet that cannot be read or matched safely raises :class:`SheetError` before
anything changes. Nothing is lost on the round trip: CSV cells that a spreadsheet would
run as formulas are neutralised and restored, and a value an XLSX cell cannot hold stays
in Fieldkit behind a marker. A sheet can also list the files to import
(:func:`paths_from_sheet`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.media_fields import format_value, resolve_field
from desktop_app.core.problems import Problem
from desktop_app.files.spreadsheets import SheetError, load_sheet, write_sheet
from desktop_app.services.media_edit import FieldChange
from desktop_app.services.sheet_rows import (
    FILE_COLUMN,
    ID_COLUMN,
    RowReport,
    apply_row,
    is_header,
    plan_columns,
    row_keys,
)
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
    "SheetExport",
    "apply_sheet",
    "export_batch",
    "export_sheet",
    "paths_from_sheet",
]

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
# Header names taken as "the column of paths" when none is named, in this order
# (compared case-insensitively; "file" is what ``media export`` writes, "path" Pattypan).
PATH_COLUMNS = ("path", "file", "filename", "file_name", "file name", "filepath", "file path")


@dataclass
class ApplyReport:
    """Per-row results plus remarks on the sheet as a whole (unknown columns, encoding)."""

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


@dataclass
class SheetExport:
    """An export: how many files, and which values stayed in Fieldkit (XLSX cell limit)."""

    path: Path
    files: int
    kept_out: list[dict[str, Any]] = field(default_factory=list)  # {row, file, column, length}

    def to_dict(self) -> dict[str, Any]:
        return {"out": str(self.path), "files": self.files, "kept_out": self.kept_out}


# --- export --------------------------------------------------------------------------


def export_sheet(db: Database, batch_id: int, target: Path) -> SheetExport:
    """Write the batch to ``target`` (.csv or .xlsx), replacing it only once complete.

    Raises :class:`SheetError` for another suffix and ``OSError`` when it cannot be written.
    """
    with db.session() as session:
        header, rows = _export_rows(session, batch_id)
    kept = write_sheet(target, header, rows)
    kept_out = [
        {
            "row": row + 2,
            "file": rows[row][1],
            "column": header[column],
            "length": len(rows[row][column]),
        }
        for row, column in kept
    ]
    return SheetExport(target, len(rows), kept_out)


def export_batch(db: Database, batch_id: int, target: Path) -> int:
    """:func:`export_sheet`, returning only the number of files."""
    return export_sheet(db, batch_id, target).files


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
    """Apply a spreadsheet to the batch in one transaction; returns the per-row report
    (changes undoable). :class:`SheetError` (or ``OSError``) means nothing changed."""
    sheet = load_sheet(source, is_header)
    report = ApplyReport(sheet_problems=list(sheet.notes))
    with db.session() as session:
        batch = media_repo.get_batch(session, batch_id)
        if batch is None:
            raise SheetError("batch-not-found", f"There is no batch with id {batch_id}.")
        plan = plan_columns(sheet, batch.language)
        report.sheet_problems += plan.warnings
        keys = row_keys(session, batch_id)
        for index, cells in enumerate(sheet.rows):
            if any(cell.strip() for cell in cells):
                report.rows.append(apply_row(session, sheet, plan, index, keys))
    return report


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
    sheet_path = Path(source).expanduser().absolute()
    candidates = [column] if column is not None else list(PATH_COLUMNS)
    wanted = [name.strip().casefold() for name in candidates]
    sheet = load_sheet(sheet_path, lambda cells: any(cell.casefold() in wanted for cell in cells))
    header = sheet.header
    folded = [name.strip().casefold() for name in header]
    matches = [folded.index(name) for name in wanted if name in folded]
    index = matches[0] if matches else None
    if index is None:
        looked_for = f"column '{column}'" if column is not None else "column of paths"
        found = ", ".join(f"'{name}'" for name in header if name) or "none"
        hint = "" if column is not None else f" (one of {', '.join(PATH_COLUMNS)}; or name it)"
        raise SheetError(
            "sheet-no-path-column",
            f"The sheet has no {looked_for}{hint}. Its columns: {found}.",
            columns=found,
        )
    paths: dict[str, None] = {}
    for row in sheet.rows:
        cell = row[index].strip() if index < len(row) else ""
        if cell:
            path = Path(cell).expanduser()
            # normpath: "../photos/a.jpg" must name the same item as the folder import.
            paths.setdefault(os.path.normpath(sheet_path.parent / path), None)
    if not paths:
        raise SheetError(
            "sheet-no-paths",
            f"The column '{header[index]}' of the sheet lists no paths.",
            column=header[index],
        )
    return list(paths)
