"""Background heartbeat: is the wiki reachable, and if so, send what waits in the outbox.

Every ``interval`` (and at start and on demand) one check
(:func:`desktop_app.services.link_monitor.check_and_sync`) runs off the GUI thread through
:mod:`desktop_app.ui.operations`. Replies to sent requests are read at most every
:data:`REPLIES_INTERVAL_S` while online (one page read per helpdesk page), inside the same
check, so checks, sends and reply reads never overlap: a request during a check runs once
afterwards. "Check now" (:meth:`SyncMonitor.send_now`) sends everything waiting without
waiting for the retry backoff, and reads replies too.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.services import link_monitor
from desktop_app.services.link_monitor import LinkState, MonitorReport
from desktop_app.ui.operations import Operation, run_in_background

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 60_000
REPLIES_INTERVAL_S = 15 * 60  # the helpdesk answers in hours, not minutes


class SyncMonitor(QObject):
    """Runs :func:`check_and_sync` now and then; reports through signals on the GUI thread."""

    state_changed = Signal(str, str)  # LinkState value, technical detail (for the log only)
    reachable_changed = Signal(bool)  # did the wiki answer the last probe
    pending_changed = Signal(int)  # requests waiting to be sent
    uploads_pending_changed = Signal(int)  # files waiting to be uploaded
    outbox_changed = Signal()  # a sync pass ran: request lists should reload
    replies_arrived = Signal(int)  # how many new replies were stored
    check_finished = Signal()

    def __init__(
        self,
        ctx: AppContext,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: QObject | None = None,
        replies_interval_s: float = REPLIES_INTERVAL_S,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._operation: Operation[MonitorReport] | None = None
        self._again = False
        self._again_forced = False
        self._replies_interval_s = replies_interval_s
        self._last_replies_fetch: float | None = None  # time.monotonic(); None: never
        self._stopped = False
        self.state = LinkState.CHECKING
        self.detail = ""
        self.reachable: bool | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)

    @property
    def busy(self) -> bool:
        return self._operation is not None

    def start(self) -> None:
        """Check now and then every interval."""
        self._stopped = False
        self._timer.start()
        self.check_now()

    def stop(self) -> None:
        """No more checks; a running one is asked to skip its sync pass."""
        self._timer.stop()
        self._stopped = True
        self._again = False
        if self._operation is not None:
            self._operation.cancel()

    def refresh_pending(self) -> None:
        """Re-count the outbox and the upload queue (cheap, local) after the UI queued
        something."""
        self.pending_changed.emit(link_monitor.pending_requests(self._ctx))
        self.uploads_pending_changed.emit(link_monitor.pending_uploads(self._ctx))

    def replies_due(self) -> bool:
        """True when replies were never read or not for :data:`REPLIES_INTERVAL_S`."""
        last = self._last_replies_fetch
        return last is None or time.monotonic() - last >= self._replies_interval_s

    def send_now(self) -> None:
        """The user's "Check now": send everything waiting (no backoff) and read replies."""
        self.check_now(force=True)

    def check_now(self, *, force: bool = False) -> None:
        """Start a check unless one runs; then remember to run once more afterwards."""
        if self._operation is not None:
            self._again = True
            self._again_forced = self._again_forced or force
            return
        if self._stopped:
            return
        ctx = self._ctx
        fetch = force or self.replies_due()
        self._operation = run_in_background(
            lambda op: link_monitor.check_and_sync(ctx, op, force=force, fetch_replies=fetch),
            success=self._on_report,
            failure=self._on_failure,
            cancelled=self._on_done,
            name="sync-monitor-check",
            owner=self,
        )

    def _on_report(self, report: MonitorReport) -> None:
        if report.reachable is not None and report.reachable != self.reachable:
            self.reachable = report.reachable
            self.reachable_changed.emit(report.reachable)
        self._set_state(report.state, report.detail)
        self.pending_changed.emit(report.pending)
        self.uploads_pending_changed.emit(report.uploads_pending)
        if report.replies is not None:
            self._last_replies_fetch = time.monotonic()
        if report.sync is not None:
            self.outbox_changed.emit()
        if report.replies is not None and report.replies.new:
            self.replies_arrived.emit(report.replies.new)
        self._on_done()

    def _on_failure(self, error: BaseException) -> None:
        # Already logged with its traceback by the operations helper; the detail is for
        # the log line, never for a tooltip.
        self._set_state(LinkState.OFFLINE, f"{type(error).__name__}: {error}")
        self._on_done()

    def _on_done(self) -> None:
        self._operation = None
        self.check_finished.emit()
        again, self._again = self._again, False
        forced, self._again_forced = self._again_forced, False
        if again and not self._stopped:
            self.check_now(force=forced)

    def _set_state(self, state: str, detail: str) -> None:
        if (state, detail) != (self.state, self.detail):
            log.info("Connection state: %s (%s)", state, detail)
        self.state, self.detail = state, detail
        self.state_changed.emit(state, detail)
