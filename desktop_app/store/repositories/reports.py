"""Rows behind the partner's outcome report: uploaded files, their media items, usage."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.uploads import UploadState
from desktop_app.store.models import FileUsage, MediaBatch, MediaItem, Partnership, UploadJob


def batches_of(session: Session, partnership_id: int) -> list[MediaBatch]:
    """A partnership's batches, oldest first."""
    query = (
        select(MediaBatch)
        .where(MediaBatch.partnership_id == partnership_id)
        .order_by(MediaBatch.id)
    )
    return list(session.scalars(query))


def get_batch(session: Session, batch_id: int) -> MediaBatch | None:
    return session.get(MediaBatch, batch_id)


def get_partnership(session: Session, partnership_id: int) -> Partnership | None:
    return session.get(Partnership, partnership_id)


def newest_jobs(
    session: Session, batch_ids: Sequence[int]
) -> list[tuple[UploadJob, MediaItem | None]]:
    """Each media item's newest job that was not cancelled (in queue order), with the item."""
    query = (
        select(UploadJob, MediaItem)
        .join(MediaItem, UploadJob.media_item_id == MediaItem.id, isouter=True)
        .where(UploadJob.batch_id.in_(list(batch_ids)), UploadJob.state != UploadState.CANCELLED)
        .order_by(UploadJob.id)
    )
    newest: dict[object, tuple[UploadJob, MediaItem | None]] = {}
    for job, item in session.execute(query).all():
        newest[item.id if item is not None else f"job-{job.id}"] = (job, item)
    return sorted(newest.values(), key=lambda pair: pair[0].id)


def batches_with_uploads(session: Session) -> list[tuple[int, str]]:
    """(id, name) of the batches that have upload jobs, newest first."""
    ids = select(UploadJob.batch_id).where(UploadJob.batch_id.is_not(None)).distinct()
    query = (
        select(MediaBatch.id, MediaBatch.name)
        .where(MediaBatch.id.in_(ids))
        .order_by(MediaBatch.id.desc())
    )
    return [(batch_id, name) for batch_id, name in session.execute(query)]


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


def stored_usage(
    session: Session, api_url: str, titles: Sequence[str]
) -> dict[str, tuple[list[dict[str, Any]], datetime]]:
    """File title → (pages as stored, when read); titles never read are absent."""
    query = select(FileUsage).where(FileUsage.api_url == api_url, FileUsage.file_title.in_(titles))
    return {
        row.file_title: (list(row.pages or []), row.checked_at) for row in session.scalars(query)
    }


def save_usage(
    session: Session,
    api_url: str,
    source: str,
    pages_by_title: Mapping[str, list[dict[str, Any]]],
    checked_at: datetime,
) -> None:
    """Replace the stored usage of these files (one row per file and wiki)."""
    titles = list(pages_by_title)
    query = select(FileUsage).where(FileUsage.api_url == api_url, FileUsage.file_title.in_(titles))
    existing = {row.file_title: row for row in session.scalars(query)}
    for title, pages in pages_by_title.items():
        row = existing.get(title) or FileUsage(api_url=api_url, file_title=title)
        row.source = source
        row.pages = pages
        row.checked_at = checked_at
        session.add(row)
