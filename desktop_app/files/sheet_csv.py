"""CSV files as partners' programs write them: the encoding and separator found, not assumed.

Excel writes "CSV UTF-8" (with a byte-order mark), plain "CSV" in the Windows code page
(Windows-1252 in Western Europe), "Unicode text" as UTF-16, and uses ``;`` where the
decimal separator is a comma. The encoding is found by
:func:`~desktop_app.files.text_decoding.decode_text`; each file is read right or refused
with a plain reason.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop_app.core.problems import Problem, warning
from desktop_app.files.sheet_errors import SheetError
from desktop_app.files.text_decoding import WINDOWS_1252, NotText, decode_text

# A cell this large is a broken file (an unclosed quote swallowing the rest), not text.
FIELD_LIMIT = 64 * 1024 * 1024
SEPARATORS = (",", ";", "\t")


def read_csv(source: Path) -> tuple[list[list[str]], list[Problem]]:
    """Every record of the CSV file as cells of text, and notes on how it was read."""
    data = source.read_bytes()
    text, notes = decode(data, source.name)
    separator = _separator(text)
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    try:
        table = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    except csv.Error as exc:
        raise SheetError(
            "sheet-damaged",
            f"The CSV file cannot be read ({exc}); a quote may be missing. Open it in a "
            "spreadsheet program and save it again as CSV UTF-8.",
            reason=str(exc),
        ) from exc
    if separator != ",":
        notes.append(
            warning(
                "sheet-separator",
                f"Cells are separated by '{separator}' in this file; it was read that way.",
                separator="tab" if separator == "\t" else separator,
            )
        )
    return table, notes


def decode(data: bytes, name: str) -> tuple[str, list[Problem]]:
    """The text of a CSV file (:func:`~desktop_app.files.text_decoding.decode_text`),
    with a note when it was read as Windows-1252; else :class:`SheetError`."""
    try:
        text, legacy = decode_text(data)
    except NotText as exc:
        raise _sheet_error(exc, name) from exc
    if legacy is None:
        return text, []
    return text, [
        warning(
            "sheet-encoding-windows-1252",
            "The file is not UTF-8; it was read as Windows-1252 (Western European). If any "
            "letters look wrong, save it as “CSV UTF-8” and apply it again.",
            encoding=WINDOWS_1252,
        )
    ]


def _sheet_error(exc: NotText, name: str) -> SheetError:
    if exc.reason == "binary":
        return SheetError(
            "sheet-not-text",
            f"'{name}' is not a text file, so it is not a CSV sheet (it may be another kind "
            "of file renamed). Save the sheet as CSV UTF-8 or XLSX.",
            file=name,
        )
    if exc.reason == "broken":
        return SheetError(
            "sheet-encoding-broken",
            f"'{name}' says it is {exc.shown_encoding} but is damaged "
            f"at byte {exc.byte}. Save the sheet again as CSV UTF-8.",
            file=name,
            encoding=exc.encoding,
            byte=exc.byte,
        )
    return SheetError(
        "sheet-encoding-unknown",
        f"The characters in '{name}' are in an encoding Fieldkit cannot tell for sure "
        "(not UTF-8 or UTF-16). Save the sheet as “CSV UTF-8” and apply it again.",
        file=name,
    )


def _separator(text: str) -> str:
    """The separator the header line uses most (comma when none stands out)."""
    lines = (line for line in text.lstrip("\ufeff").split("\n") if line.strip())
    first = next(lines, "")
    counts = {separator: _count_outside_quotes(first, separator) for separator in SEPARATORS}
    best = max(SEPARATORS, key=lambda separator: counts[separator])
    return best if counts[best] > counts[","] else ","


def _count_outside_quotes(line: str, separator: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == separator and not quoted:
            count += 1
    return count
