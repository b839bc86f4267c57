"""The table of a batch's files with its tools: filter, bulk edit, fill down, find & replace,
undo and redo. Every tool works on the selected rows, in the order the table shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.accessible import describe
from desktop_app.ui.action_row import ActionRow
from desktop_app.ui.elide import MiddleElideDelegate
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.media.edit_dialogs import BulkEditDialog, FindReplaceDialog
from desktop_app.ui.media.edits import BatchEdits
from desktop_app.ui.media.table_columns import (
    CATEGORIES,
    DESCRIPTION,
    FILE,
    STATUS,
    THUMB,
    TITLE,
)
from desktop_app.ui.media.table_model import MediaTableModel
from desktop_app.ui.media.thumbnails import THUMB_EDGE
from desktop_app.ui.message_label import MessageLabel, TextMaker

ROW_HEIGHT = THUMB_EDGE + 6
COLUMN_WIDTHS = {THUMB: ROW_HEIGHT + 8, FILE: 150, TITLE: 200, DESCRIPTION: 220, CATEGORIES: 160}
ERROR_STYLE = "color: #b00020;"


class MediaTableEditor(Retranslatable, QWidget):
    """Filter bar, tool buttons and the table; ``current_changed(item_id or -1)``."""

    current_changed = Signal(int)

    def __init__(self, model: MediaTableModel, edits: BatchEdits, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.edits = edits

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("mediaFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.problems_only = QCheckBox(self)
        self.undo_action = edits.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = edits.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.bulk_action = QAction(self)
        self.bulk_action.setShortcut(QKeySequence("Ctrl+E"))
        self.fill_action = QAction(self)
        self.fill_action.setShortcut(QKeySequence("Ctrl+D"))
        self.replace_action = QAction(self)
        self.replace_action.setShortcut(QKeySequence("Ctrl+H"))
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.problems_only)
        # A row that wraps: on a narrow window (or in French) Undo and Redo stay in sight
        # and in the Tab order instead of folding into a tool bar's "»".
        self.toolbar = ActionRow(self)
        self.toolbar.setObjectName("mediaTools")
        for action in (
            self.bulk_action,
            self.fill_action,
            self.replace_action,
            self.undo_action,
            self.redo_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.toolbar.addAction(action)

        self.view = QTableView(self)
        self.view.setObjectName("mediaTable")
        self.view.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.view.setModel(model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(False)
        self.view.setItemDelegateForColumn(TITLE, MiddleElideDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setIconSize(QSize(THUMB_EDGE, THUMB_EDGE))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(THUMB, QHeaderView.ResizeMode.Fixed)
        header.setSectionsMovable(True)
        header.moveSection(header.visualIndex(STATUS), 2)  # readiness visible without scrolling

        self.message_label = MessageLabel(self)
        self.message_label.setObjectName("mediaTableMessage")
        self.message_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)

        self.filter_edit.textChanged.connect(self._apply_filter)
        self.problems_only.toggled.connect(self._apply_filter)
        self.bulk_action.triggered.connect(self.open_bulk_edit)
        self.fill_action.triggered.connect(self.fill_down)
        self.replace_action.triggered.connect(self.open_find_replace)
        model.edit_refused.connect(lambda message: self.show_message(message, error=True))
        model.modelReset.connect(self._on_reset)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        describe(
            {
                self.view: self.tr(
                    "The files of the batch; the one selected is shown beside them."
                ),
                self.problems_only: self.tr("Hides the files that are ready to upload."),
            }
        )
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by file, title, description, author, source or category")
        )
        self.filter_edit.setAccessibleName(self.tr("Filter files"))
        self.problems_only.setText(self.tr("&Only files with problems"))
        self.bulk_action.setText(self.tr("&Edit selected…"))
        self.bulk_action.setToolTip(self.tr("Give all selected files the same value (Ctrl+E)"))
        self.fill_action.setText(self.tr("Fill &down"))
        self.fill_action.setToolTip(
            self.tr("Copy the first selected row's value down the selection (Ctrl+D)")
        )
        self.replace_action.setText(self.tr("&Find and replace…"))
        self.replace_action.setToolTip(self.tr("Replace text in the selected files (Ctrl+H)"))
        self.undo_action.setText(self.tr("&Undo"))
        self.undo_action.setToolTip(self.tr("Undo the last edit (Ctrl+Z)"))
        self.redo_action.setText(self.tr("&Redo"))
        self.redo_action.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.view.setAccessibleName(self.tr("Files in the batch"))
        self.model.retranslate()

    # -- selection -----------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """Selected files in the order the table shows them (fill down needs that order)."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.item_id(row) for row in rows]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.item_id(index.row()) if index.isValid() else None

    def select_ids(self, ids: list[int]) -> None:
        """Select these files (those not filtered out); the first becomes current."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = True
        for item_id in ids:
            row = self.model.row_of(item_id)
            if row is None:
                continue
            index = self.model.index(row, FILE)
            if first:
                selection.setCurrentIndex(index, flags)
                first = False
            else:
                selection.select(index, flags)

    def current_field(self) -> str:
        """The field of the current column, for fill down ("title" when not editable)."""
        field = self.model.field_for(self.view.currentIndex().column())
        return field or "title"

    # -- tools --------------------------------------------------------------------------
    def open_bulk_edit(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.show_message(lambda: self.tr("Select the files to edit first."), error=True)
            return
        dialog = BulkEditDialog(len(ids), self)
        column_field = self.model.field_for(self.view.currentIndex().column()) or "title"
        base = column_field.partition(":")[0]
        dialog.field_combo.setCurrentIndex(max(0, dialog.field_combo.findData(base)))

        def apply() -> None:
            field = self._field_name(dialog.field)
            changes = self.edits.set_text(ids, field, dialog.value_edit.text())
            self.show_message(lambda: self.tr("Files changed: %n.", "", len(changes)))

        dialog.apply = apply
        dialog.open()
        self._dialog: QDialog = dialog  # kept for tests and so it is not collected while open

    def fill_down(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            self.show_message(lambda: self.tr("Select two or more rows to fill down."), error=True)
            return
        changes = self.edits.fill_down(ids, self.current_field())
        self.show_message(lambda: self.tr("Files filled: %n.", "", len(changes)))

    def open_find_replace(self) -> None:
        ids = self.selected_ids() or [self.model.item_id(r) for r in range(self.model.rowCount())]
        dialog = FindReplaceDialog(len(ids), self)

        def apply() -> None:
            if not dialog.find_edit.text():
                return
            changes = self.edits.find_replace(
                ids,
                [self._field_name(field) for field in dialog.fields()],
                dialog.find_edit.text(),
                dialog.replace_edit.text(),
                regex=dialog.regex_box.isChecked(),
                case_sensitive=dialog.case_box.isChecked(),
            )
            self.show_message(lambda: self.tr("Fields changed: %n.", "", len(changes)))

        dialog.apply = apply
        dialog.open()
        self._dialog = dialog

    def show_message(
        self, text: TextMaker | str, *, error: bool = False, details: str | None = None
    ) -> None:
        """A line under the table: what an edit did, or why it was refused (a function
        making the text is made again in a new language)."""
        self.message_label.show_message(text, problem=error, details=details)

    # -- internals ---------------------------------------------------------------------
    def _field_name(self, field: str) -> str:
        return f"{field}:{self.model.language}" if field in ("description", "caption") else field

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_edit.text(), self.problems_only.isChecked())

    def _on_reset(self) -> None:
        self.current_changed.emit(-1)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.item_id(current.row()) if current.isValid() else -1)
