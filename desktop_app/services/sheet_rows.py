"""Applying a sheet, column by column and row by row; every refusal names its cell.

:func:`plan_columns` decides what each column means (or refuses the sheet: merged header
cells, a column named twice, no way to match rows); :func:`apply_row` applies one row
all-or-nothing. A row is refused — and changes nothing — when it is shorter or longer than
the header (a lost separator or line break), matches no file or the same file as an
earlier row, or any of its cells cannot be read (a formula without a value, an edited
"kept in Fieldkit" marker, text a spreadsheet cut at 32,767 characters, a refused value).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.media_fields import FieldError, parse_value, resolve_field
from desktop_app.core.problems import Problem, error, warning
from desktop_app.files.spreadsheets import (
    KEPT_OUT_START,
    XLSX_CELL_LIMIT,
    SheetData,
    SheetError,
    cell_name,
    is_kept_out,
    restore_cell,
)
from desktop_app.services.media_edit import FieldChange, current_values, write_changes
from desktop_app.store.bundled import licence_catalogue
from desktop_app.store.repositories import media as media_repo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ID_COLUMN = "fieldkit_id"
FILE_COLUMN = "file"
# Read-only columns: exported for orientation, ignored on the way back.
READ_ONLY = frozenset({FILE_COLUMN, "sha1", "file_name"})
# Pattypan's column names → ours.
PATTYPAN_COLUMNS = {"path": FILE_COLUMN, "name": "title", "license": "licence"}


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
class ColumnPlan:
    """What each column of the sheet means: a field, a key, read-only or unusable."""

    columns: list[str]  # resolved names ("" for a column without a name)
    unusable: list[int]  # unknown or unnamed columns: rows with a value there are refused
    warnings: list[Problem] = field(default_factory=list)

    @property
    def fields(self) -> frozenset[int]:
        """The columns whose cells are applied to a field."""
        return frozenset(
            index
            for index, name in enumerate(self.columns)
            if name and name not in (ID_COLUMN, *READ_ONLY) and index not in self.unusable
        )

    @property
    def required_width(self) -> int:
        """Cells a row must have: up to the last named column (unnamed ones may be cut)."""
        named = [index for index, name in enumerate(self.columns) if name]
        return named[-1] + 1 if named else 0


@dataclass
class RowKeys:
    """How rows find their file, and which file each earlier row already set."""

    by_uuid: dict[str, int]
    by_path: dict[str, int]
    taken: dict[int, int] = field(default_factory=dict)  # item id → row number


def is_header(cells: Sequence[str]) -> bool:
    """True for a row naming the column that matches rows to files (``fieldkit_id``,
    ``file`` or Pattypan's ``path``): a title or note above the header is not one, even
    when it happens to be a field's name."""
    return any(column_name(cell, "en") in (ID_COLUMN, FILE_COLUMN) for cell in cells)


def plan_columns(sheet: SheetData, language: str) -> ColumnPlan:
    """Resolve the header; :class:`SheetError` when rows could not be applied safely."""
    if sheet.header_merges:
        cells = ", ".join(sheet.header_merges)
        raise SheetError(
            "sheet-merged-header",
            f"Header cells are merged ({cells}); unmerge them so that every column has its "
            "own name.",
            cells=cells,
        )
    columns = [column_name(name, language) for name in sheet.header]
    seen: dict[str, int] = {}
    for index, name in enumerate(columns):
        if name and name in seen:
            first = cell_name(sheet.header_row, seen[name])
            raise SheetError(
                "sheet-duplicate-column",
                f"The column '{sheet.header[index]}' is there twice ({first} and "
                f"{cell_name(sheet.header_row, index)}); keep one.",
                column=sheet.header[index],
                cells=f"{first}, {cell_name(sheet.header_row, index)}",
            )
        seen.setdefault(name, index)
    if ID_COLUMN not in columns and FILE_COLUMN not in columns:
        raise SheetError(
            "sheet-no-key-column",
            f"The sheet needs a '{ID_COLUMN}' or a 'path'/'file' column to know which row "
            "is which file.",
        )
    plan = ColumnPlan(columns, [])
    for index, name in enumerate(columns):
        if not name:
            if any(index < len(row) and row[index].strip() for row in sheet.rows):
                letter = cell_name(sheet.header_row, index)
                plan.unusable.append(index)
                plan.warnings.append(
                    warning(
                        "unnamed-column",
                        f"Column {letter} has no name in the header; rows with a value in it "
                        "are refused.",
                        column=letter,
                    )
                )
        elif name not in (ID_COLUMN, *READ_ONLY) and not _is_field(name):
            plan.unusable.append(index)
            plan.warnings.append(
                warning(
                    "unknown-column",
                    f"Column '{sheet.header[index]}' is not a Fieldkit field; rows with a value "
                    "in it are refused.",
                    column=sheet.header[index],
                )
            )
    return plan


def column_name(name: str, language: str) -> str:
    """A header cell as a field name: Pattypan's names, ``description`` in the batch's
    language, case ignored except in ``description:xx``."""
    key = name.strip()
    lower = key.lower()
    if lower in PATTYPAN_COLUMNS:
        return PATTYPAN_COLUMNS[lower]
    if lower == "description":
        return f"description:{language}"
    if lower == "caption":
        return f"caption:{language}"
    return lower if ":" not in key else key


def row_keys(session: Session, batch_id: int) -> RowKeys:
    keys = RowKeys({}, {})
    for item_id, uuid, path in media_repo.item_keys(session, batch_id):
        keys.by_uuid[uuid] = item_id
        keys.by_path[path] = item_id
        keys.by_path.setdefault(Path(path).name, item_id)
    return keys


def apply_row(
    session: Session,
    sheet: SheetData,
    plan: ColumnPlan,
    index: int,
    keys: RowKeys,
) -> RowReport:
    """Apply row ``index`` of ``sheet`` all-or-nothing; its report says what and why."""
    number = sheet.row_numbers[index]
    cells = sheet.rows[index]
    report = RowReport(row=number, status="refused")
    width = len(plan.columns)
    if len(cells) < plan.required_width or any(cell.strip() for cell in cells[width:]):
        report.problems.append(_length_problem(number, len(cells), plan.required_width))
        return report
    cells = [*cells[:width], *[""] * (width - len(cells))]
    sheet.rows[index] = cells
    values = {plan.columns[i]: restore_cell(cells[i]) for i in range(width) if plan.columns[i]}
    item_id = _match(values, keys)
    if item_id is None:
        report.problems.append(
            error(
                "row-no-match",
                f"Row {number} matches no file of this batch.",
                row=number,
                id=values.get(ID_COLUMN, "").strip(),
                file=values.get(FILE_COLUMN, ""),
            )
        )
        return report
    report.item_id = item_id
    if item_id in keys.taken:
        report.problems.append(
            error(
                "row-duplicate-item",
                f"Row {number} is for the same file as row {keys.taken[item_id]}; keep one.",
                row=number,
                first_row=keys.taken[item_id],
            )
        )
        return report
    keys.taken[item_id] = number
    wanted = _read_cells(session, sheet, plan, index, item_id, report)
    if report.problems:
        return report
    for column, new in wanted.items():
        old = current_values(session, [item_id], column)[item_id]
        if _differs(old, new):
            report.changes.append(FieldChange(item_id, column, old, new))
    write_changes(session, report.changes)
    report.status = "changed" if report.changes else "unchanged"
    return report


def _read_cells(
    session: Session,
    sheet: SheetData,
    plan: ColumnPlan,
    index: int,
    item_id: int,
    report: RowReport,
) -> dict[str, Any]:
    """The row's values by field; every cell that cannot be used adds a problem."""
    number = sheet.row_numbers[index]
    wanted: dict[str, Any] = {}
    fields = plan.fields
    for column in range(len(plan.columns)):
        name, where = plan.columns[column], cell_name(number, column)
        text = restore_cell(sheet.rows[index][column])
        unreadable = sheet.cell_problems.get((index, column))
        if column in plan.unusable:
            if text.strip():
                label = sheet.header[column] or where
                report.problems.append(
                    error(
                        "unknown-column",
                        f"Column '{label}' is not a Fieldkit field ({where}).",
                        row=number,
                        column=label,
                        cell=where,
                    )
                )
            continue
        if column not in fields:
            continue
        if unreadable is not None:
            report.problems.append(_at(unreadable, number, name, where))
            continue
        if is_kept_out(text):
            continue  # the value stayed in Fieldkit: leave it as it is
        problem = _cell_problem(session, item_id, name, text, number, where)
        if problem is not None:
            report.problems.append(problem)
            continue
        try:
            wanted[name] = parse_value(name, _pattypan_list(name, text), licence_catalogue())
        except FieldError as exc:
            report.problems.append(
                error(
                    exc.code,
                    str(exc),
                    **({"value": text} | exc.params),
                    row=number,
                    column=name,
                    cell=where,
                )
            )
    return wanted


def _cell_problem(
    session: Session, item_id: int, name: str, text: str, number: int, where: str
) -> Problem | None:
    if KEPT_OUT_START in text:
        return error(
            "cell-marker-edited",
            f"The cell {where} holds an edited “kept in Fieldkit” note. Put it back as it was "
            "to keep the text, or replace the whole cell with the new text.",
            row=number,
            column=name,
            cell=where,
        )
    if len(text) == XLSX_CELL_LIMIT:
        old = current_values(session, [item_id], name)[item_id]
        if isinstance(old, str) and len(old) > len(text) and old.startswith(text):
            return error(
                "cell-cut",
                f"The text in {where} was cut at {XLSX_CELL_LIMIT:,} characters by the "
                f"spreadsheet program (Fieldkit has {len(old):,}); it is left unchanged. Edit "
                "long texts in Fieldkit.",
                row=number,
                column=name,
                cell=where,
                length=len(old),
                limit=XLSX_CELL_LIMIT,
            )
    return None


def _at(problem: Problem, row: int, column: str, where: str) -> Problem:
    params = dict(problem.params) | {"row": row, "column": column, "cell": where}
    return Problem(problem.code, f"{where}: {problem.message}", params, problem.severity)


def _length_problem(number: int, cells: int, width: int) -> Problem:
    code = "row-short" if cells < width else "row-long"
    return error(
        code,
        f"Row {number} has {cells} cells but the header has {width} columns, so a separator "
        "or a line break is probably missing or extra; the row is left unchanged.",
        row=number,
        cells=cells,
        columns=width,
    )


def _match(values: dict[str, str], keys: RowKeys) -> int | None:
    key = values.get(ID_COLUMN, "").strip()
    if key:
        return keys.by_uuid.get(key)
    return keys.by_path.get(values.get(FILE_COLUMN, "").strip())


def _is_field(name: str) -> bool:
    try:
        resolve_field(name)
    except FieldError:
        return False
    return True


def _pattypan_list(column: str, text: str) -> str:
    """Pattypan separates categories with ';' — accept it when no '|' is used."""
    if column in ("categories", "depicts") and "|" not in text and ";" in text:
        return text.replace(";", "|")
    return text


def _differs(old: Any, new: Any) -> bool:
    if old in (None, "") and new in (None, ""):
        return False
    return bool(old != new)
