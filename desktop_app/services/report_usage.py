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

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.report import UsagePage
from desktop_app.store.context import AppContext
from desktop_app.store.models import FileUsage, MediaBatch, utcnow
from desktop_app.store.models.uploads import UploadJob, UploadState
from desktop_app.store.repositories.settings import load_settings
from desktop_app.wiki.client import WikiClient

ClientFactory = Callable[[], WikiClient]


@dataclass(frozen=True)
class UsageRefresh:
    """What a refresh did: files asked about, files in use, the API used, when."""

    checked: int
    in_use: int
    source: str
    checked_at: datetime

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def uploaded_titles(
    session: Session, *, batch_id: int | None = None, partnership_id: int | None = None
) -> list[str]:
    """Titles of the verified files of a batch, or of all batches of a partnership."""
    query = select(UploadJob.title).where(UploadJob.state == UploadState.VERIFIED)
    if batch_id is not None:
        query = query.where(UploadJob.batch_id == batch_id)
    if partnership_id is not None:
        query = query.join(MediaBatch, UploadJob.batch_id == MediaBatch.id).where(
            MediaBatch.partnership_id == partnership_id
        )
    return sorted(set(session.scalars(query)))


def refresh_usage(
    ctx: AppContext,
    *,
    batch_id: int | None = None,
    partnership_id: int | None = None,
    client_factory: ClientFactory | None = None,
) -> UsageRefresh:
    """Read usage of the uploaded files from the wiki and store it (blocking, network).

    Raises the wiki errors of :mod:`desktop_app.wiki.client` (``WikiUnavailable`` when
    offline) or ``TransientError`` when no account is set up; nothing stored changes then.
    """
    from desktop_app.services.sync_pass import default_client_factory
    from desktop_app.wiki.usage import read_usage

    with ctx.db.session() as session:
        titles = uploaded_titles(session, batch_id=batch_id, partnership_id=partnership_id)
        api_url = load_settings(session).wiki_api_url
    now = utcnow()
    if not titles:
        return UsageRefresh(0, 0, "", now)
    client = (client_factory or default_client_factory(ctx))()
    source, found = read_usage(client, titles)
    with ctx.db.session() as session:
        existing = {
            row.file_title: row
            for row in session.scalars(
                select(FileUsage).where(
                    FileUsage.api_url == api_url, FileUsage.file_title.in_(titles)
                )
            )
        }
        for title, pages in found.items():
            row = existing.get(title) or FileUsage(api_url=api_url, file_title=title)
            row.source = source
            row.pages = [{"wiki": p.wiki, "title": p.title, "url": p.url} for p in pages]
            row.checked_at = now
            session.add(row)
    return UsageRefresh(len(titles), sum(1 for pages in found.values() if pages), source, now)


def stored_usage(
    session: Session, api_url: str, titles: Sequence[str]
) -> dict[str, tuple[tuple[UsagePage, ...], datetime]]:
    """File title → (pages, when read) from the last refresh; titles never read are absent."""
    rows = session.scalars(
        select(FileUsage).where(FileUsage.api_url == api_url, FileUsage.file_title.in_(titles))
    )
    return {
        row.file_title: (
            tuple(
                UsagePage(str(p.get("wiki", "")), str(p.get("title", "")), str(p.get("url", "")))
                for p in row.pages or []
            ),
            row.checked_at,
        )
        for row in rows
    }
