"""Uploads area: files on their way to Wikimedia Commons, what needs the user, the report.

The queue lives in the database (it survives restarts); this area shows it, refreshed
on a timer while visible and files are moving, with the worker's live progress on top.
The area owns the :class:`UploadWorkerHost` unless the main window hands it one, and
starts it when files wait, so an interrupted queue continues after a restart by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop_app.ui.accessible import describe_tab_bar
from desktop_app.ui.areas.base import AREA_MARGIN, Area, body_label, heading_label
from desktop_app.ui.uploads.queue_view import QueueView
from desktop_app.ui.uploads.report_view import ReportView
from desktop_app.ui.uploads.worker_host import UploadWorkerHost

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext
    from desktop_app.sync.uploads.engine import UploadProgress

REFRESH_ACTIVE_MS = 1500  # while files move: the table follows closely
REFRESH_IDLE_MS = 15_000  # otherwise: notice jobs the CLI or another window queued
STATE_CHANGE_DELAY_MS = 150  # a finished file shows its final state almost at once


class UploadsArea(Area):
    """Queue and report tabs. ``showMediaItem(id)``: open that file in the Media area."""

    showMediaItem = Signal(int)
    queue_changed = Signal()
    settings_requested = Signal()  # the account is what stops the queue
    pending_changed = Signal(int)  # files still on their way (the status bar counts them)
    account_halt_changed = Signal(str)  # the account code the runner stopped on, or ""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        host: UploadWorkerHost | None = None,
        autostart: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host = host if host is not None else UploadWorkerHost(self.ctx, self)

        self.title_label = heading_label(self)
        self.title_label.setObjectName("areaTitle")
        self.intro_label = body_label(self)
        self.tabs = QTabWidget(self)  # before its pages: Tab reaches the tab bar first
        self.tabs.setObjectName("uploadTabs")
        self.queue_view = QueueView(self.ctx, self.host, self)
        self.report_view = ReportView(self.ctx, self)
        self.tabs.addTab(self.queue_view, "")
        self.tabs.addTab(self.report_view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(AREA_MARGIN, AREA_MARGIN, AREA_MARGIN, AREA_MARGIN)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(STATE_CHANGE_DELAY_MS)
        self._soon.timeout.connect(self.refresh)
        self._last_states: dict[int, str] = {}
        self._told: tuple[int, str] | None = None  # (pending, account halt) last signalled

        self.queue_view.showMediaItem.connect(self.showMediaItem)
        self.queue_view.settings_requested.connect(self.settings_requested)
        self.queue_view.changed.connect(self.queue_changed)
        self.host.progress.connect(self._on_progress)
        self.host.running_changed.connect(lambda _running: self._schedule())
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.retranslate_ui()
        self.refresh()
        if autostart:  # tests start the worker themselves
            self.host.start_if_pending()

    def nav_label(self) -> str:
        return self.tr("Uploads")

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Re-read the queue now (cheap) and choose how soon to look again."""
        self.queue_view.refresh()
        self._schedule()
        snapshot = self.queue_view.snapshot
        told = (snapshot.pending, snapshot.account_halt())
        if told != self._told:
            self._told = told
            self.pending_changed.emit(told[0])
            self.account_halt_changed.emit(told[1])

    def show_batch_report(self, batch_id: int) -> None:
        """Open the report tab on one batch (asked for from elsewhere)."""
        self.tabs.setCurrentWidget(self.report_view)
        self.report_view.reload_batches(prefer=batch_id)

    def batch_queued(self) -> None:
        """Files were queued elsewhere (the Media area's "Upload"): show and send them."""
        self.refresh()
        self.host.wake()

    def on_link_state(self, state: str, detail: str = "") -> None:
        """For ``SyncMonitor.state_changed``: banner text, and resume when back online."""
        self.queue_view.set_link_state(state)
        self.host.on_link_state(state, detail)

    def shutdown(self) -> None:
        """Stop the worker (after its current chunk); for the main window's close."""
        self._timer.stop()
        self.host.stop()

    def retranslate_ui(self) -> None:
        describe_tab_bar(self.tabs)
        self.title_label.setText(self.tr("Uploads"))
        self.intro_label.setText(
            self.tr(
                "Files on their way to Wikimedia Commons. They wait while you are offline and "
                "continue where they stopped when the connection returns, also after a restart."
            )
        )
        self.tabs.setTabText(0, self.tr("&Queue"))
        self.tabs.setTabText(1, self.tr("&Report"))

    # -- internals -------------------------------------------------------------------------
    def _schedule(self) -> None:
        busy = self.host.running and self.queue_view.snapshot.pending > 0
        interval = REFRESH_ACTIVE_MS if busy else REFRESH_IDLE_MS
        if self._timer.interval() != interval or not self._timer.isActive():
            self._timer.start(interval)

    def _tick(self) -> None:
        # Hidden, the table need not be read, but the status bar still counts the files.
        if self.isVisible() or self.host.running:
            self.refresh()

    def _on_progress(self, report: UploadProgress) -> None:
        # A new state (uploaded, needs a decision...) is worth a database read now.
        if self._last_states.get(report.job_id) != report.state:
            self._last_states[report.job_id] = report.state
            self._soon.start()

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.report_view:
            # The batch chosen in the queue is the one whose report is wanted.
            key = self.queue_view.batches.current_key()
            self.report_view.reload_batches(prefer=key if isinstance(key, int) else None)
