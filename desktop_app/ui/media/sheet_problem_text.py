"""Spreadsheet and typed-value problems in the user's language.

The codes come from reading a sheet (:mod:`desktop_app.files.spreadsheets`), applying it
row by row (:mod:`desktop_app.services.sheet_rows`) and parsing a typed value
(:mod:`desktop_app.core.media_fields`); :func:`~desktop_app.ui.media.problem_text.problem_message`
looks here after its own table. Each template names only parameters its code always has.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate only extracts calls whose context and text are literals, so every call
# spells both out (a helper taking the text as an argument hides it from lupdate).
translate = QCoreApplication.translate


def sheet_messages() -> dict[str, str]:
    """Code → translated template (``{param}`` placeholders filled by the caller)."""
    return {
        # The whole sheet.
        "sheet-not-text": translate(
            "SheetProblems",
            "“{file}” is not a text file, so it is not a CSV sheet. Save the sheet as CSV "
            "UTF-8 or XLSX.",
        ),
        "sheet-encoding-unknown": translate(
            "SheetProblems",
            "Fieldkit cannot tell for sure how the letters in “{file}” are encoded. Save the "
            "sheet as “CSV UTF-8” and apply it again.",
        ),
        "sheet-encoding-broken": translate(
            "SheetProblems",
            "“{file}” is damaged at byte {byte}. Save the sheet again as CSV UTF-8.",
        ),
        "sheet-encoding-windows-1252": translate(
            "SheetProblems",
            "The file is not UTF-8; it was read as Windows-1252 (Western European). If any "
            "letters look wrong, save it as “CSV UTF-8” and apply it again.",
        ),
        "sheet-separator": translate(
            "SheetProblems", "Cells are separated by “{separator}” in this file; it was read so."
        ),
        "sheet-damaged": translate(
            "SheetProblems",
            "“{file}” is damaged or is not an XLSX spreadsheet. Open it in Excel or "
            "LibreOffice and save it as XLSX.",
        ),
        "sheet-empty": translate("SheetProblems", "The spreadsheet is empty."),
        "sheet-type-unsupported": translate(
            "SheetProblems", "“{suffix}” files cannot be read: use a .csv or .xlsx spreadsheet."
        ),
        "sheet-rows-above-header": translate(
            "SheetProblems", "The rows above the header (1–{rows}) were skipped."
        ),
        "sheet-merged-cells": translate(
            "SheetProblems", "The merged cells {cells} were read as the same value in every row."
        ),
        "sheet-merged-header": translate(
            "SheetProblems",
            "Header cells are merged ({cells}); unmerge them so that every column has its own "
            "name.",
        ),
        "sheet-duplicate-column": translate(
            "SheetProblems", "The column “{column}” is there twice ({cells}); keep one."
        ),
        "sheet-no-key-column": translate(
            "SheetProblems",
            "The sheet needs a “fieldkit_id” or a “path”/“file” column to know which row is "
            "which file.",
        ),
        "sheet-no-path-column": translate(
            "SheetProblems", "The sheet has no column of paths. Its columns: {columns}."
        ),
        "sheet-no-paths": translate(
            "SheetProblems", "The column “{column}” of the sheet lists no paths."
        ),
        "unknown-column": translate(
            "SheetProblems",
            "Column “{column}” is not a Fieldkit field; rows with a value in it are refused.",
        ),
        "unnamed-column": translate(
            "SheetProblems",
            "Column {column} has no name in the header; rows with a value in it are refused.",
        ),
        # One row or cell.
        "row-short": translate(
            "SheetProblems",
            "Row {row} has {cells} cells but the header has {columns} columns; a separator or "
            "line break is probably missing. The row was left unchanged.",
        ),
        "row-long": translate(
            "SheetProblems",
            "Row {row} has {cells} cells but the header has {columns} columns; the extra cells "
            "hold text. The row was left unchanged.",
        ),
        "row-no-match": translate("SheetProblems", "Row {row} matches no file of this batch."),
        "row-duplicate-item": translate(
            "SheetProblems", "Row {row} is for the same file as row {first_row}; keep one."
        ),
        "cell-formula-no-value": translate(
            "SheetProblems",
            "The cell holds a formula but no value ({formula}). Open and save the sheet in "
            "Excel or LibreOffice, or type the value.",
        ),
        "cell-error-value": translate(
            "SheetProblems", "The cell shows the spreadsheet error {error}; correct it."
        ),
        "cell-marker-edited": translate(
            "SheetProblems",
            "The “kept in Fieldkit” note in this cell was edited. Put it back as it was to "
            "keep the text, or replace the whole cell.",
        ),
        "cell-cut": translate(
            "SheetProblems",
            "The spreadsheet program cut this text at {limit} characters (Fieldkit has "
            "{length}); it was left unchanged. Edit long texts in Fieldkit.",
        ),
        # A typed value.
        "bad-date": translate(
            "SheetProblems",
            "“{value}” is not a date Fieldkit can read: write YYYY-MM-DD, YYYY-MM, YYYY, "
            "“ca. YYYY”, a decade such as “1920s”, or “unknown”.",
        ),
        "date-ambiguous": translate(
            "SheetProblems",
            "Is “{value}” {day_first} (day first) or {month_first} (month first)? Write the "
            "one you mean as YYYY-MM-DD.",
        ),
        "date-month-first": translate(
            "SheetProblems",
            "Dates with slashes are read day first (DD/MM/YYYY), so “{value}” has no such "
            "month. Did you mean {suggestion}? Write it as YYYY-MM-DD.",
        ),
        "date-serial": translate(
            "SheetProblems",
            "“{value}” looks like a spreadsheet's date number ({suggestion}?). Format the cell "
            "as a date, or write the date as YYYY-MM-DD.",
        ),
        "date-in-future": translate("SheetProblems", "“{value}” is in the future."),
        "bad-licence": translate(
            "SheetProblems", "“{value}” is not a licence in Fieldkit's catalogue."
        ),
        "bad-category": translate("SheetProblems", "“{value}” cannot be a category name."),
        "bad-depicts": translate(
            "SheetProblems", "Use Wikidata item ids such as Q42, separated by |."
        ),
        "bad-coordinate": translate("SheetProblems", "“{value}” is not a valid coordinate."),
        "bad-template": translate(
            "SheetProblems", "The template must be information, artwork or photograph."
        ),
        "unknown-field": translate("SheetProblems", "“{value}” is not a field Fieldkit knows."),
        "too-long": translate(
            "SheetProblems", "The text is {length} characters long; a field holds at most {limit}."
        ),
        "bad-characters": translate(
            "SheetProblems",
            "The text contains control characters ({characters}) that cannot be on a wiki "
            "page; remove them.",
        ),
        "wikitext-unbalanced": translate(
            "SheetProblems",
            "The brackets do not match: “{detail}” has no partner. Close every [[ with ]] and "
            "every {{{{ with }}}}.",
        ),
        "wikitext-category-link": translate(
            "SheetProblems",
            "Category links are not taken from this cell; put categories in the categories column.",
        ),
        "wikitext-magic-word": translate(
            "SheetProblems",
            "“{detail}” is a magic word that changes the page itself; it is not allowed here.",
        ),
    }


def closest_licences(closest: str) -> str:
    """The “Closest: …” sentence added to an unknown licence (empty without suggestions)."""
    if not closest:
        return ""
    return translate("SheetProblems", "Closest: {closest}.").format(closest=closest)
