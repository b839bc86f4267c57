"""Media area: a partner's files, imported into a batch, described and checked for Commons.

The area wires parts together and holds no state of its own beyond "which batch, which
file": rows come from the database (``load_table``, in the background, and only once the
area has been shown — a start that never opens Media reads none of a big batch), edits
go through :class:`~desktop_app.ui.media.edits.BatchEdits` (undoable), checks run in the
background after every change and feed the status column and the problems panel.
"""

from __future__ import annotations

import itertools
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.core.media_fields import FieldError
from desktop_app.core.problems import Problem
from desktop_app.core.titles import PatternError
from desktop_app.services.media_batches import BatchInfo, batch_info, batch_of_item
from desktop_app.services.media_checks import batch_problems, file_type_policy
from desktop_app.services.media_detail import item_detail
from desktop_app.services.media_edit import FieldChange, TableCells, load_table
from desktop_app.services.media_import import ImportReport
from desktop_app.services.media_online import OnlineFindings
from desktop_app.ui.areas.base import AREA_MARGIN, Area, body_label, heading_label
from desktop_app.ui.disk_full import save_error_text
from desktop_app.ui.media.batch_actions import BatchActions
from desktop_app.ui.media.batch_bar import BatchBar
from desktop_app.ui.media.detail_pane import DetailPane
from desktop_app.ui.media.edits import BatchEdits
from desktop_app.ui.media.problem_text import field_error_message
from desktop_app.ui.media.sheet_actions import SheetActions
from desktop_app.ui.media.table_editor import MediaTableEditor
from desktop_app.ui.media.table_model import MediaTableModel
from desktop_app.ui.media.thumbnails import ThumbnailLoader
from desktop_app.ui.message_label import Notice
from desktop_app.ui.operations import OpContext, Operation, run_in_background
from desktop_app.ui.scrolling import VerticalScroll
from desktop_app.ui.text_patterns import listing

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext

log = logging.getLogger(__name__)

CHECK_DELAY_MS = 700  # edits in quick succession share one background check
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
        self._loading: Operation[tuple[list[TableCells], BatchInfo | None]] | None = None
        self._load_again = False  # asked to reload while a load was running
        self._loading_count: int | None = None  # files the running load reads, once known
        # Rows are read when the area is first shown, not when it is built: a start that
        # never opens Media must not spend memory and CPU on a big batch.
        self._shown_once = False
        self._rows_wanted = False
        self._checking: Operation[dict[int, tuple[Problem, ...]]] | None = None
        self._checks_stale = False
        self._batch: BatchInfo | None = None
        self._wanted_item: int | None = None  # asked for from elsewhere, selected once loaded
        # The wiki's last answer for the open batch: later offline re-checks keep showing
        # its duplicates and title clashes instead of forgetting them at the next edit.
        self._online: OnlineFindings | None = None
        self.setAcceptDrops(True)

        self.title_label = heading_label(self)
        self.title_label.setObjectName("areaTitle")
        self.intro_label = body_label(self)
        self.edits = BatchEdits(self.ctx.db, self)
        self.thumbnails = ThumbnailLoader(self.ctx.paths.cache / "thumbs", self)
        self.model = MediaTableModel(self.edits, self.thumbnails)
        self.batch_bar = BatchBar(self.ctx.db, self)
        self.table = MediaTableEditor(self.model, self.edits, self)
        self.detail = DetailPane(self.thumbnails, self)
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

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_checks)
        self._wire()
        self.retranslate_ui()
        # No batch is opened here: on_shown opens it, so a big batch's rows are not read
        # at every start while the user works elsewhere (issue 11).

    def _wire(self) -> None:
        self.batch_bar.batch_chosen.connect(self._on_batch_chosen)
        self.batch_bar.imported.connect(self._on_imported)
        self.table.current_changed.connect(lambda _id: self.show_current())
        self.edits.fields_changed.connect(self._on_fields_changed)
        self.edits.batch_changed.connect(self._on_batch_changed)
        self.detail.fields.commit.connect(self._commit_field)
        self.detail.pattern.apply_requested.connect(self.apply_pattern)
        self.detail.settings.batch_licence_chosen.connect(self._set_batch_licence)
        self.detail.settings.file_licence_chosen.connect(
            lambda licence: self._commit_field("licence", licence)
        )
        self.detail.settings.gps_policy_chosen.connect(self.edits.set_gps_policy)
        self.detail.problems.fix_requested.connect(self.apply_fix)
        self.sheets.message.connect(self._show_message)
        self.batch_actions.message.connect(self._show_message)
        self.batch_actions.findings.connect(self._on_online_findings)
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
        self._shown_once = True
        if self._rows_wanted:
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
            self._online = None
            self.model.set_rows([], "en", None)  # never the old batch's rows under the new name
        elif self.is_loading():
            return  # the running load reads this batch already (first show + refresh)
        self.batch_actions.set_batch(new_id)
        self.reload()

    def is_loading(self) -> bool:
        """True while the open batch's rows are being read in the background."""
        return self._loading is not None and self._loading.is_running

    def reload(self) -> None:
        """Read the open batch's rows in the background (once the area has been shown)."""
        batch_id = self.edits.batch_id
        if batch_id is None:
            self._batch = None
            self._rows_wanted = False
            self.model.set_rows([], "en", None)
            self._update_empty_state()
            return
        if not self._shown_once:
            self._rows_wanted = True  # read when first shown (see showEvent)
            return
        self._rows_wanted = False
        if self.is_loading():
            self._load_again = True  # when this one is done: what it read may be older
            return
        db = self.ctx.db

        def load(context: OpContext) -> tuple[list[TableCells], BatchInfo | None]:
            info = batch_info(db, batch_id)
            if info is None:
                return [], None
            context.progress(0, info.items)  # "Loading 50,000 files…" while they come
            return load_table(db, batch_id, info.language), info

        self._loading_count = None
        self._loading = run_in_background(
            load,
            success=self._on_loaded,
            progress=self._on_loading_progress,
            name="load media rows",
            owner=self,
        )
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

    def _on_loading_progress(self, _done: int, total: int, _text: str) -> None:
        self._loading_count = total
        self._update_empty_state()

    def _on_loaded(self, result: tuple[list[TableCells], BatchInfo | None]) -> None:
        self._loading = None
        rows, info = result
        if self._load_again:
            self._load_again = False
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
        elif (self.is_loading() or self._rows_wanted) and self.model.total_rows() == 0:
            if self._loading_count:
                text = self.tr("Loading %Ln files…", "", self._loading_count)
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
    def _commit_field(self, field: str, text: str) -> None:
        item_id = self.detail.fields.item_id  # the file the text was typed for
        if item_id is None:
            return
        try:
            self.edits.set_text([item_id], field, text, typing=True)
        except FieldError as exc:
            self.detail.fields.show_error(field_error_message(exc))
            return
        except Exception as error:  # a full disk: the text stays, and is saved again later
            log.exception("Saving %s of media item %s failed", field, item_id)
            self.detail.fields.commit_failed(field, save_error_text(error, self.ctx.paths.root))
            return
        self.detail.fields.show_error("")

    def apply_pattern(self, pattern: str) -> None:
        """Titles from ``pattern`` for the selected files; the pattern is kept for the batch."""
        ids = self.table.selected_ids() or [i for i in [self.table.current_id()] if i is not None]
        if not ids or self.edits.batch_id is None:
            return
        pattern = pattern.strip() or self.detail.pattern.pattern_edit.placeholderText()
        try:
            changes = self.edits.apply_pattern(ids, pattern)
        except PatternError as exc:
            unknown = listing(exc.unknown)
            self.table.show_message(
                lambda: self.tr("Unknown placeholders: {fields}").format(fields=unknown),
                error=True,
            )
            return
        self.edits.set_pattern(pattern)
        self.table.show_message(lambda: self.tr("New titles: %n.", "", len(changes)))

    def apply_fix(self, fix: str, argument: str) -> None:
        """Carry out a problem's fix (from the problems panel)."""
        if fix == "set-licence" and argument:
            self._set_batch_licence(argument)
        elif fix == "strip-gps":
            self.edits.set_gps_policy("strip")
        elif fix == "apply-title-pattern":
            self.apply_pattern(self.detail.pattern.pattern())
        elif fix == "replace-title-characters" and argument:
            current = self.table.current_id()
            if current is not None:
                self.edits.set_text([current], "title", argument)

    def _set_batch_licence(self, licence_id: str) -> None:
        self.edits.set_licence(licence_id or None)

    def _on_fields_changed(self, changes: list[FieldChange]) -> None:
        current = self.table.current_id()
        if current is not None and any(change.item_id == current for change in changes):
            self.show_current()
        self._schedule_checks()

    def _on_batch_changed(self) -> None:
        batch_id = self.edits.batch_id
        self._batch = batch_info(self.ctx.db, batch_id) if batch_id is not None else None
        if self._batch is not None:
            self.model.set_batch_licence(self._batch.licence_id)
            self._show_batch_settings()
        self.show_current()
        self._schedule_checks()

    # -- checks ---------------------------------------------------------------------------
    def _schedule_checks(self) -> None:
        self._check_timer.start()

    def run_checks(self) -> None:
        """Check the whole batch in the background; the status column and panel follow."""
        batch_id = self.edits.batch_id
        if batch_id is None:
            return
        if self._checking is not None and self._checking.is_running:
            self._checks_stale = True  # run again when this one is done
            return
        db, cache = self.ctx.db, self.ctx.paths.cache
        online = self._online if self._online and self._online.batch_id == batch_id else None

        def work(_context: OpContext) -> dict[int, tuple[Problem, ...]]:
            # The policy the upload uses too: the wiki's as last read, else Commons' list.
            policy = online.policy if online else file_type_policy(cache)
            return batch_problems(db, batch_id, policy, online.findings if online else None)

        self._checks_stale = False
        self._checking = run_in_background(
            work,
            success=lambda checks: self._on_checks(batch_id, checks),
            name="check media batch",
            owner=self,
        )

    def _on_checks(self, batch_id: int, checks: dict[int, tuple[Problem, ...]]) -> None:
        if batch_id == self.edits.batch_id:
            self.model.set_checks(checks)
            current = self.table.current_id()
            if current is not None:
                self.detail.problems.show_problems(self.model.check_for(current))
        if self._checks_stale:
            self.run_checks()

    def _on_online_findings(self, online: OnlineFindings) -> None:
        """The wiki answered about the open batch: keep its findings and check again."""
        if online.batch_id != self.edits.batch_id:
            return
        self._online = online
        self.run_checks()

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
