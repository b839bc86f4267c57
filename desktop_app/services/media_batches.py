"""Media batches: finding and creating them, listing them, and their batch-wide settings.

A batch's settings (default licence, title pattern, location policy) are changed one at a
time and each change returns the previous value, which the editor keeps for undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.core.batch_names import validate_batch_name
from desktop_app.core.form_checks import InvalidInput, blocking
from desktop_app.core.media_checks import GPS_POLICIES
from desktop_app.core.partnership import validate_partnership
from desktop_app.store.bundled import catalogue_licence_id, get_licence
from desktop_app.store.repositories import media as media_repo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.db import Database
    from desktop_app.store.models import MediaBatch


class MediaError(Exception):
    """A request the media service cannot carry out (unknown batch, bad policy...);
    ``code`` is stable for scripts (``batch.not_found``, ``batch.ambiguous``...)."""

    def __init__(self, message: str, code: str = "media.refused", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class BatchInfo:
    """A batch as lists and the CLI show it."""

    id: int
    name: str
    partnership: str
    licence_id: str | None
    gps_policy: str
    title_pattern: str
    language: str
    items: int


@dataclass(frozen=True)
class BatchChoice:
    """One batch as the chooser lists it."""

    id: int
    name: str
    partnership: str


def find_batch(db: Database, batch_name: str, partnership: str | None = None) -> BatchInfo:
    """The batch called ``batch_name`` (within ``partnership`` when given); MediaError if
    there is none or the name is ambiguous across partnerships."""
    with db.session() as session:
        batches = media_repo.batches_named(session, batch_name, partnership)
        if not batches:
            raise MediaError(
                f"There is no batch called '{batch_name}'.", "batch.not_found", batch=batch_name
            )
        if len(batches) > 1:
            raise MediaError(
                f"Several partnerships have a batch called '{batch_name}'; name the partnership.",
                "batch.ambiguous",
                batch=batch_name,
            )
        return _info(session, batches[0])


def ensure_batch(
    db: Database, partnership_name: str, batch_name: str, create_partnership: bool = True
) -> tuple[BatchInfo, bool]:
    """The batch, created if needed; returns (batch, whether the partnership was created).

    A new batch takes the partnership's licence as its default when it is in the catalogue.
    A name that may not be made (blank, too long, a line break or another control
    character) raises :class:`InvalidInput`, and nothing is created.
    """
    with db.session() as session:
        partnership = media_repo.partnership_named(session, partnership_name)
        created = False
        if partnership is None:
            if not create_partnership:
                raise MediaError(
                    f"There is no partnership called '{partnership_name}'.",
                    "partnership.not_found",
                    name=partnership_name,
                )
            refused = blocking(validate_partnership({"name": partnership_name}))
            if refused:
                raise InvalidInput(refused)
            partnership = media_repo.add_partnership(session, partnership_name)
            created = True
        batch = media_repo.batch_of_partnership(session, partnership.id, batch_name)
        if batch is None:
            refused = validate_batch_name(batch_name)
            if refused:
                raise InvalidInput(refused)  # the session rolls back a partnership just added
            licence_id = catalogue_licence_id(getattr(partnership, "licence_id", None))
            batch = media_repo.add_batch(session, partnership.id, batch_name, licence_id)
        return _info(session, batch), created


def batch_info(db: Database, batch_id: int) -> BatchInfo | None:
    """The batch's settings and size; ``None`` if it no longer exists."""
    with db.session() as session:
        batch = media_repo.get_batch(session, batch_id)
        return _info(session, batch) if batch is not None else None


def _info(session: Session, batch: MediaBatch) -> BatchInfo:
    return BatchInfo(
        id=batch.id,
        name=batch.name,
        partnership=batch.partnership.name,
        licence_id=batch.licence_id,
        gps_policy=batch.gps_policy,
        title_pattern=batch.title_pattern,
        language=batch.language,
        items=media_repo.count_items(session, batch.id),
    )


def list_batches(db: Database) -> list[BatchChoice]:
    """Every batch with its partnership, by partnership then batch name."""
    with db.session() as session:
        rows = [BatchChoice(*row) for row in media_repo.batch_names(session)]
    return sorted(rows, key=lambda row: (row.partnership.casefold(), row.name.casefold()))


def batch_of_item(db: Database, item_id: int) -> int | None:
    """The batch holding the file ``item_id``; ``None`` if the file no longer exists."""
    with db.session() as session:
        return media_repo.batch_of_item(session, item_id)


def require_batch(session: Session, batch_id: int) -> MediaBatch:
    """The batch (for other media services); MediaError if there is none."""
    batch = media_repo.get_batch(session, batch_id)
    if batch is None:
        raise MediaError(f"There is no batch with id {batch_id}.", "batch.not_found")
    return batch


# --- batch-wide settings (each returns the previous value, for undo) --------------------


def set_batch_licence(db: Database, batch_id: int, licence_id: str | None) -> str | None:
    """Set (or clear, with ``None``) the batch's default licence; returns the previous one.

    Raises ``LookupError`` for an unknown batch and ``UnknownLicence`` for a licence
    outside the catalogue.
    """
    with db.session() as session:
        batch = _existing(session, batch_id)
        previous = batch.licence_id
        batch.licence_id = get_licence(licence_id).id if licence_id else None
        return previous


def set_batch_pattern(db: Database, batch_id: int, pattern: str) -> str:
    """Remember the batch's title pattern; returns the previous one (for undo)."""
    with db.session() as session:
        batch = _existing(session, batch_id)
        previous, batch.title_pattern = batch.title_pattern, pattern
        return previous


def set_gps_policy(db: Database, batch_id: int, policy: str) -> str:
    """Keep or strip location data for the batch; returns the previous policy (for undo)."""
    if policy not in GPS_POLICIES:
        raise MediaError(f"GPS policy must be one of {', '.join(GPS_POLICIES)}.")
    with db.session() as session:
        batch = require_batch(session, batch_id)
        previous, batch.gps_policy = batch.gps_policy, policy
        return previous


def _existing(session: Session, batch_id: int) -> MediaBatch:
    batch = media_repo.get_batch(session, batch_id)
    if batch is None:
        raise LookupError(f"no batch with id {batch_id}")
    return batch
