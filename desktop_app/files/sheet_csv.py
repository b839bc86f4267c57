"""CSV files as partners' programs write them: the encoding and separator found, not assumed.

Excel writes "CSV UTF-8" (with a byte-order mark), plain "CSV" in the Windows code page
(Windows-1252 in Western Europe), "Unicode text" as UTF-16, and uses ``;`` where the
decimal separator is a comma. Each is read right or refused with a plain reason; nothing
is guessed that could quietly turn "Målning" into "MÃ¥lning" or Cyrillic into Latin
gibberish.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from pathlib import Path

from desktop_app.core.problems import Problem, warning
from desktop_app.files.sheet_errors import SheetError

# A cell this large is a broken file (an unclosed quote swallowing the rest), not text.
FIELD_LIMIT = 64 * 1024 * 1024
SEPARATORS = (",", ";", "\t")
SAMPLE_CHARS = 1024 * 1024  # how much of a legacy-encoded file is checked for plausibility
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text (tab, line breaks and form feed aside).
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f]")  # \x1a: DOS's end of file
# Punctuation from the upper half of Windows-1252 that sits next to letters in real text.
_WORD_PUNCTUATION = frozenset("‘’‚“”„«»‹›–—…•·°ªº´¨¸¡¿")


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
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16/32 (BOM or not), or
    Windows-1252 when it reads as Western text (a note says so). Else :class:`SheetError`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, name), []
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _strict(data, utf16, name), []
    if _BINARY.search(data):
        raise SheetError(
            "sheet-not-text",
            f"'{name}' is not a text file, so it is not a CSV sheet (it may be another kind "
            "of file renamed). Save the sheet as CSV UTF-8 or XLSX.",
            file=name,
        )
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if not text or not _reads_as_western(text):
        raise SheetError(
            "sheet-encoding-unknown",
            f"The characters in '{name}' are in an encoding Fieldkit cannot tell for sure "
            "(not UTF-8 or UTF-16). Save the sheet as “CSV UTF-8” and apply it again.",
            file=name,
        )
    return text, [
        warning(
            "sheet-encoding-windows-1252",
            "The file is not UTF-8; it was read as Windows-1252 (Western European). If any "
            "letters look wrong, save it as “CSV UTF-8” and apply it again.",
            encoding="Windows-1252",
        )
    ]


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SheetError(
            "sheet-encoding-broken",
            f"'{name}' says it is {encoding.upper().removesuffix('-SIG')} but is damaged at "
            f"byte {exc.start}. Save the sheet again as CSV UTF-8.",
            file=name,
            encoding=encoding,
            byte=exc.start,
        ) from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark shows as a NUL beside almost every ASCII byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _reads_as_western(text: str) -> bool:
    """Plausible Western European text: accented letters are a minority inside words,
    and no symbol sits between two letters (as Central European or Cyrillic text read
    in the wrong code page shows: "mo¿e", "Ìîñêâà"). The first megabyte tells."""
    text = text[:SAMPLE_CHARS]
    letters = [ch for ch in text if ch.isalpha()]
    upper_half = [ch for ch in letters if ord(ch) > 0x7F]
    if letters and len(upper_half) > 0.3 * len(letters):
        return False
    for before, middle, after in zip(text, text[1:], text[2:], strict=False):
        symbol = ord(middle) > 0x7F and not middle.isalpha() and middle not in _WORD_PUNCTUATION
        if symbol and before.isalpha() and after.isalpha():
            return False
        if unicodedata.category(middle) == "Cc" and ord(middle) > 0x7F:
            return False
    return True


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
