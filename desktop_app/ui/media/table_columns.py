"""The media table's columns: which ones there are, what each shows, which are editable.

Kept apart from :mod:`desktop_app.ui.media.table_model` (which loads, sorts, filters and
mirrors rows) so the column layout can be read, and imported by the editor and tests,
without the model. Roles and flags are module constants because ``Qt.DisplayRole``
attribute lookups cost ~20x more in ``data()``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.services.media_edit import (
    CELL_AUTHOR,
    CELL_CATEGORIES,
    CELL_DATE,
    CELL_DESCRIPTION,
    CELL_LICENCE,
    CELL_PATH,
    CELL_SOURCE,
    CELL_TITLE,
    TableCells,
    categories_text,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
DECORATION = Qt.ItemDataRole.DecorationRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ID_ROLE = Qt.ItemDataRole.UserRole
EDITABLE = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
INHERITED = QColor("#757575")  # a value the file takes from the batch, not its own
PROBLEM = QColor("#b00020")

THUMB, FILE, TITLE, DESCRIPTION, DATE, AUTHOR, SOURCE, LICENCE, CATEGORIES, STATUS = range(10)
COLUMN_COUNT = 10
# Column → the services' field name for editing ("description" gets the batch language).
COLUMN_FIELDS: dict[int, str] = {
    TITLE: "title",
    DESCRIPTION: "description",
    DATE: "date",
    AUTHOR: "author",
    SOURCE: "source",
    LICENCE: "licence",
    CATEGORIES: "categories",
}
# Column → the row position its text comes from.
COLUMN_CELLS = {
    THUMB: CELL_PATH,
    FILE: CELL_PATH,
    TITLE: CELL_TITLE,
    DESCRIPTION: CELL_DESCRIPTION,
    DATE: CELL_DATE,
    AUTHOR: CELL_AUTHOR,
    SOURCE: CELL_SOURCE,
    LICENCE: CELL_LICENCE,
    CATEGORIES: CELL_CATEGORIES,
}
# Plain text fields → their position, to mirror writes without reloading.
FIELD_CELLS = {
    "title": CELL_TITLE,
    "date": CELL_DATE,
    "author": CELL_AUTHOR,
    "source": CELL_SOURCE,
    "licence": CELL_LICENCE,
    "categories": CELL_CATEGORIES,
}


def file_name(row: TableCells) -> str:
    return os.path.basename(row[CELL_PATH])


def cell_text(row: TableCells, column: int) -> str:
    """The text ``column`` shows for ``row``; the status column is the model's own."""
    if column == FILE:
        return file_name(row)
    if column == CATEGORIES:
        return categories_text(row[CELL_CATEGORIES])
    if column == THUMB:
        return ""
    return str(row[COLUMN_CELLS[column]] or "")


def contains_text(row: TableCells, needle: str) -> bool:
    """Whether the file, title, description, author, source or categories of ``row``
    contain ``needle`` (already case-folded)."""
    haystack = " ".join(
        (
            file_name(row),
            row[CELL_TITLE],
            row[CELL_DESCRIPTION],
            row[CELL_AUTHOR],
            row[CELL_SOURCE],
            categories_text(row[CELL_CATEGORIES]).replace("|", " "),
        )
    )
    return needle in haystack.casefold()
