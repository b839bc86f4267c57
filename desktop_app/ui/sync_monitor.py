"""Background heartbeat: is the wiki reachable, and if so, send what waits in the outbox.

Every ``interval`` (and at start and on demand) one check runs off the GUI thread through
:mod:`desktop_app.ui.operations`. The periodic check is a single cheap probe without login
— on a metered link a login every minute would cost more than the requests we send. Only
when something is waiting does ``sync_once`` run, and that logs in; a refused login shows
as "login failed". Replies to sent requests are read at most every
:data:`REPLIES_INTERVAL_S` while online (one page read per helpdesk page), inside the same
check, so checks, sends and reply reads never overlap: a request during a check runs once
afterwards. "Check now" (:meth:`SyncMonitor.send_now`) sends everything waiting without
waiting for the retry backoff, and reads replies too.

The connectivity module is imported here, on the GUI thread, on purpose: a first import
on a worker thread is slower under PySide6 (its import hook inspects every new module).
The delivery stack (pywikibot and all) is imported only when there is something to send.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import load_settings
from desktop_app.sync.outbox import SyncReport, pending_count
from desktop_app.ui.operations import OpContext, Operation, run_in_background
from desktop_app.wiki.connectivity import check_connectivity

if TYPE_CHECKING:
    from desktop_app.sync.replies import RepliesReport

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 60_000
PROBE_TIMEOUT_S = 5.0
REPLIES_INTERVAL_S = 15 * 60  # the helpdesk answers in hours, not minutes


class LinkState:
    """What the status bar shows (plain strings, so it works before the sync layer loads)."""

    CHECKING = "checking"
    ONLINE = "online"
    OFFLINE = "offline"
    LOGIN_FAILED = "login_failed"
    UNCONFIGURED = "unconfigured"


# Why ``sync_once`` stopped early → what the user should see.
_HALT_STATES = {
    "offline": LinkState.OFFLINE,
    "login_failed": LinkState.LOGIN_FAILED,
    "no_password": LinkState.UNCONFIGURED,
    "not_configured": LinkState.UNCONFIGURED,
}


@dataclass(frozen=True)
class MonitorReport:
    """The outcome of one check (and sync pass, if one ran)."""

    state: str
    detail: str
    pending: int
    sync: SyncReport | None = None
    replies: RepliesReport | None = None


def check_and_sync(
    ctx: AppContext,
    op: OpContext,
    timeout: float = PROBE_TIMEOUT_S,
    *,
    force: bool = False,
    fetch_replies: bool = False,
) -> MonitorReport:
    """Probe the configured wiki; when online, deliver what waits and maybe read replies.

    ``force`` delivers every waiting entry, not only the due ones (the user pressed
    "Check now"). ``fetch_replies`` also reads the helpdesk pages for replies.
    Blocking (network): runs on a worker thread only.
    """
    with ctx.db.session() as session:
        settings = load_settings(session)
    result = check_connectivity(settings.wiki_api_url, timeout=timeout)
    pending = pending_count(ctx.db)
    state, detail = str(result.state), result.detail
    if state != LinkState.ONLINE or op.cancelled:
        return MonitorReport(state, detail, pending)
    if pending == 0:
        replies = run_reply_fetch(ctx) if fetch_replies else None
        return MonitorReport(state, detail, pending, replies=replies)

    op.progress(0, pending, "sync")
    report = run_sync_pass(ctx, due_only=not force, fetch_replies=fetch_replies)
    if report.halted_by:
        state = _HALT_STATES.get(report.halted_by, LinkState.OFFLINE)
        detail = "; ".join(str(error.get("message", "")) for error in report.errors[-1:])
    replies = getattr(report, "replies", None)
    return MonitorReport(state, detail, report.remaining, report, replies)


def run_sync_pass(
    ctx: AppContext, *, due_only: bool = True, fetch_replies: bool = False
) -> SyncReport:
    """One pass over the (due) outbox entries, replies read if asked (blocking; worker)."""
    from desktop_app.services.sync_pass import sync_once

    return sync_once(ctx, due_only=due_only, fetch_replies=fetch_replies)


def run_reply_fetch(ctx: AppContext) -> RepliesReport:
    """Read replies to recently sent requests and store new ones (blocking; worker)."""
    from desktop_app.services.sync_pass import fetch_replies

    return fetch_replies(ctx)


class SyncMonitor(QObject):
    """Runs :func:`check_and_sync` now and then; reports through signals on the GUI thread."""

    state_changed = Signal(str, str)  # LinkState value, technical detail
    pending_changed = Signal(int)
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
        """Re-count the outbox (cheap, local) after the UI queued something."""
        self.pending_changed.emit(pending_count(self._ctx.db))

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
            lambda op: check_and_sync(ctx, op, force=force, fetch_replies=fetch),
            success=self._on_report,
            failure=self._on_failure,
            cancelled=self._on_done,
            name="sync-monitor-check",
            owner=self,
        )

    def _on_report(self, report: MonitorReport) -> None:
        self._set_state(report.state, report.detail)
        self.pending_changed.emit(report.pending)
        if report.replies is not None:
            self._last_replies_fetch = time.monotonic()
        if report.sync is not None:
            self.outbox_changed.emit()
        if report.replies is not None and report.replies.new:
            self.replies_arrived.emit(report.replies.new)
        self._on_done()

    def _on_failure(self, error: BaseException) -> None:
        # Already logged with its traceback by the operations helper.
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
