"""One sync pass for the app and the CLI: deliver the outbox, read replies, upload.

The wiki connection is made lazily, only when a job needs it, so a pass with nothing
queued costs no network at all. Every job is claimed with a lease by the job runner
(:mod:`desktop_app.sync.runner`), so this pass, the GUI's background runners and another
``fieldkit sync`` can all work one data folder at the same time: nothing is sent twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from desktop_app.store.context import AppContext
from desktop_app.store.repositories.requests import failed_delivery_count
from desktop_app.store.repositories.settings import load_settings
from desktop_app.sync.account import connect_account
from desktop_app.sync.deliveries.desk import desk_deliveries
from desktop_app.sync.deliveries.email import JOURNAL_NAME, EmailDelivery, SentJournal
from desktop_app.sync.deliveries.wiki_section import WikiSectionDelivery
from desktop_app.sync.mail_replies import fetch_mail_replies_with, reply_mailbox
from desktop_app.sync.outbox import Delivery, OutboxLane, SyncReport, run_outbox
from desktop_app.sync.replies import RepliesReport, fetch_replies_with
from desktop_app.sync.runner import JobRunner
from desktop_app.sync.uploads.lane import UploadPassReport, run_upload_pass
from desktop_app.wiki.client import LazyClient, WikiClient

log = logging.getLogger(__name__)

ClientFactory = Callable[[], WikiClient]


class SyncExit(IntEnum):
    """Exit codes of ``fieldkit sync`` (a documented contract)."""

    ALL_SENT = 0
    FAILURES = 1
    OFFLINE = 3


@dataclass
class PassReport(SyncReport):
    """A sync pass: the outbox's report, the reply check and the upload pass (JSON keys
    ``replies`` and ``uploads``, ``null`` when not done)."""

    replies: RepliesReport | None = field(default=None)
    uploads: UploadPassReport | None = field(default=None)
    mail_replies: RepliesReport | None = field(default=None)
    # Deliveries in "failed" after the pass, tried now or waiting for the user (a mail
    # after smtp_login_failed); not in the JSON (``fieldkit sync`` lists them as waiting).
    failed_waiting: int = field(default=0)

    def to_dict(self) -> dict[str, Any]:
        return super().to_dict() | {
            "replies": self.replies.to_dict() if self.replies is not None else None,
            "mail_replies": self.mail_replies.to_dict() if self.mail_replies else None,
            "uploads": self.uploads.to_dict() if self.uploads is not None else None,
        }


def exit_code_for(report: PassReport) -> SyncExit:
    """Offline (kept for later) wins; then any failure, of a delivery or an upload, and
    a delivery that failed earlier and waits (a mail waiting for a corrected SMTP password
    is not "everything sent", even on a pass that did not try it again). Entries another
    runner is sending right now do not count against this pass."""
    uploads = report.uploads
    if report.offline or (uploads is not None and uploads.offline):
        return SyncExit.OFFLINE
    if report.failed or report.halted_by or (uploads is not None and uploads.has_failures):
        return SyncExit.FAILURES
    if report.failed_waiting:
        return SyncExit.FAILURES
    return SyncExit.ALL_SENT


def default_client_factory(ctx: AppContext) -> ClientFactory:
    """Connects with the configured account and its password (keyring or environment)."""
    return lambda: connect_account(ctx)


def build_deliveries(ctx: AppContext, client: Callable[[], WikiClient]) -> dict[str, Delivery]:
    """One delivery per channel; email is registered even when it is switched off later,
    so queued mail fails with a reason ("email_not_configured") instead of waiting."""
    with ctx.db.session() as session:
        settings = load_settings(session)
    journal = SentJournal(ctx.paths.root / JOURNAL_NAME)
    return {
        WikiSectionDelivery.kind: WikiSectionDelivery(client, settings.helpdesk_page_for_wiki),
        EmailDelivery.kind: EmailDelivery(settings, journal),
        **desk_deliveries(settings, client, journal),
    }


def sync_once(
    ctx: AppContext,
    *,
    due_only: bool = False,
    client_factory: ClientFactory | None = None,
    fetch_replies: bool = True,
    uploads: bool = False,
) -> PassReport:
    """Deliver what is queued, once, then read replies to sent requests, then upload.

    ``due_only`` respects backoff (the background check). Replies are read only when the
    pass was not stopped by the wiki being offline or refusing the login. ``uploads``
    works the upload queue after the outbox (skipped, and reported so, when the outbox
    found the wiki offline or the login refused).
    """
    client = LazyClient(client_factory or default_client_factory(ctx))
    lane = OutboxLane(ctx.db, build_deliveries(ctx, client))
    outbox = run_outbox(JobRunner(lane), ctx.db, due_only=due_only)
    report = PassReport(**outbox.__dict__)
    with ctx.db.session() as session:
        report.failed_waiting = failed_delivery_count(session)
    if fetch_replies and report.halted_by is None:
        report.replies = fetch_replies_with(ctx.db, client)
    if fetch_replies:
        report.mail_replies = fetch_mail_replies(ctx)
    if uploads:
        report.uploads = run_upload_pass(ctx, client, due_only=due_only, halted_by=report.halted_by)
    log.info("Sync pass: %s", report.to_dict())
    return report


def fetch_mail_replies(ctx: AppContext) -> RepliesReport | None:
    """The helpdesk's mailed answers, when a mailbox for them is set (``None`` otherwise)."""
    with ctx.db.session() as session:
        mailbox = reply_mailbox(load_settings(session))
    return None if mailbox is None else fetch_mail_replies_with(ctx.db, mailbox)


def fetch_replies(ctx: AppContext, *, client_factory: ClientFactory | None = None) -> RepliesReport:
    """Only the reply check (for a periodic refresh while nothing is queued)."""
    return fetch_replies_with(ctx.db, LazyClient(client_factory or default_client_factory(ctx)))
