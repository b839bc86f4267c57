"""Partnership rows: find by id or name, list, add, change, delete."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from desktop_app.core.partnership import PartnershipNotFound, normalize_name
from desktop_app.store.models import HelpRequest, MediaBatch, MediaItem, Partnership


def get_partnership(session: Session, partnership_id: int) -> Partnership:
    """The partnership with this id; raises :class:`PartnershipNotFound`."""
    row = session.get(Partnership, partnership_id)
    if row is None:
        raise PartnershipNotFound(partnership_id)
    return row


def find_by_name(session: Session, name: str) -> Partnership | None:
    """Case-insensitive (Unicode case folding, which SQLite's lower() lacks)."""
    wanted = normalize_name(name).casefold()
    for row in session.scalars(select(Partnership)):
        if row.name.casefold() == wanted:
            return row
    return None


def all_partnerships(session: Session) -> list[Partnership]:
    """Every partnership, in no particular order (callers sort by what they show)."""
    return list(session.scalars(select(Partnership)))


def add_partnership(session: Session, values: Mapping[str, Any]) -> Partnership:
    """A new partnership row with ``values`` (checked by the caller), flushed for its id."""
    row = Partnership(**values)
    session.add(row)
    session.flush()
    return row


def change_partnership(session: Session, row: Partnership, values: Mapping[str, Any]) -> None:
    """Set some fields (checked by the caller), flushed so ``updated_at`` is current."""
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()


def delete_partnership(session: Session, partnership_id: int) -> list[str]:
    """Delete a partnership; returns the paths of the files its batches held.

    The database's ``ON DELETE CASCADE`` takes its checklists, batches, their files and
    upload jobs with it; help requests about it stay, no longer linked (``SET NULL``).
    The files on disk are the caller's to keep or delete.
    """
    paths = list(
        session.scalars(
            select(MediaItem.path)
            .join(MediaBatch, MediaItem.batch_id == MediaBatch.id)
            .where(MediaBatch.partnership_id == partnership_id)
        )
    )
    session.execute(delete(Partnership).where(Partnership.id == partnership_id))
    session.expire_all()  # loaded rows of the cascade are gone
    return paths


def has_any_work(session: Session) -> bool:
    """Whether this data folder holds any partnership (so also any batch) or help request."""
    return bool(
        session.scalar(select(exists().select_from(Partnership)))
        or session.scalar(select(exists().select_from(HelpRequest)))
    )
