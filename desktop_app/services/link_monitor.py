"""Is the wiki reachable, and if so, send what waits: the GUI's periodic check, Qt-free.

One check is a single cheap probe without login — on a metered link a login every minute
would cost more than the requests we send. Only when something waits does the sync pass
run, and that logs in; a refused login shows as "login failed". The Qt side
(``ui/sync_monitor.py``) runs :func:`check_and_sync` on a worker thread on a timer.

The state is the one thing that stops work *now*, told truthfully: with no account set up
it is "unconfigured" whether or not the wiki answers (``reachable`` says that apart), so
nobody is told a request "goes out at the next connection" when no connection would send
it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from desktop_app.services.settings import get_settings
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.context import AppContext
from desktop_app.sync.outbox import pending_count
from desktop_app.wiki.connectivity import check_connectivity

if TYPE_CHECKING:  # the sync pass (deliveries, mail, the wiki client) loads on first use
    from desktop_app.services.sync_pass import PassReport
    from desktop_app.sync.replies import RepliesReport

PROBE_TIMEOUT_S = 5.0


class LinkState:
    """What the status bar shows (plain strings)."""

    CHECKING = "checking"
    ONLINE = "online"
    OFFLINE = "offline"
    LOGIN_FAILED = "login_failed"
    UNCONFIGURED = "unconfigured"
    NO_PASSWORD = "no_password"


# Why a sync pass (or the upload runner) stopped early → what the user should see.
HALT_STATES = {
    "offline": LinkState.OFFLINE,
    "login_failed": LinkState.LOGIN_FAILED,
    "no_password": LinkState.NO_PASSWORD,
    "not_configured": LinkState.UNCONFIGURED,
}
# States the account causes: fixed in Settings, not by waiting for a connection.
ACCOUNT_STATES = frozenset({LinkState.LOGIN_FAILED, LinkState.UNCONFIGURED, LinkState.NO_PASSWORD})


class Work(Protocol):
    """How a background check is told to stop and reports how far it is."""

    @property
    def cancelled(self) -> bool: ...

    def progress(self, done: int, total: int, text: str = "") -> None: ...


@dataclass(frozen=True)
class MonitorReport:
    """The outcome of one check (and sync pass, if one ran)."""

    state: str
    detail: str
    pending: int
    sync: PassReport | None = None
    replies: RepliesReport | None = None
    reachable: bool | None = None  # did the wiki answer the probe (None: not asked)
    uploads_pending: int = 0


def pending_requests(ctx: AppContext) -> int:
    """Outbox entries not yet delivered (for the status bar)."""
    return pending_count(ctx.db)


def pending_uploads(ctx: AppContext) -> int:
    """Upload jobs still on their way (for the status bar, beside the requests)."""
    return UploadQueue(ctx.db).status().pending


def check_and_sync(
    ctx: AppContext,
    work: Work,
    timeout: float = PROBE_TIMEOUT_S,
    *,
    force: bool = False,
    fetch_replies: bool = False,
) -> MonitorReport:
    """Probe the configured wiki; when online, deliver what waits and maybe read replies.

    ``force`` delivers every waiting entry, not only the due ones (the user pressed
    "Check now"). ``fetch_replies`` also reads the helpdesk pages for replies.
    Blocking (network): call it on a worker thread only.
    """
    settings = get_settings(ctx.db)
    result = check_connectivity(settings.wiki_api_url, timeout=timeout)
    pending = pending_count(ctx.db)
    uploads = pending_uploads(ctx)
    reachable = result.state == LinkState.ONLINE
    state, detail = str(result.state), result.detail
    if not settings.has_account:
        state = LinkState.UNCONFIGURED  # offline or not, nothing would reach the wiki
    if not reachable or work.cancelled:
        return MonitorReport(state, detail, pending, reachable=reachable, uploads_pending=uploads)
    if pending == 0:
        wanted = fetch_replies and settings.has_account
        replies = run_reply_fetch(ctx) if wanted else None
        return MonitorReport(state, detail, pending, None, replies, reachable, uploads)

    work.progress(0, pending, "sync")
    # Also without an account: mail to the helpdesk needs none.
    report = run_sync_pass(ctx, due_only=not force, fetch_replies=fetch_replies)
    if report.halted_by:
        state = HALT_STATES.get(report.halted_by, LinkState.OFFLINE)
        detail = "; ".join(str(error.get("message", "")) for error in report.errors[-1:])
    return MonitorReport(
        state, detail, report.remaining, report, report.replies, reachable, uploads
    )


def run_sync_pass(
    ctx: AppContext, *, due_only: bool = True, fetch_replies: bool = False
) -> PassReport:
    """One pass over the (due) outbox entries, replies read if asked (blocking)."""
    from desktop_app.services.sync_pass import sync_once

    return sync_once(ctx, due_only=due_only, fetch_replies=fetch_replies)


def run_reply_fetch(ctx: AppContext) -> RepliesReport:
    """Read replies to recently sent requests and store new ones (blocking)."""
    from desktop_app.services.sync_pass import fetch_replies

    return fetch_replies(ctx)
