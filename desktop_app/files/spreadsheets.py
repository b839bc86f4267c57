"""CSV and XLSX files as a header and rows of text, both ways.

Spreadsheets travel between Fieldkit and whatever a partner uses (Excel, LibreOffice,
Pattypan); every cell is text here, so the services parse values the same way whatever
the format.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app.system.atomic_files import write_bytes_atomically


class SheetError(Exception):
    """The whole sheet cannot be read (wrong format, no header, no way to match rows)."""


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


def write_sheet(target: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Write ``header`` and ``rows`` to ``target`` (.csv or .xlsx).

    Made in memory and written whole (:mod:`desktop_app.system.atomic_files`): a full
    disk or a crash leaves the earlier file (or none), never half a sheet.
    """
    suffix = target.suffix.lower()
    if suffix == ".csv":
        # utf-8-sig: Excel and LibreOffice then open non-Latin text correctly.
        with io.StringIO(newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
            write_bytes_atomically(target, handle.getvalue().encode("utf-8-sig"))
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = "Files"
        sheet.append(list(header))
        for row in rows:
            # A leading "=" would become a formula in Excel: store such texts as strings.
            sheet.append(list(row))
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
        sheet.freeze_panes = "C2"
        buffer = io.BytesIO()  # a failed write then leaves no half-closed zip behind
        workbook.save(buffer)
        write_bytes_atomically(target, buffer.getvalue())
    else:
        raise SheetError(f"Unsupported spreadsheet type '{suffix}': use .csv or .xlsx.")
