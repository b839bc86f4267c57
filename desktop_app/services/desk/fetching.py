"""Fetching the desk's requests: every configured wiki page, then the mailbox folder.

Incremental and kept: what was fetched before stays in the database, so an offline
fetch changes nothing and the desk works on what it has. Exit codes of ``desk fetch``
(a contract): 0 fetched, 3 offline (nothing could be reached; everything kept), 1 some
source failed for another reason (a refused login, a missing folder).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from desktop_app.core.faults import FaultKind
from desktop_app.mail.imap import ImapError
from desktop_app.store.repositories.settings import load_settings
from desktop_app.sync.account import connect_account
from desktop_app.sync.deliveries.desk_mail import desk_mailbox
from desktop_app.sync.desk.gather_mail import MailboxReport, gather_mailbox
from desktop_app.sync.desk.gather_wiki import PageReport, gather_page
from desktop_app.wiki.client import LazyClient, WikiClient
from desktop_app.wiki.errors import WikiError

if TYPE_CHECKING:
    import ssl

    from desktop_app.store.context import AppContext

log = logging.getLogger(__name__)


class FetchExit(IntEnum):
    """Exit codes of ``fieldkit desk fetch``."""

    FETCHED = 0
    FAILURES = 1
    OFFLINE = 3


@dataclass
class DeskFetchReport:
    """What one fetch did, per page and for the mailbox."""

    pages: list[PageReport] = field(default_factory=list)
    mailbox: MailboxReport | None = None
    offline: list[str] = field(default_factory=list)  # sources that could not be reached
    failed: list[str] = field(default_factory=list)  # sources that failed otherwise

    @property
    def new(self) -> int:
        mail = self.mailbox.new if self.mailbox else 0
        return sum(page.new for page in self.pages) + mail

    @property
    def exit_code(self) -> FetchExit:
        sources = len(self.pages) + (1 if self.mailbox else 0)
        if self.failed:
            return FetchExit.FAILURES
        if sources and len(self.offline) == sources:
            return FetchExit.OFFLINE
        return FetchExit.FAILURES if self.offline else FetchExit.FETCHED

    def to_dict(self) -> dict[str, Any]:
        return {
            "pages": [page.to_dict() for page in self.pages],
            "mailbox": self.mailbox.to_dict() if self.mailbox else None,
            "new": self.new,
            "offline": bool(self.offline) and self.exit_code == FetchExit.OFFLINE,
            "unreachable": self.offline,
            "failed": self.failed,
            "exit_code": int(self.exit_code),
        }


def fetch_desk(
    ctx: AppContext,
    *,
    client_factory: Callable[[], WikiClient] | None = None,
    imap_password: Callable[[], str | None] | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> DeskFetchReport:
    """Gather from every configured page and the mailbox (blocking: network)."""
    with ctx.db.session() as session:
        settings = load_settings(session)
    report = DeskFetchReport()
    client = LazyClient(client_factory or (lambda: connect_account(ctx)))
    for page in settings.desk_wiki_pages:
        try:
            report.pages.append(gather_page(ctx.db, client(), page, api_url=settings.wiki_api_url))
        except WikiError as error:
            report.pages.append(
                PageReport(page, error=f"{error.fault.code}: {error.fault.message}")
            )
            unreachable = error.fault.kind in (FaultKind.OFFLINE, FaultKind.TEMPORARY)
            (report.offline if unreachable else report.failed).append(f"wiki:{page}")
    if settings.desk_imap_host.strip():
        mailbox = desk_mailbox(settings)
        try:
            report.mailbox = gather_mailbox(
                ctx.db, mailbox, imap_password or mailbox.load_password, ssl_context=ssl_context
            )
        except ImapError as error:
            report.mailbox = MailboxReport(
                mailbox.name, error=f"{error.fault.code}: {error.fault.message}"
            )
            unreachable = error.fault.kind in (FaultKind.OFFLINE, FaultKind.TEMPORARY)
            (report.offline if unreachable else report.failed).append(f"imap:{mailbox.name}")
    log.info("Desk fetch: %s", report.to_dict())
    return report
