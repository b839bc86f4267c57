"""File usage for the outcome report: read from the wiki on demand, kept for offline use.

:func:`refresh_usage` (network; a worker thread in the GUI) asks the wiki where the
uploaded files of a batch or partnership are used and stores the answer in the
``file_usage`` table; :func:`stored_usage` reads that table, so a report made on a
train still shows what the wiki said last time, with the date it said it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.core.faults import OrdinaryFailure, halt_reason, stops_the_pass
from desktop_app.core.report import UsagePage
from desktop_app.core.timeutil import utcnow
from desktop_app.store.context import AppContext
from desktop_app.store.repositories import reports as rows
from desktop_app.store.repositories.settings import load_settings
from desktop_app.sync.account import connect_account
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.errors import WikiError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ClientFactory = Callable[[], WikiClient]


class UsageRefreshFailed(OrdinaryFailure):
    """Usage could not be read; ``code`` is ``offline``, ``login_failed``, ``not_configured``,
    ``no_password`` or ``wiki_error: ...`` (what ``report --json`` calls ``usage_error``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class UsageRefresh:
    """What a refresh did: files asked about, files in use, the API used, when."""

    checked: int
    in_use: int
    source: str
    checked_at: datetime

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def refresh_usage(
    ctx: AppContext,
    *,
    batch_id: int | None = None,
    partnership_id: int | None = None,
    client_factory: ClientFactory | None = None,
) -> UsageRefresh:
    """Read usage of the uploaded files from the wiki and store it (blocking, network).

    Raises :class:`UsageRefreshFailed` (offline, login refused, no account set up);
    nothing stored changes then.
    """
    from desktop_app.wiki.usage import read_usage

    with ctx.db.session() as session:
        titles = rows.uploaded_titles(session, batch_id=batch_id, partnership_id=partnership_id)
        api_url = load_settings(session).wiki_api_url
    now = utcnow()
    if not titles:
        return UsageRefresh(0, 0, "", now)
    try:
        client = (client_factory or (lambda: connect_account(ctx)))()
        source, found = read_usage(client, titles)
    except WikiError as error:
        raise UsageRefreshFailed(usage_error(error)) from error
    pages_by_title = {
        title: [{"wiki": p.wiki, "title": p.title, "url": p.url} for p in pages]
        for title, pages in found.items()
    }
    with ctx.db.session() as session:
        rows.save_usage(session, api_url, source, pages_by_title, now)
    return UsageRefresh(len(titles), sum(1 for pages in found.values() if pages), source, now)


def usage_error(error: WikiError) -> str:
    """The stable code ``report --json`` gives for a refresh that failed."""
    if stops_the_pass(error.fault):
        return halt_reason(error.fault)
    return f"wiki_error: {error}"


def stored_usage(
    session: Session, api_url: str, titles: Sequence[str]
) -> dict[str, tuple[tuple[UsagePage, ...], datetime]]:
    """File title → (pages, when read) from the last refresh; titles never read are absent."""
    return {
        title: (
            tuple(
                UsagePage(str(p.get("wiki", "")), str(p.get("title", "")), str(p.get("url", "")))
                for p in pages
            ),
            checked_at,
        )
        for title, (pages, checked_at) in rows.stored_usage(session, api_url, titles).items()
    }
