"""Media batches and their files in the database: the media area's queries and writes.

Plain functions taking the session first; they never commit (the caller's
``with db.session()`` block is the transaction). Built for batches of 50,000 files: the
table's rows are read through the driver as plain tuples (the ORM's per-row work was most
of their cost: :mod:`desktop_app.store.repositories.media_table`), edits are bulk
UPDATEs, and lists of ids are sent in chunks that fit SQLite's limit on bound parameters.
What scanning reads and writes is in :mod:`desktop_app.store.repositories.media_scans`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop_app.core.media_checks import ItemFacts
from desktop_app.core.uploads import UploadState
from desktop_app.store.models import MediaBatch, MediaItem, Partnership, UploadJob

IN_CHUNK = 500  # SQLite's default limit on bound parameters is 999 (older builds)


def in_chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """``values`` in slices small enough for one ``IN (...)`` each."""
    for start in range(0, len(values), IN_CHUNK):
        yield values[start : start + IN_CHUNK]


# --- partnerships and batches --------------------------------------------------------


def batches_named(session: Session, name: str, partnership: str | None = None) -> list[MediaBatch]:
    """Every batch called ``name`` (within the partnership called ``partnership``)."""
    query = select(MediaBatch).where(MediaBatch.name == name)
    if partnership is not None:
        query = query.join(Partnership).where(Partnership.name == partnership)
    return list(session.scalars(query).all())


def partnership_named(session: Session, name: str) -> Partnership | None:
    """The partnership called ``name``, if any."""
    return session.scalars(select(Partnership).where(Partnership.name == name)).one_or_none()


def add_partnership(session: Session, name: str) -> Partnership:
    """A new partnership with only a name (a batch was started for it), with its id."""
    partnership = Partnership(name=name)
    session.add(partnership)
    session.flush()
    return partnership


def batch_of_partnership(session: Session, partnership_id: int, name: str) -> MediaBatch | None:
    """The partnership's batch called ``name``, if any."""
    query = select(MediaBatch).where(
        MediaBatch.partnership_id == partnership_id, MediaBatch.name == name
    )
    return session.scalars(query).one_or_none()


def add_batch(
    session: Session, partnership_id: int, name: str, licence_id: str | None
) -> MediaBatch:
    """A new, empty batch with its id."""
    batch = MediaBatch(partnership_id=partnership_id, name=name, licence_id=licence_id)
    session.add(batch)
    session.flush()
    return batch


def get_batch(session: Session, batch_id: int) -> MediaBatch | None:
    """The batch with this id, if it exists."""
    return session.get(MediaBatch, batch_id)


def count_items(session: Session, batch_id: int) -> int:
    """How many files the batch holds."""
    total = session.scalar(select(func.count(MediaItem.id)).where(MediaItem.batch_id == batch_id))
    return int(total or 0)


def batch_names(session: Session) -> list[tuple[int, str, str]]:
    """(batch id, batch name, partnership name) of every batch, unsorted."""
    query = select(MediaBatch.id, MediaBatch.name, Partnership.name).join(
        Partnership, MediaBatch.partnership_id == Partnership.id
    )
    return [(batch_id, name, partner) for batch_id, name, partner in session.execute(query)]


def batch_of_item(session: Session, item_id: int) -> int | None:
    """The id of the batch holding the file ``item_id`` (None if the file is gone)."""
    return session.scalar(select(MediaItem.batch_id).where(MediaItem.id == item_id))


# --- files -----------------------------------------------------------------------------


def get_item(session: Session, item_id: int) -> MediaItem | None:
    """The file with this id, if it exists."""
    return session.get(MediaItem, item_id)


def item_ids(session: Session, batch_id: int) -> list[int]:
    """Every file id of the batch in import order."""
    query = select(MediaItem.id).where(MediaItem.batch_id == batch_id).order_by(MediaItem.id)
    return list(session.scalars(query))


def items_by_id(session: Session, ids: Sequence[int]) -> list[MediaItem]:
    """The files with these ids (unknown ids are left out), in no particular order."""
    items: list[MediaItem] = []
    for chunk in in_chunks(ids):
        items.extend(session.scalars(select(MediaItem).where(MediaItem.id.in_(chunk))))
    return items


def batch_items(session: Session, batch_id: int) -> list[MediaItem]:
    """Every file of the batch as ORM rows, in import order."""
    query = select(MediaItem).where(MediaItem.batch_id == batch_id).order_by(MediaItem.id)
    return list(session.scalars(query).all())


def item_position(session: Session, batch_id: int, item_id: int) -> int:
    """The file's number in its batch, counted from 1 in import order."""
    count = session.scalar(
        select(func.count(MediaItem.id)).where(
            MediaItem.batch_id == batch_id, MediaItem.id <= item_id
        )
    )
    return int(count or 0)


def column_values(session: Session, ids: Sequence[int], attribute: str) -> dict[int, Any]:
    """Item id → the stored value of one column (``attribute`` is the model's name)."""
    column = getattr(MediaItem, attribute)
    values: dict[int, Any] = {}
    for chunk in in_chunks(ids):
        query = select(MediaItem.id, column).where(MediaItem.id.in_(chunk))
        values.update((item_id, value) for item_id, value in session.execute(query))
    return values


def update_items(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Bulk UPDATE by id: each row is ``{"id": ..., column: value, ...}``.

    Rows are grouped by the columns they set, one ``executemany`` per group.
    """
    groups: dict[frozenset[str], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(frozenset(row), []).append(row)
    for group in groups.values():
        session.execute(update(MediaItem), group)


# --- checks and spreadsheets ------------------------------------------------------------

_FACT_COLUMNS = (
    "id",
    "path",
    "title",
    "kind",
    "size",
    "sha1",
    "file_state",
    "scan_problems",
    "gps_latitude",
    "descriptions",
    "captions",
    "date",
    "author",
    "source",
    "licence_id",
    "categories",
)


def batch_facts(session: Session, batch_id: int) -> list[ItemFacts]:
    """The checkable facts of every file of a batch, in import order (one query)."""
    columns = [getattr(MediaItem, name) for name in _FACT_COLUMNS]
    query = select(*columns).where(MediaItem.batch_id == batch_id).order_by(MediaItem.id)
    return [
        ItemFacts(
            id=row.id,
            path=row.path,
            title=row.title,
            kind=row.kind,
            size=row.size,
            sha1=row.sha1,
            file_state=row.file_state,
            scan_problems=row.scan_problems or [],
            has_gps=row.gps_latitude is not None,
            descriptions=row.descriptions or {},
            captions=row.captions or {},
            date=row.date,
            author=row.author,
            source=row.source,
            licence_id=row.licence_id,
            categories=row.categories or [],
        )
        for row in session.execute(query)
    ]


def earlier_files(session: Session, batch_id: int) -> list[tuple[str, str, str | None, str]]:
    """(title, path, sha1, batch name) of every file in batches created before this one."""
    query = (
        select(MediaItem.title, MediaItem.path, MediaItem.sha1, MediaBatch.name)
        .join(MediaBatch, MediaItem.batch_id == MediaBatch.id)
        .where(MediaItem.batch_id < batch_id)
    )
    return [(title, path, sha1, name) for title, path, sha1, name in session.execute(query)]


def text_languages(session: Session, batch_id: int) -> tuple[set[str], set[str]]:
    """The languages the batch's descriptions and captions use."""
    descriptions: set[str] = set()
    captions: set[str] = set()
    query = select(MediaItem.descriptions, MediaItem.captions).where(MediaItem.batch_id == batch_id)
    for described, captioned in session.execute(query):
        descriptions.update((described or {}).keys())
        captions.update((captioned or {}).keys())
    return descriptions, captions


def item_keys(session: Session, batch_id: int) -> list[tuple[int, str, str]]:
    """(id, uuid, path) of every file of the batch, to match spreadsheet rows."""
    query = select(MediaItem.id, MediaItem.uuid, MediaItem.path).where(
        MediaItem.batch_id == batch_id
    )
    return [(item_id, uuid, path) for item_id, uuid, path in session.execute(query)]


def verified_uploads(session: Session, batch_id: int) -> dict[int, tuple[str, str]]:
    """Item id → (wiki title, page URL) of its newest verified upload, for the batch's
    files that have one (the online check must not call them "already there")."""
    query = (
        select(UploadJob.media_item_id, UploadJob.title, UploadJob.page_url)
        .join(MediaItem, UploadJob.media_item_id == MediaItem.id)
        .where(MediaItem.batch_id == batch_id, UploadJob.state == UploadState.VERIFIED.value)
        .order_by(UploadJob.id)
    )
    return {
        item_id: (title, page_url or "")
        for item_id, title, page_url in session.execute(query)
        if item_id is not None
    }
