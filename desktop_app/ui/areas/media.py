"""Media area: a partner's files, imported into a batch, described and checked for Commons.

The area wires parts together and holds no state of its own beyond "which batch, which
file": rows come from the database (:class:`~desktop_app.ui.media.batch_rows.BatchRows`:
in the background, and only once the area has been shown), edits go through
:class:`~desktop_app.ui.media.edits.BatchEdits` (undoable), checks
(:class:`~desktop_app.ui.media.batch_checker.BatchChecker`) run in the background after
every change and feed the status column and the problems panel.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.core.problems import Problem
from desktop_app.services.media_batches import BatchInfo, batch_info, batch_of_item
from desktop_app.services.media_detail import item_detail
from desktop_app.services.media_edit import FieldChange, TableCells
from desktop_app.services.media_import import ImportReport
from desktop_app.ui.areas.base import AREA_MARGIN, Area, body_label, heading_label
from desktop_app.ui.media.batch_actions import BatchActions
from desktop_app.ui.media.batch_bar import BatchBar
from desktop_app.ui.media.batch_checker import BatchChecker
from desktop_app.ui.media.batch_rows import BatchRows
from desktop_app.ui.media.detail_actions import DetailActions
from desktop_app.ui.media.detail_pane import DetailPane
from desktop_app.ui.media.edits import BatchEdits
from desktop_app.ui.media.sheet_actions import SheetActions
from desktop_app.ui.media.table_editor import MediaTableEditor
from desktop_app.ui.media.table_model import MediaTableModel
from desktop_app.ui.media.thumbnails import ThumbnailLoader
from desktop_app.ui.message_label import Notice
from desktop_app.ui.scrolling import VerticalScroll

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext


AFTER_PAINT_MS = 200  # background work after a load waits for the rows to be painted


class MediaArea(Area):
    """Batch bar above; the table and the selected file's detail side by side.

    ``batchQueued(batch_id)``: "Upload ready files" (:class:`BatchActions`) queued at
    least one file; the main window hands it to the Uploads area, whose worker sends them.
    """

    batchQueued = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._batch: BatchInfo | None = None
        self._wanted_item: int | None = None  # asked for from elsewhere, selected once loaded
        self.setAcceptDrops(True)

        self.title_label = heading_label(self)
        self.title_label.setObjectName("areaTitle")
        self.intro_label = body_label(self)
        self.edits = BatchEdits(self.ctx.db, self)
        # Rows are read when the area is first shown, not when it is built: a start that
        # never opens Media must not spend memory and CPU on a big batch.
        self.batch_rows = BatchRows(self.ctx.db, self)
        self.checker = BatchChecker(self.ctx.db, self.ctx.paths.cache, self.edits, self)
        self.thumbnails = ThumbnailLoader(self.ctx.paths.cache / "thumbs", self)
        self.model = MediaTableModel(self.edits, self.thumbnails)
        self.batch_bar = BatchBar(self.ctx.db, self)
        self.table = MediaTableEditor(self.model, self.edits, self)
        self.detail = DetailPane(self.thumbnails, self)
        self.detail_actions = DetailActions(
            self.edits, self.table, self.detail, self.ctx.paths.root, self
        )
        self.sheets = SheetActions(self.ctx.db, self.edits, self)
        self.table.toolbar.addSeparator()
        self.table.toolbar.addAction(self.sheets.export_action)
        self.table.toolbar.addAction(self.sheets.import_sheet_action)
        self.batch_actions = BatchActions(self.ctx, self)
        for action in (self.table.undo_action, self.table.redo_action):
            self.addAction(action)  # Ctrl+Z works in the detail pane's buttons too

        self.empty_label = body_label(self)
        self.empty_label.setObjectName("emptyStateText")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        # When the window is short (150 % scale on a 768-line screen) the file's details
        # scroll as a whole; squeezed, the preview and the tabs were drawn over each other.
        self.detail_scroll = VerticalScroll(self.detail, self)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # Start at 3:2 whatever the widgets' size hints say: with long translations the
        # table's toolbar asked for so much that the detail pane began cramped.
        self.splitter.setSizes([3000, 2000])
        self.splitter.setChildrenCollapsible(False)
        self.content = QStackedWidget(self)
        self.content.addWidget(self.empty_label)
        self.content.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(AREA_MARGIN, AREA_MARGIN, AREA_MARGIN, AREA_MARGIN)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.batch_bar)
        layout.addWidget(self.batch_actions)
        # The table's tools across the whole width: in the table's own column they wrapped
        # onto three lines in a longer language and took the table's rows.
        layout.addWidget(self.table.toolbar)
        layout.addWidget(self.content, 1)

        self._wire()
        self.retranslate_ui()
        # No batch is opened here: on_shown opens it, so a big batch's rows are not read
        # at every start while the user works elsewhere (issue 11).

    def _wire(self) -> None:
        self.batch_rows.loaded.connect(self._on_loaded)
        self.batch_rows.counted.connect(self._update_empty_state)
        self.checker.checked.connect(self._on_checks)
        self.batch_bar.batch_chosen.connect(self._on_batch_chosen)
        self.batch_bar.imported.connect(self._on_imported)
        self.table.current_changed.connect(lambda _id: self.show_current())
        self.edits.fields_changed.connect(self._on_fields_changed)
        self.edits.batch_changed.connect(self._on_batch_changed)
        self.sheets.message.connect(self._show_message)
        self.batch_actions.message.connect(self._show_message)
        self.batch_actions.findings.connect(self.checker.take_online)
        self.batch_actions.batch_queued.connect(self.batchQueued)

    # -- Area ----------------------------------------------------------------------------
    def nav_label(self) -> str:
        return self.tr("Media")

    def on_shown(self) -> None:
        self.batch_bar.refresh()
        self.set_tab_order()

    def set_tab_order(self) -> None:
        """Tab goes row by row as the area is drawn: the batch, "Look again", its actions, the
        table's tools, the filter, the table, then the file's details (not in the order the rows
        were built, which put the tools after the table)."""
        bar = self.batch_bar
        chain: list[QWidget] = [
            bar.batch_combo,
            bar.new_button,
            bar.files_button,
            bar.folder_button,
            bar.sheet_button,
            bar.rescan_button,
            *self.batch_actions.tab_stops(),
            *self.table.toolbar.tab_stops(),
            self.table.filter_edit,
            self.table.problems_only,
            self.table.view,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def search_field(self) -> QWidget | None:
        return self.table.filter_edit

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.batch_rows.shown():
            self.reload()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Media"))
        self.intro_label.setText(
            self.tr(
                "Prepare a partner's files for Commons: import them into a batch, describe "
                "them, and fix what the checks find. Everything is saved at once, offline."
            )
        )
        self.sheets.retranslate()
        self._update_empty_state()

    def _show_message(self, notice: Notice) -> None:
        self.table.message_label.show_notice(notice)

    # -- batch and rows -----------------------------------------------------------------
    def _on_batch_chosen(self, batch_id: int) -> None:
        new_id = batch_id if batch_id >= 0 else None
        if new_id != self.edits.batch_id:
            self.edits.set_batch(new_id)
            self.detail.show_item(None)
            self.checker.forget_online()
            self.model.set_rows([], "en", None)  # never the old batch's rows under the new name
        elif self.is_loading():
            return  # the running load reads this batch already (first show + refresh)
        self.batch_actions.set_batch(new_id)
        self.reload()

    def is_loading(self) -> bool:
        """True while the open batch's rows are being read in the background."""
        return self.batch_rows.is_loading()

    def reload(self) -> None:
        """Read the open batch's rows in the background (once the area has been shown)."""
        batch_id = self.edits.batch_id
        if batch_id is None:
            self._batch = None
            self.batch_rows.wanted = False
            self.model.set_rows([], "en", None)
            self._update_empty_state()
            return
        if self.batch_rows.load(batch_id):
            self._update_empty_state()

    def open_item(self, item_id: int) -> None:
        """Open the batch holding ``item_id`` and select that file (e.g. "Fix metadata")."""
        batch_id = batch_of_item(self.ctx.db, item_id)
        if batch_id is None:
            return
        if batch_id == self.edits.batch_id and self.model.row_of(item_id) is not None:
            self.table.select_ids([item_id])
            return
        self._wanted_item = item_id
        if batch_id != self.edits.batch_id:
            self.batch_bar.refresh(select=batch_id)

    def _select_wanted(self) -> bool:
        """Select the file asked for by :meth:`open_item` once its row is loaded."""
        if self._wanted_item is None or self.model.row_of(self._wanted_item) is None:
            return False
        self.table.select_ids([self._wanted_item])
        self._wanted_item = None
        return True

    def _on_loaded(self, result: tuple[list[TableCells], BatchInfo | None]) -> None:
        rows, info = result
        if self.batch_rows.take_again():
            self.reload()  # started before showing these: the newer rows follow
        if info is None or info.id != self.edits.batch_id:
            self._update_empty_state()
            return  # another batch was chosen meanwhile; its own load follows
        current = self.table.current_id()
        self._batch = info
        self.model.set_rows(rows, info.language, info.licence_id)
        self._show_batch_settings()
        self._update_empty_state()
        if self._select_wanted():
            pass
        elif current is not None and self.model.row_of(current) is not None:
            self.table.select_ids([current])
        elif rows:
            self.table.select_ids([self.model.item_id(0)])
        # Checks hold the interpreter for seconds: let the rows paint first.
        QTimer.singleShot(AFTER_PAINT_MS, self, self.run_checks)

    def _on_imported(self, report: ImportReport) -> None:
        self.thumbnails.clear_memory()
        self.reload()
        if report.files and self.edits.batch_id == report.batch_id:
            self.batch_bar.refresh()

    def _update_empty_state(self) -> None:
        if self.batch_bar.batch_id is None:
            text = self.tr(
                "No batches yet. Press “New batch…” to start one for a partnership; then "
                "import files or drag a folder here."
            )
        elif (self.is_loading() or self.batch_rows.wanted) and self.model.total_rows() == 0:
            if self.batch_rows.count:
                text = self.tr("Loading %Ln files…", "", self.batch_rows.count)
            else:
                text = self.tr("Loading files…")
        else:
            text = self.tr(
                "This batch has no files yet. Press “Import files…” or “Import folder…”, "
                "or drag files and folders here. The files themselves are never changed."
            )
        self.empty_label.setText(text)
        has_rows = self.model.total_rows() > 0
        self.content.setCurrentWidget(self.splitter if has_rows else self.empty_label)
        self.table.toolbar.setVisible(has_rows)

    # -- detail ---------------------------------------------------------------------------
    def show_current(self) -> None:
        """Show the current row's file in the detail pane (read fresh from the database)."""
        item_id = self.table.current_id()
        if item_id is None:
            self.detail.show_item(None)
            return
        detail = item_detail(self.ctx.db, item_id)
        self.detail.show_item(detail, self.model.check_for(item_id))

    def _show_batch_settings(self) -> None:
        if self._batch is not None:
            self.detail.settings.show_batch(self._batch.licence_id, self._batch.gps_policy)
            self.detail.pattern.set_pattern(self._batch.title_pattern)

    # -- edits ----------------------------------------------------------------------------
    def _on_fields_changed(self, changes: list[FieldChange]) -> None:
        current = self.table.current_id()
        if current is not None and any(change.item_id == current for change in changes):
            self.show_current()
        self.checker.schedule()

    def _on_batch_changed(self) -> None:
        batch_id = self.edits.batch_id
        self._batch = batch_info(self.ctx.db, batch_id) if batch_id is not None else None
        if self._batch is not None:
            self.model.set_batch_licence(self._batch.licence_id)
            self._show_batch_settings()
        self.show_current()
        self.checker.schedule()

    # -- checks ---------------------------------------------------------------------------
    def run_checks(self) -> None:
        """Check the whole batch in the background; the status column and panel follow."""
        self.checker.run()

    def _on_checks(self, batch_id: int, checks: dict[int, tuple[Problem, ...]]) -> None:
        if batch_id == self.edits.batch_id:
            self.model.set_checks(checks)
            current = self.table.current_id()
            if current is not None:
                self.detail.problems.show_problems(self.model.check_for(current))

    # -- drag and drop --------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.batch_bar.start_import(paths)
