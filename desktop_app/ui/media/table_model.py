"""The media table: one row per file, sorted and filtered inside the model.

Built for 50,000 rows on an old laptop. Rows are the plain tuples :func:`load_table`
returns (built by the database driver in C; ``CELL_*`` name their positions), so holding a
batch costs little more than its text. Sorting and filtering rearrange a list of row
numbers (:mod:`desktop_app.ui.media.table_order`) instead of going through
``QSortFilterProxyModel``, which would call ``data()`` millions of times; a column's sort
keys (:mod:`desktop_app.core.sort_keys`: case and accents second, numbers by value, the
reader's alphabet) are built once, on its first sort, and kept up to date by edits. What
each column shows is :mod:`desktop_app.ui.media.table_columns`. Edits go to
:class:`BatchEdits` (database first, undoable); the model only mirrors what was written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPixmap

from desktop_app.core.media_fields import FieldError
from desktop_app.core.problems import Problem
from desktop_app.services.media_edit import (
    CELL_CATEGORIES,
    CELL_DESCRIPTION,
    CELL_FILE_STATE,
    CELL_ID,
    CELL_LICENCE,
    CELL_PATH,
    CELL_TITLE,
    FieldChange,
    TableCells,
    categories_cell,
)
from desktop_app.ui.media.edits import BatchEdits
from desktop_app.ui.media.problem_text import field_error_message, problem_message
from desktop_app.ui.media.table_columns import (
    COLUMN_CELLS,
    COLUMN_COUNT,
    COLUMN_FIELDS,
    DECORATION,
    DISPLAY,
    EDIT,
    EDITABLE,
    FIELD_CELLS,
    FILE,
    FOREGROUND,
    ID_ROLE,
    INHERITED,
    LICENCE,
    PROBLEM,
    READ_ONLY,
    STATUS,
    THUMB,
    TITLE,
    TOOLTIP,
    cell_text,
    contains_text,
)
from desktop_app.ui.media.table_keys import ColumnKeys
from desktop_app.ui.media.table_order import (
    ROW_ID,
    arrange,
    position_of,
    prepare_keys,
    reader_language,
    status_keys,
    view_rows_of,
)
from desktop_app.ui.media.thumbnails import THUMB_EDGE, ThumbnailLoader, placeholder_pixmap

ASCENDING = Qt.SortOrder.AscendingOrder
KEY_DELAY_MS = 300  # the background sort-key build waits this long after a load


class MediaTableModel(QAbstractTableModel):
    """Rows of one batch; ``edit_refused(message)`` when a typed value is not accepted."""

    edit_refused = Signal(str)

    def __init__(self, edits: BatchEdits, thumbnails: ThumbnailLoader | None = None) -> None:
        super().__init__(edits)
        self._edits = edits
        self._thumbnails = thumbnails
        self._rows: list[TableCells] = []  # in import order, so ascending ids
        # Indexes into _rows in view order: a range (no list) while unsorted and unfiltered.
        self._visible: Sequence[int] = range(0)
        self._view_row: dict[int, int] | None = None  # item id → view row (lazy)
        self._keys = ColumnKeys()  # text columns' sort keys, built once each
        self._arranged_for: tuple[int, Qt.SortOrder] | None = None  # sort of _visible
        self._key_timer = QTimer(self, singleShot=True, interval=KEY_DELAY_MS)
        self._key_timer.timeout.connect(self._prepare_keys)
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

    # -- loading ------------------------------------------------------------------------
    def set_rows(self, rows: list[TableCells], language: str, batch_licence: str | None) -> None:
        """Show a (re)loaded batch (rows from ``load_table`` in ``language``); sort and
        filter settings are kept."""
        self.beginResetModel()
        self._rows = rows
        self._keys.clear(reader_language())
        self.language, self.batch_licence = language, batch_licence
        if self._checks:
            ids = set(map(ROW_ID, rows))
            self._checks = {item_id: c for item_id, c in self._checks.items() if item_id in ids}
        self._visible = self._arranged()
        self._view_row = None
        self.endResetModel()
        if rows:
            self._key_timer.start()  # after the rows are painted: it holds the interpreter

    def set_batch_licence(self, licence_id: str | None) -> None:
        self.batch_licence = licence_id
        self._column_changed(LICENCE)

    def set_checks(self, problems: dict[int, tuple[Problem, ...]]) -> None:
        """Problems per file from ``check_batch`` (run in the background, compacted)."""
        self._checks = problems
        if self._sort_column == STATUS:
            self._arranged_for = None  # a new sort by status sorts by these
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
            if column == LICENCE and row[CELL_LICENCE] is None and role == DISPLAY:
                return self.batch_licence or ""
            return self._status_text(row) if column == STATUS else cell_text(row, column)
        if role == DECORATION:
            return self._thumbnail(row) if column == THUMB else None
        if role == FOREGROUND:
            if column == LICENCE and row[CELL_LICENCE] is None:
                return INHERITED
            if column == STATUS and self._problem_count(row[CELL_ID]):
                return PROBLEM
            return None
        if role == TOOLTIP:
            return self._tooltip(row, column)
        if role == ID_ROLE:
            return row[CELL_ID]
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = EDIT
    ) -> bool:
        field = self.field_for(index.column())
        if role != EDIT or field is None:
            return False
        item_id = self.item_id(index.row())
        try:
            self._edits.set_text([item_id], field, str(value))
        except FieldError as exc:
            self.edit_refused.emit(field_error_message(exc))
            return False
        return True

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        if self._arranged_for == (column, order):
            return  # QTableView.sortByColumn asks twice; rows edited since keep their place
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
        return self._rows[self._visible[view_row]][CELL_ID]

    def row_of(self, item_id: int) -> int | None:
        """The view row showing ``item_id`` (None if filtered out or unknown)."""
        if isinstance(self._visible, range):  # unsorted, unfiltered: view row = position
            return position_of(self._rows, item_id)
        if self._view_row is None:
            rows = self._rows
            self._view_row = {rows[i][CELL_ID]: n for n, i in enumerate(self._visible)}
        return self._view_row.get(item_id)

    def total_rows(self) -> int:
        return len(self._rows)

    # -- mirroring writes ------------------------------------------------------------------
    def apply_changes(self, changes: Sequence[FieldChange]) -> None:
        """Mirror values just written to the database (edits, undo, redo, sheets)."""
        touched: set[int] = set()
        description = f"description:{self.language}"
        for change in changes:
            if change.field == description:
                cell, value = CELL_DESCRIPTION, change.new or ""
            elif change.field == "categories":
                cell, value = CELL_CATEGORIES, categories_cell(change.new)
            elif change.field in FIELD_CELLS:
                cell = FIELD_CELLS[change.field]
                value = change.new if change.new is not None or cell == CELL_LICENCE else ""
            else:
                continue  # a field the table does not show
            position = position_of(self._rows, change.item_id)
            if position is None:
                continue
            row = self._rows[position]
            self._rows[position] = (*row[:cell], value, *row[cell + 1 :])  # type: ignore[assignment]
            self._keys.update(position, self._rows[position], cell)
            touched.add(change.item_id)
        rows = [r for r in (self.row_of(item_id) for item_id in touched) if r is not None]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), COLUMN_COUNT - 1))

    # -- internals ---------------------------------------------------------------------
    def _tooltip(self, row: TableCells, column: int) -> str | None:
        if column == FILE:
            return row[CELL_PATH]
        if column == TITLE and row[CELL_TITLE]:
            return row[CELL_TITLE]  # elided in the middle in the cell: the whole one here
        if column == LICENCE and row[CELL_LICENCE] is None and self.batch_licence:
            return self.tr("The batch's licence (this file has no licence of its own)")
        if column == STATUS:
            problems = self._checks.get(row[CELL_ID])
            if problems:
                return "\n".join(problem_message(problem) for problem in problems)
        return None

    def _status_text(self, row: TableCells) -> str:
        if row[CELL_FILE_STATE] == "missing":
            return self._missing_text
        check = self._checks.get(row[CELL_ID])
        if check is None:
            return self._checking_text
        count = self._problem_count(row[CELL_ID])
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

    def _thumbnail(self, row: TableCells) -> QPixmap:
        if self._thumbnails is None:
            return self._loading
        pixmap = self._thumbnails.pixmap(row[CELL_PATH])
        if pixmap is False:
            return self._loading
        return pixmap if isinstance(pixmap, QPixmap) else self._broken

    def _on_thumbnail(self, _path: str, edge: int) -> None:
        # The whole column, not a lookup of the rows showing this path: the view repaints
        # only what is on screen, and no path → rows index is kept for 50,000 files.
        if edge == THUMB_EDGE and self._visible:
            last = len(self._visible) - 1
            self.dataChanged.emit(self.index(0, THUMB), self.index(last, THUMB), [DECORATION])

    def _column_changed(self, column: int) -> None:
        if self._visible:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._visible) - 1, column))

    # -- sorting and filtering -------------------------------------------------------------
    def _prepare_keys(self) -> None:
        prepare_keys(self._keys, self._rows, self)

    def _sort_keys(self, column: int) -> Sequence[Any] | None:
        """One key per row (by position) for ``column``; text keys are built once."""
        if column == STATUS:
            return status_keys(self._rows, self._checks, self._problem_count)
        cell = COLUMN_CELLS.get(column)  # the preview sorts by file name, like the file column
        if cell is None:
            return None
        return self._keys.keys(self._rows, cell, reader_language())

    def _arranged(self) -> Sequence[int]:
        filtered = self._filter_text or self._only_problems
        keys = self._sort_keys(self._sort_column) if self._sort_column >= 0 else None
        descending = self._sort_order != ASCENDING
        return arrange(self._rows, self._matches if filtered else None, keys, descending)

    def _matches(self, row: TableCells) -> bool:
        if self._only_problems and not (
            self._problem_count(row[CELL_ID]) or row[CELL_FILE_STATE] == "missing"
        ):
            return False
        return not self._filter_text or contains_text(row, self._filter_text)

    def _rearrange(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        count = len(self._visible)
        old_positions = [
            self._visible[index.row()] if index.row() < count else None for index in persistent
        ]
        self._visible = self._arranged()
        self._arranged_for = (self._sort_column, self._sort_order)
        self._view_row = None
        rows = self._rows
        new_rows = view_rows_of(
            self._visible, old_positions, lambda p: self.row_of(rows[p][CELL_ID])
        )
        new_indexes = [
            self.index(new_row, index.column()) if new_row is not None else QModelIndex()
            for index, new_row in zip(persistent, new_rows, strict=True)
        ]
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()
