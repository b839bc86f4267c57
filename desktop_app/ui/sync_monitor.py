"""Background heartbeat: is the wiki reachable, and if so, send what waits in the outbox.

Every ``interval`` (and at start and on demand) one check runs off the GUI thread through
:mod:`desktop_app.ui.operations`. The periodic check is a single cheap probe without login
— on a metered link a login every minute would cost more than the requests we send. Only
when something is waiting does ``sync_once`` run, and that logs in; a refused login shows
as "login failed". Checks never overlap: a request during a check runs once afterwards.

The connectivity module is imported here, on the GUI thread, on purpose: a first import
on a worker thread is slower under PySide6 (its import hook inspects every new module).
The delivery stack (pywikibot and all) is imported only when there is something to send.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.services.context import AppContext
from desktop_app.store.settings_repository import load_settings
from desktop_app.sync.connectivity import check_connectivity
from desktop_app.sync.outbox import SyncReport, pending_count
from desktop_app.ui.operations import OpContext, Operation, run_in_background

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 60_000
PROBE_TIMEOUT_S = 5.0


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


def check_and_sync(
    ctx: AppContext, op: OpContext, timeout: float = PROBE_TIMEOUT_S
) -> MonitorReport:
    """Probe the configured wiki; when online with entries waiting, deliver the due ones.

    Blocking (network): runs on a worker thread only.
    """
    with ctx.db.session() as session:
        settings = load_settings(session)
    result = check_connectivity(settings.wiki_api_url, timeout=timeout)
    pending = pending_count(ctx.db)
    state, detail = str(result.state), result.detail
    if state != LinkState.ONLINE or pending == 0 or op.cancelled:
        return MonitorReport(state, detail, pending)

    op.progress(0, pending, "sync")
    report = run_sync_pass(ctx)
    if report.halted_by:
        state = _HALT_STATES.get(report.halted_by, LinkState.OFFLINE)
        detail = "; ".join(str(error.get("message", "")) for error in report.errors[-1:])
    return MonitorReport(state, detail, report.remaining, report)


def run_sync_pass(ctx: AppContext) -> SyncReport:
    """One pass over the due outbox entries (blocking; worker thread)."""
    from desktop_app.sync.service import sync_once

    return sync_once(ctx, due_only=True)


class SyncMonitor(QObject):
    """Runs :func:`check_and_sync` now and then; reports through signals on the GUI thread."""

    state_changed = Signal(str, str)  # LinkState value, technical detail
    pending_changed = Signal(int)
    outbox_changed = Signal()  # a sync pass ran: request lists should reload
    check_finished = Signal()

    def __init__(
        self,
        ctx: AppContext,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._operation: Operation[MonitorReport] | None = None
        self._again = False
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

    def check_now(self) -> None:
        """Start a check unless one runs; then remember to run once more afterwards."""
        if self._operation is not None:
            self._again = True
            return
        if self._stopped:
            return
        ctx = self._ctx
        self._operation = run_in_background(
            lambda op: check_and_sync(ctx, op),
            success=self._on_report,
            failure=self._on_failure,
            cancelled=self._on_done,
            name="sync-monitor-check",
            owner=self,
        )

    def _on_report(self, report: MonitorReport) -> None:
        self._set_state(report.state, report.detail)
        self.pending_changed.emit(report.pending)
        if report.sync is not None:
            self.outbox_changed.emit()
        self._on_done()

    def _on_failure(self, error: BaseException) -> None:
        # Already logged with its traceback by the operations helper.
        self._set_state(LinkState.OFFLINE, f"{type(error).__name__}: {error}")
        self._on_done()

    def _on_done(self) -> None:
        self._operation = None
        self.check_finished.emit()
        again, self._again = self._again, False
        if again and not self._stopped:
            self.check_now()

    def _set_state(self, state: str, detail: str) -> None:
        if (state, detail) != (self.state, self.detail):
            log.info("Connection state: %s (%s)", state, detail)
        self.state, self.detail = state, detail
        self.state_changed.emit(state, detail)
