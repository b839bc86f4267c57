"""One sync pass for the app and the CLI: build the deliveries from settings, work the outbox.

The wiki connection is made lazily, only when an entry needs it, so a pass with nothing
queued costs no network at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import IntEnum

from desktop_app.services.context import AppContext
from desktop_app.store.settings_repository import load_settings
from desktop_app.sync.credentials import CredentialError, load_password
from desktop_app.sync.help_request_delivery import WikiSectionDelivery
from desktop_app.sync.outbox import OutboxWorker, SyncReport, TransientError
from desktop_app.sync.wiki import WikiAccount, WikiClient

log = logging.getLogger(__name__)

ClientFactory = Callable[[], WikiClient]


class SyncExit(IntEnum):
    """Exit codes of ``fieldkit sync`` (a documented contract)."""

    ALL_SENT = 0
    FAILURES = 1
    OFFLINE = 3


def exit_code_for(report: SyncReport) -> SyncExit:
    if report.offline:
        return SyncExit.OFFLINE
    if report.failed or report.halted_by:
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


def sync_once(
    ctx: AppContext, *, due_only: bool = False, client_factory: ClientFactory | None = None
) -> SyncReport:
    """Deliver what is queued, once. ``due_only`` respects backoff (the background worker)."""
    with ctx.db.session() as session:
        settings = load_settings(session)
    client = _CachedClient(client_factory or default_client_factory(ctx))
    deliveries = {WikiSectionDelivery.kind: WikiSectionDelivery(client, settings.helpdesk_page)}
    report = OutboxWorker(ctx.db, deliveries).run_once(due_only=due_only)
    log.info("Sync pass: %s", report.to_dict())
    return report
