"""XLSX files both ways, with Excel's habits taken into account.

Reading: numbers stored as numbers keep the zeros their number format shows (``00123``),
dates come as dates, merged cells read as what the user sees in every cell of the range,
and a formula gives its last computed value — or, when the file holds none (written by a
program that does not compute), the cell is refused with the reason instead of read as
empty. Writing: every text is a text cell (never a formula), and a value no cell can
hold (over 32,767 characters, or characters XML forbids) is kept out of the sheet with a
marker that applying the sheet understands as "leave this field as it is".
"""

from __future__ import annotations

import io
import logging
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from desktop_app.core.problems import Problem, error
from desktop_app.files.sheet_errors import SheetError

log = logging.getLogger(__name__)

# Excel's limit for one cell; LibreOffice's is the same for compatibility.
XLSX_CELL_LIMIT = 32_767
KEPT_OUT_START = "⟦Fieldkit:"
KEPT_OUT_END = "⟧"
KEPT_OUT = (
    KEPT_OUT_START + " {length} characters kept in Fieldkit (more than a spreadsheet cell "
    "holds). Leave this cell as it is to keep the text, or replace the whole cell." + KEPT_OUT_END
)
_KEPT_OUT_EXACT = re.compile(
    "^" + re.escape(KEPT_OUT).replace(re.escape("{length}"), "[0-9]+") + "$"
)
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')
_ZERO_PADDED = re.compile(r"^0+$")


@dataclass
class XlsxTable:
    """Every row of the first worksheet from row 1 (cells as text, rows equally wide)."""

    rows: list[list[str]]
    # (row index, column index) → why that cell cannot be read.
    cell_problems: dict[tuple[int, int], Problem] = field(default_factory=dict)
    # Merged ranges as (first row, first column, last row, last column), 0-based.
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)


def read_xlsx(source: Path) -> XlsxTable:
    """The first worksheet of ``source``; :class:`SheetError` when it is not a readable XLSX."""
    from openpyxl import load_workbook

    if source.stat().st_size == 0:
        raise SheetError("sheet-empty", f"'{source.name}' is empty (0 bytes).", file=source.name)
    try:
        workbook = load_workbook(source, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises anything from zip, XML or its own parsing
        raise _damaged(source, exc) from exc
    try:
        if not workbook.worksheets:
            raise SheetError("sheet-empty", f"'{source.name}' has no worksheet.", file=source.name)
        sheet = workbook.worksheets[0]
        table = XlsxTable([])
        formulas: dict[tuple[int, int], str] = {}
        for r, row in enumerate(sheet.iter_rows()):
            cells = []
            for c, cell in enumerate(row):
                if cell.data_type == "f":
                    formulas[(r, c)] = str(cell.value)
                    cells.append("")
                elif cell.data_type == "e":
                    table.cell_problems[(r, c)] = _error_value(str(cell.value))
                    cells.append("")
                else:
                    cells.append(cell_text(cell.value, cell.number_format))
            table.rows.append(cells)
        table.merges = _merged_ranges(sheet)
    except SheetError:
        raise
    except Exception as exc:
        raise _damaged(source, exc) from exc
    finally:
        workbook.close()
    if formulas:
        _computed_values(source, table, formulas)
    width = max((len(row) for row in table.rows), default=0)
    for row in table.rows:
        row.extend([""] * (width - len(row)))
    return table


def cell_text(value: Any, number_format: str | None = None) -> str:
    """A cell as the text it shows: zeros of a ``00000`` format kept, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        if number_format and _ZERO_PADDED.match(number_format) and value >= 0:
            text = text.zfill(len(number_format))
        return text
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def is_kept_out(text: str) -> bool:
    """True for the marker :func:`write_xlsx` puts where a value stayed in Fieldkit, exactly
    as written (an edited marker is not one: the user touched the cell)."""
    return bool(_KEPT_OUT_EXACT.match(text))


def write_xlsx(
    target: Path, header: Sequence[str], rows: Sequence[Sequence[str]]
) -> list[tuple[int, int]]:
    """Write the sheet (atomically); returns (row, column) of the values kept out."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Files")
    sheet.freeze_panes = "C2"
    kept_out: list[tuple[int, int]] = []

    def text_cell(value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # a text, even when it starts with "=": never a formula
        return cell

    sheet.append([text_cell(name) for name in header])
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            if len(value) > XLSX_CELL_LIMIT or ILLEGAL_CHARACTERS_RE.search(value):
                kept_out.append((r, c))
                value = KEPT_OUT.format(length=len(value))
            cells.append(text_cell(value))
        sheet.append(cells)
    # Zipped in memory, then written: on a full disk openpyxl would report only "I/O
    # operation on closed file", hiding the OSError that says the disk is full.
    buffer = io.BytesIO()
    workbook.save(buffer)
    with atomic_target(target) as temporary:
        temporary.write_bytes(buffer.getvalue())
    return kept_out


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it only when writing succeeded,
    so a failed export never leaves half a sheet where a good one was."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _computed_values(source: Path, table: XlsxTable, formulas: dict[tuple[int, int], str]) -> None:
    """Formula cells get the value Excel stored with them, or a problem when there is none."""
    from openpyxl import load_workbook

    workbook = load_workbook(source, read_only=True, data_only=True)
    try:
        for r, row in enumerate(workbook.worksheets[0].iter_rows()):
            for c, cell in enumerate(row):
                formula = formulas.get((r, c))
                if formula is None:
                    continue
                if cell.value is None:
                    table.cell_problems[(r, c)] = error(
                        "cell-formula-no-value",
                        f"The cell holds the formula {formula[:60]} but no value: the program "
                        "that saved the sheet did not compute it. Open and save the sheet in "
                        "Excel or LibreOffice, or type the value.",
                        formula=formula[:60],
                    )
                elif cell.data_type == "e":
                    table.cell_problems[(r, c)] = _error_value(str(cell.value))
                else:
                    table.rows[r][c] = cell_text(cell.value, cell.number_format)
    finally:
        workbook.close()


def _error_value(shown: str) -> Problem:
    return error(
        "cell-error-value",
        f"The cell shows the spreadsheet error {shown}; correct it or type the value.",
        error=shown,
    )


def _merged_ranges(sheet: Any) -> list[tuple[int, int, int, int]]:
    """Merged ranges from the worksheet's XML (read-only worksheets do not parse them)."""
    from openpyxl.utils.cell import range_boundaries

    ranges: list[tuple[int, int, int, int]] = []
    with sheet._get_source() as stream:  # the worksheet part inside the XLSX
        tail = b""
        while block := stream.read(1024 * 1024):
            data = tail + block
            ranges += [range_boundaries(m.decode()) for m in _MERGE.findall(data)]
            tail = data[-200:]  # a tag cut by the block boundary is found next time
    unique = dict.fromkeys(ranges)
    return [
        (row - 1, col - 1, last_row - 1, last_col - 1) for col, row, last_col, last_row in unique
    ]


def _damaged(source: Path, exc: BaseException) -> SheetError:
    log.info("Cannot read %s as XLSX: %r", source, exc)
    return SheetError(
        "sheet-damaged",
        f"'{source.name}' is damaged or is not an XLSX spreadsheet (it may be another kind "
        "of file renamed). Open it in Excel or LibreOffice and save it as XLSX.",
        file=source.name,
        reason=f"{type(exc).__name__}: {exc}",
    )
