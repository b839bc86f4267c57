"""CSV and XLSX files as a header and rows of text, both ways.

Spreadsheets travel between Fieldkit and whatever a partner uses (Excel, LibreOffice,
Pattypan); every cell is text here, so the services parse values the same way whatever
the format. Partners' sheets are read as people make them — leading blank rows or a title
above the header, merged cells, numbers and dates typed into cells, CSV in any of Excel's
encodings and separators (:mod:`~desktop_app.files.sheet_csv`,
:mod:`~desktop_app.files.sheet_xlsx`) — and a sheet that cannot be read raises
:class:`SheetError` with a problem code, never a traceback.

On the way out, a CSV cell a spreadsheet would run as a formula (``=``, ``+``, ``-``,
``@`` at the start) gets a ``'`` in front, which :func:`restore_cell` takes off again on
the way back, so the text round-trips unchanged.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.problems import Problem, info
from desktop_app.files.sheet_csv import read_csv
from desktop_app.files.sheet_errors import SheetError
from desktop_app.files.sheet_xlsx import (
    KEPT_OUT_START,
    XLSX_CELL_LIMIT,
    atomic_target,
    is_kept_out,
    read_xlsx,
    write_xlsx,
)

__all__ = [
    "KEPT_OUT_START",
    "XLSX_CELL_LIMIT",
    "SheetData",
    "SheetError",
    "cell_name",
    "is_kept_out",
    "load_sheet",
    "neutralise_cell",
    "read_sheet",
    "restore_cell",
    "write_sheet",
]

SUFFIXES = (".csv", ".xlsx")
# How far down a title, notes or blank rows above the header are looked past.
HEADER_SEARCH_ROWS = 20
# A cell starting like this is a formula to a spreadsheet (also after any apostrophes:
# the apostrophe added on export must be told apart from one the text starts with).
_FORMULA_LIKE = re.compile(r"^'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"^'+[=+\-@\t\r]")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


@dataclass
class SheetData:
    """A sheet as read: the header, the rows below it, and what could not be read.

    ``row_numbers[i]`` is the number the spreadsheet program shows for ``rows[i]``;
    ``cell_problems`` maps (row index, column index) to why that one cell is refused;
    ``notes`` are sheet-wide remarks (how it was decoded, rows skipped, merged cells);
    ``header_merges`` names merged ranges that span columns of the header row.
    """

    header: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    header_row: int = 1
    cell_problems: dict[tuple[int, int], Problem] = field(default_factory=dict)
    notes: list[Problem] = field(default_factory=list)
    header_merges: list[str] = field(default_factory=list)


def load_sheet(source: Path, is_header: Callable[[Sequence[str]], bool] | None = None) -> SheetData:
    """Read a CSV or XLSX sheet. The header is the first row ``is_header`` accepts among the
    first rows that are not blank (default: the first such row); rows above it are
    skipped. Raises :class:`SheetError`, or ``OSError`` when the file cannot be opened."""
    suffix = source.suffix.lower()
    cell_problems: dict[tuple[int, int], Problem] = {}
    merges: list[tuple[int, int, int, int]] = []
    if suffix == ".csv":
        table, notes = read_csv(source)
    elif suffix == ".xlsx":
        xlsx = read_xlsx(source)
        table, notes, cell_problems, merges = xlsx.rows, [], xlsx.cell_problems, xlsx.merges
        notes += _fill_merged(table, merges)
    else:
        raise _unsupported(suffix)
    header_index = _find_header(table, is_header)
    header = [cell.strip() for cell in table[header_index]]
    if header_index and any(_filled(row) for row in table[:header_index]):
        notes.append(
            info(
                "sheet-rows-above-header",
                f"Rows 1–{header_index} above the header were skipped.",
                rows=header_index,
            )
        )
    return SheetData(
        header=header,
        rows=table[header_index + 1 :],
        row_numbers=list(range(header_index + 2, len(table) + 1)),
        header_row=header_index + 1,
        cell_problems={
            (row - header_index - 1, column): problem
            for (row, column), problem in cell_problems.items()
            if row > header_index
        },
        notes=notes,
        header_merges=[
            _range_name(*merge)
            for merge in merges
            if merge[0] <= header_index <= merge[2] and merge[3] > merge[1]
        ],
    )


def read_sheet(source: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a CSV or XLSX file, every cell as text (see :func:`load_sheet`)."""
    sheet = load_sheet(source)
    return sheet.header, sheet.rows


def write_sheet(
    target: Path, header: Sequence[str], rows: Sequence[Sequence[str]]
) -> list[tuple[int, int]]:
    """Write ``header`` and ``rows`` to ``target`` (.csv or .xlsx), replacing it only once
    complete. Returns (row, column) of values an XLSX cell cannot hold, written as a
    marker instead (see :func:`is_kept_out`). ``OSError`` when it cannot be written."""
    suffix = target.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(target, header, rows)
    if suffix != ".csv":
        raise _unsupported(suffix)
    # utf-8-sig: Excel and LibreOffice then open non-Latin text correctly.
    with (
        atomic_target(target) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle)
        writer.writerow([neutralise_cell(name) for name in header])
        writer.writerows([neutralise_cell(cell) for cell in row] for row in rows)
    return []


def neutralise_cell(text: str) -> str:
    """A CSV cell a spreadsheet will show as text, not run as a formula (plain numbers
    such as ``-12.5`` stay as they are: they are values, not formulas)."""
    if _FORMULA_LIKE.match(text) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def restore_cell(text: str) -> str:
    """The text :func:`neutralise_cell` was given (a typed ``'=…`` means the same)."""
    return text[1:] if _NEUTRALISED.match(text) else text


def cell_name(row: int, column: int) -> str:
    """``C7`` for row 7 (as shown) and column index 2, to point at one cell."""
    from openpyxl.utils.cell import get_column_letter

    return f"{get_column_letter(column + 1)}{row}"


def _find_header(table: list[list[str]], is_header: Callable[[Sequence[str]], bool] | None) -> int:
    filled = [index for index, row in enumerate(table) if _filled(row)]
    if not filled:
        raise SheetError("sheet-empty", "The spreadsheet has no header row (it is empty).")
    if is_header is not None:
        for index in filled[:HEADER_SEARCH_ROWS]:
            if is_header([cell.strip() for cell in table[index]]):
                return index
    return filled[0]


def _filled(row: Sequence[str]) -> bool:
    return any(cell.strip() for cell in row)


def _fill_merged(table: list[list[str]], merges: list[tuple[int, int, int, int]]) -> list[Problem]:
    """Each cell of a merged range reads as what the user sees there: its first cell."""
    notes = []
    for first_row, first_col, last_row, last_col in merges:
        if first_row >= len(table) or first_col >= len(table[first_row]):
            continue
        value = table[first_row][first_col]
        for row in range(first_row, min(last_row, len(table) - 1) + 1):
            for col in range(first_col, min(last_col, len(table[row]) - 1) + 1):
                table[row][col] = value
        if last_row > first_row and value.strip():
            notes.append(
                info(
                    "sheet-merged-cells",
                    f"The merged cells {_range_name(first_row, first_col, last_row, last_col)} "
                    "were read as the same value in every row.",
                    cells=_range_name(first_row, first_col, last_row, last_col),
                )
            )
    return notes


def _range_name(first_row: int, first_col: int, last_row: int, last_col: int) -> str:
    return f"{cell_name(first_row + 1, first_col)}:{cell_name(last_row + 1, last_col)}"


def _unsupported(suffix: str) -> SheetError:
    shown = suffix or "(none)"
    return SheetError(
        "sheet-type-unsupported",
        f"Unsupported spreadsheet type '{shown}': use .csv or .xlsx.",
        suffix=shown,
    )
