"""One sync pass for the app and the CLI: build the deliveries from settings, work the outbox.

The wiki connection is made lazily, only when an entry needs it, so a pass with nothing
queued costs no network at all. With ``uploads=True`` (``fieldkit sync``) the pass then
works the upload queue with the same connection; the GUI leaves that to its own upload
worker, so one file is never sent by two threads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import load_settings
from desktop_app.sync.deliveries.email import JOURNAL_NAME, EmailDelivery, SentJournal
from desktop_app.sync.deliveries.wiki_section import WikiSectionDelivery
from desktop_app.sync.outbox import Delivery, OutboxWorker, SyncReport, TransientError
from desktop_app.sync.replies import RepliesReport, fetch_replies_with
from desktop_app.system.credentials import CredentialError, load_password
from desktop_app.wiki.client import WikiAccount, WikiClient

if TYPE_CHECKING:
    from desktop_app.sync.uploads.worker import UploadPassReport

log = logging.getLogger(__name__)

ClientFactory = Callable[[], WikiClient]


class SyncExit(IntEnum):
    """Exit codes of ``fieldkit sync`` (a documented contract)."""

    ALL_SENT = 0
    FAILURES = 1
    OFFLINE = 3


def exit_code_for(report: SyncReport) -> SyncExit:
    """Offline (kept for later) wins; then any failure, of a delivery or an upload."""
    uploads: UploadPassReport | None = getattr(report, "uploads", None)
    if report.offline or (uploads is not None and uploads.offline):
        return SyncExit.OFFLINE
    if report.failed or report.halted_by or (uploads is not None and uploads.has_failures):
        return SyncExit.FAILURES
    return SyncExit.ALL_SENT


def default_client_factory(ctx: AppContext) -> ClientFactory:
    """A factory that connects with the configured account and password from the keyring."""
    with ctx.db.session() as session:
        settings = load_settings(session)

    def connect() -> WikiClient:
        if not settings.has_account:
            raise TransientError(
                "not_configured",
                "No wiki account is set up. Add one in Settings or run "
                "'fieldkit account set --api URL --user USER@BOTNAME'.",
                halt=True,
            )
        try:
            password = load_password(settings.wiki_api_url, settings.wiki_username)
        except CredentialError as error:
            raise TransientError("no_password", str(error), halt=True) from error
        if not password:
            raise TransientError(
                "no_password",
                "No password is stored for this account. Set it again in Settings, or set "
                "FIELDKIT_PASSWORD.",
                halt=True,
            )
        account = WikiAccount(api_url=settings.wiki_api_url, username=settings.wiki_username)
        client = WikiClient(ctx.paths.pywikibot_home, account, password)
        client.connect()
        return client

    return connect


class _CachedClient:
    """Connect once per pass, on first use."""

    def __init__(self, factory: ClientFactory) -> None:
        self._factory = factory
        self._client: WikiClient | None = None

    def __call__(self) -> WikiClient:
        if self._client is None:
            self._client = self._factory()
        return self._client


@dataclass
class PassReport(SyncReport):
    """A sync pass: the outbox's report, the reply check and the upload pass (JSON keys
    ``replies`` and ``uploads``, ``null`` when not done)."""

    replies: RepliesReport | None = field(default=None)
    uploads: UploadPassReport | None = field(default=None)

    def to_dict(self) -> dict[str, Any]:
        return super().to_dict() | {
            "replies": self.replies.to_dict() if self.replies is not None else None,
            "uploads": self.uploads.to_dict() if self.uploads is not None else None,
        }


def build_deliveries(ctx: AppContext, client: Callable[[], WikiClient]) -> dict[str, Delivery]:
    """One delivery per channel; email only when an address and a server are set."""
    with ctx.db.session() as session:
        settings = load_settings(session)
    deliveries: dict[str, Delivery] = {
        WikiSectionDelivery.kind: WikiSectionDelivery(client, settings.helpdesk_page)
    }
    # Registered even when email is switched off later, so queued mail fails with a reason
    # ("email_not_configured") instead of waiting silently for a delivery that never comes.
    deliveries[EmailDelivery.kind] = EmailDelivery(
        settings, SentJournal(ctx.paths.root / JOURNAL_NAME)
    )
    return deliveries


def sync_once(
    ctx: AppContext,
    *,
    due_only: bool = False,
    client_factory: ClientFactory | None = None,
    fetch_replies: bool = True,
    uploads: bool = False,
) -> PassReport:
    """Deliver what is queued, once, then read replies to sent requests, then upload.

    ``due_only`` respects backoff (the background worker). Replies are read only when the
    pass was not stopped by the wiki being offline or refusing the login. ``uploads``
    works the upload queue after the outbox (skipped, and reported so, when the outbox
    found the wiki offline or the login refused).
    """
    client = _CachedClient(client_factory or default_client_factory(ctx))
    outbox = OutboxWorker(ctx.db, build_deliveries(ctx, client)).run_once(due_only=due_only)
    report = PassReport(**outbox.__dict__)
    if fetch_replies and report.halted_by is None:
        report.replies = _fetch(ctx, client)
    if uploads:
        from desktop_app.sync.uploads.worker import run_upload_pass

        report.uploads = run_upload_pass(ctx, client, due_only=due_only, halted_by=report.halted_by)
    log.info("Sync pass: %s", report.to_dict())
    return report


def _fetch(ctx: AppContext, client: Callable[[], WikiClient]) -> RepliesReport:
    try:
        return fetch_replies_with(ctx.db, client)
    except TransientError as error:  # not configured / no password: nothing to read with
        return RepliesReport(error=error.code)


def fetch_replies(ctx: AppContext, *, client_factory: ClientFactory | None = None) -> RepliesReport:
    """Only the reply check (for a periodic refresh while nothing is queued)."""
    return _fetch(ctx, _CachedClient(client_factory or default_client_factory(ctx)))
