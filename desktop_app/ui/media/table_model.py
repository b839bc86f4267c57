"""The media table: one row per file, sorted and filtered inside the model.

Built for 50,000 rows on an old laptop: rows are the services' slotted ``MediaRow``
values; sorting and filtering rearrange a list of row numbers (Python ``sort`` +
``layoutChanged``) instead of going through ``QSortFilterProxyModel``, which would call
``data()`` millions of times. Roles are module constants because ``Qt.DisplayRole``
attribute lookups cost ~20x more in ``data()``. Edits go to :class:`BatchEdits`
(database first, undoable); the model only mirrors what was written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPixmap

from desktop_app.core.media_fields import FieldError, format_value
from desktop_app.core.problems import Problem
from desktop_app.services.media_edit import FieldChange, MediaRow
from desktop_app.ui.media.edits import BatchEdits
from desktop_app.ui.media.problem_text import field_error_message, problem_message
from desktop_app.ui.media.thumbnails import THUMB_EDGE, ThumbnailLoader, placeholder_pixmap

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
DECORATION = Qt.ItemDataRole.DecorationRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ID_ROLE = Qt.ItemDataRole.UserRole
ASCENDING = Qt.SortOrder.AscendingOrder
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
# MediaRow attribute for each plain field, to mirror writes without reloading.
_ROW_ATTRIBUTES = {
    "title": "title",
    "date": "date",
    "author": "author",
    "source": "source",
    "institution": "institution",
    "licence": "licence_id",
    "categories": "categories",
    "status": "status",
}


def file_name(row: MediaRow) -> str:
    return os.path.basename(row.path)


class MediaTableModel(QAbstractTableModel):
    """Rows of one batch; ``edit_refused(message)`` when a typed value is not accepted."""

    edit_refused = Signal(str)

    def __init__(self, edits: BatchEdits, thumbnails: ThumbnailLoader | None = None) -> None:
        super().__init__(edits)
        self._edits = edits
        self._thumbnails = thumbnails
        self._rows: list[MediaRow] = []
        self._position: dict[int, int] = {}  # item id → index in _rows
        self._visible: list[int] = []  # indexes into _rows, in view order
        self._view_row: dict[int, int] | None = None  # item id → view row (lazy)
        self._checks: dict[int, tuple[Problem, ...]] = {}
        self._sort_column, self._sort_order = -1, ASCENDING
        self._filter_text, self._only_problems = "", False
        self.language = "en"
        self.batch_licence: str | None = None
        self._headers: list[str] = []
        self._ready_text = self._checking_text = self._missing_text = ""
        self._problem_texts: dict[int, str] = {}
        self._loading = placeholder_pixmap(THUMB_EDGE)
        self._broken = placeholder_pixmap(THUMB_EDGE, broken=True)
        self.retranslate()
        edits.fields_changed.connect(self.apply_changes)
        if thumbnails is not None:
            thumbnails.ready.connect(self._on_thumbnail)
        self._paths: dict[str, list[int]] | None = None

    # -- loading ------------------------------------------------------------------------
    def set_rows(self, rows: list[MediaRow], language: str, batch_licence: str | None) -> None:
        """Show a (re)loaded batch; sort and filter settings are kept."""
        self.beginResetModel()
        self._rows = rows
        self._position = {row.id: index for index, row in enumerate(rows)}
        self._paths = None
        self.language, self.batch_licence = language, batch_licence
        self._checks = {
            check_id: c for check_id, c in self._checks.items() if check_id in self._position
        }
        self._visible = self._arranged()
        self._view_row = None
        self.endResetModel()

    def set_batch_licence(self, licence_id: str | None) -> None:
        self.batch_licence = licence_id
        self._column_changed(LICENCE)

    def append_rows(self, rows: list[MediaRow]) -> None:
        """Add the rest of a batch loaded in pages (the first page is already shown)."""
        if not rows:
            return
        start = len(self._rows)
        self._rows.extend(rows)
        for position, row in enumerate(rows, start):
            self._position[row.id] = position
        self._paths = None
        if self._sort_column >= 0 or self._filter_text or self._only_problems:
            self._rearrange()
            return
        first = len(self._visible)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._visible.extend(range(start, start + len(rows)))
        self._view_row = None
        self.endInsertRows()

    def set_checks(self, problems: dict[int, tuple[Problem, ...]]) -> None:
        """Problems per file from ``check_batch`` (run in the background, compacted)."""
        self._checks = problems
        self._column_changed(STATUS)

    def check_for(self, item_id: int) -> tuple[Problem, ...] | None:
        """The file's problems from the last check; None before the first check."""
        return self._checks.get(item_id)

    def retranslate(self) -> None:
        """Re-read translated headers and status words (the language changed)."""
        self._headers = [
            self.tr("Preview"),
            self.tr("File"),
            self.tr("Title"),
            self.tr("Description"),
            self.tr("Date"),
            self.tr("Author"),
            self.tr("Source"),
            self.tr("Licence"),
            self.tr("Categories"),
            self.tr("Status"),
        ]
        self._ready_text = self.tr("Ready")
        self._checking_text = self.tr("Checking…")
        self._missing_text = self.tr("File missing")
        self._problem_texts = {}
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return EDITABLE if index.column() in COLUMN_FIELDS else READ_ONLY

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        if role in (DISPLAY, EDIT):
            if column == LICENCE and row.licence_id is None and role == DISPLAY:
                return self.batch_licence or ""
            return self._text(row, column)
        if role == DECORATION and column == THUMB:
            return self._thumbnail(row)
        if role == FOREGROUND:
            if column == LICENCE and row.licence_id is None:
                return INHERITED
            if column == STATUS and self._problem_count(row.id):
                return PROBLEM
            return None
        if role == TOOLTIP:
            if column == FILE:
                return row.path
            if column == TITLE and row.title:
                return row.title  # elided in the middle in the cell: the whole one here
            if column == LICENCE and row.licence_id is None and self.batch_licence:
                return self.tr("The batch's licence (this file has no licence of its own)")
            if column == STATUS:
                problems = self._checks.get(row.id)
                if problems:
                    return "\n".join(problem_message(problem) for problem in problems)
            return None
        if role == ID_ROLE:
            return row.id
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = EDIT
    ) -> bool:
        field = self.field_for(index.column())
        if role != EDIT or field is None:
            return False
        row = self._rows[self._visible[index.row()]]
        try:
            self._edits.set_text([row.id], field, str(value))
        except FieldError as exc:
            self.edit_refused.emit(field_error_message(exc))
            return False
        return True

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        self._sort_column, self._sort_order = column, order
        self._rearrange()

    # -- filtering, selection helpers ----------------------------------------------------
    def set_filter(self, text: str, only_problems: bool = False) -> None:
        """Show rows whose file, title, description, author, source or categories contain
        ``text`` (case-insensitive); optionally only files with problems."""
        self._filter_text, self._only_problems = text.casefold().strip(), only_problems
        self._rearrange()

    def field_for(self, column: int) -> str | None:
        field = COLUMN_FIELDS.get(column)
        return f"description:{self.language}" if field == "description" else field

    def item_id(self, view_row: int) -> int:
        return self._rows[self._visible[view_row]].id

    def row_of(self, item_id: int) -> int | None:
        """The view row showing ``item_id`` (None if filtered out or unknown)."""
        if self._view_row is None:
            self._view_row = {self._rows[i].id: n for n, i in enumerate(self._visible)}
        return self._view_row.get(item_id)

    def total_rows(self) -> int:
        return len(self._rows)

    # -- mirroring writes ------------------------------------------------------------------
    def apply_changes(self, changes: Sequence[FieldChange]) -> None:
        """Mirror values just written to the database (edits, undo, redo, sheets)."""
        touched: set[int] = set()
        for change in changes:
            position = self._position.get(change.item_id)
            if position is None:
                continue
            row = self._rows[position]
            if change.field.startswith("description:"):
                texts = dict(row.descriptions)
                language = change.field.partition(":")[2]
                if change.new:
                    texts[language] = change.new
                else:
                    texts.pop(language, None)
                self._rows[position] = replace(row, descriptions=texts)
            elif change.field in _ROW_ATTRIBUTES:
                attribute = _ROW_ATTRIBUTES[change.field]
                self._rows[position] = replace(row, **{attribute: change.new})
            else:
                continue
            touched.add(change.item_id)
        rows = [r for r in (self.row_of(item_id) for item_id in touched) if r is not None]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), COLUMN_COUNT - 1))

    # -- internals ---------------------------------------------------------------------
    def _text(self, row: MediaRow, column: int) -> str:
        if column == FILE:
            return file_name(row)
        if column == TITLE:
            return row.title
        if column == DESCRIPTION:
            return row.descriptions.get(self.language, "")
        if column == DATE:
            return row.date
        if column == AUTHOR:
            return row.author
        if column == SOURCE:
            return row.source
        if column == LICENCE:
            return row.licence_id or ""
        if column == CATEGORIES:
            return format_value("categories", row.categories)
        if column == STATUS:
            return self._status_text(row)
        return ""

    def _status_text(self, row: MediaRow) -> str:
        if row.file_state == "missing":
            return self._missing_text
        check = self._checks.get(row.id)
        if check is None:
            return self._checking_text
        count = self._problem_count(row.id)
        if not count:
            return self._ready_text
        text = self._problem_texts.get(count)
        if text is None:
            text = self.tr("Problems: %n", "", count)
            self._problem_texts[count] = text
        return text

    def _problem_count(self, item_id: int) -> int:
        problems = self._checks.get(item_id)
        if not problems:
            return 0
        return sum(1 for problem in problems if problem.blocking)

    def _thumbnail(self, row: MediaRow) -> QPixmap:
        if self._thumbnails is None:
            return self._loading
        pixmap = self._thumbnails.pixmap(row.path)
        if pixmap is False:
            return self._loading
        return pixmap if isinstance(pixmap, QPixmap) else self._broken

    def _on_thumbnail(self, path: str, edge: int) -> None:
        if edge != THUMB_EDGE:
            return
        if self._paths is None:
            self._paths = {}
            for row in self._rows:
                self._paths.setdefault(row.path, []).append(row.id)
        for item_id in self._paths.get(path, ()):
            view_row = self.row_of(item_id)
            if view_row is not None:
                index = self.index(view_row, THUMB)
                self.dataChanged.emit(index, index, [DECORATION])

    def _column_changed(self, column: int) -> None:
        if self._visible:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._visible) - 1, column))

    def _sort_key(self) -> Callable[[int], Any] | None:
        rows, column = self._rows, self._sort_column
        if column in (THUMB, FILE):
            return lambda i: os.path.basename(rows[i].path).casefold()
        if column == STATUS:
            return lambda i: (self._checks.get(rows[i].id) is None, self._problem_count(rows[i].id))
        if column in COLUMN_FIELDS:
            return lambda i: self._text(rows[i], column).casefold()
        return None

    def _arranged(self) -> list[int]:
        indexes = list(range(len(self._rows)))
        needle = self._filter_text
        if needle or self._only_problems:
            indexes = [i for i in indexes if self._matches(self._rows[i], needle)]
        key = self._sort_key()
        if key is not None:
            indexes.sort(key=key, reverse=self._sort_order != ASCENDING)
        return indexes

    def _matches(self, row: MediaRow, needle: str) -> bool:
        if self._only_problems and not (self._problem_count(row.id) or row.file_state == "missing"):
            return False
        if not needle:
            return True
        haystack = " ".join(
            (
                file_name(row),
                row.title,
                row.descriptions.get(self.language, ""),
                row.author,
                row.source,
                " ".join(row.categories),
            )
        )
        return needle in haystack.casefold()

    def _rearrange(self) -> None:
        self.layoutAboutToBeChanged.emit()
        old_ids = [self._rows[i].id for i in self._visible]
        persistent = self.persistentIndexList()
        self._visible = self._arranged()
        self._view_row = None
        new_indexes = []
        for index in persistent:
            new_row = self.row_of(old_ids[index.row()]) if index.row() < len(old_ids) else None
            new_indexes.append(
                self.index(new_row, index.column()) if new_row is not None else QModelIndex()
            )
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()
