"""Bundle bookkeeping rows: who we are, what left and arrived, merge bases, conflicts.

Writers here change a row only when its value really changes, so importing a bundle a
second time leaves the database as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.bundle_merge import Base, canonical
from desktop_app.store.models import (
    BundleConflict,
    BundleReceived,
    BundleSent,
    RecordAlias,
    RecordBase,
    Setting,
)
from desktop_app.store.repositories.media import in_chunks
from desktop_app.store.repositories.settings import read_setting

INSTALLATION_KEY = "installation_id"  # written by migration 0009


def installation_id(session: Session) -> str:
    """This data folder's own id (made by the migration; made here if it is missing)."""
    value = read_setting(session, INSTALLATION_KEY)
    if not value:
        value = str(uuid.uuid4())
        session.merge(Setting(key=INSTALLATION_KEY, value=value))
    return str(value)


# -- sent -----------------------------------------------------------------------------------
def next_sequence(session: Session) -> int:
    """The sequence number of the next bundle or receipt this installation writes."""
    return int(session.scalar(select(func.max(BundleSent.sequence))) or 0) + 1


def record_sent(session: Session, **values: Any) -> BundleSent:
    row = BundleSent(**values)
    session.add(row)
    session.flush()
    return row


def sent_bundle(session: Session, bundle_id: str) -> BundleSent | None:
    return session.scalar(select(BundleSent).where(BundleSent.bundle_id == bundle_id))


# -- received ---------------------------------------------------------------------------------
def received_bundle(session: Session, bundle_id: str) -> BundleReceived | None:
    return session.scalar(select(BundleReceived).where(BundleReceived.bundle_id == bundle_id))


def record_received(session: Session, **values: Any) -> BundleReceived:
    row = BundleReceived(**values)
    session.add(row)
    session.flush()
    return row


# -- merge bases ------------------------------------------------------------------------------
def bases(session: Session, keys: Sequence[str]) -> dict[str, Base]:
    """The stored bases of these records (keys without one are left out)."""
    found: dict[str, Base] = {}
    for chunk in in_chunks(list(keys)):
        for row in session.scalars(select(RecordBase).where(RecordBase.key.in_(chunk))):
            found[row.key] = Base(dict(row.values or {}), row.source_installation, row.sequence)
    return found


def base_values(session: Session, key: str) -> dict[str, Any] | None:
    row = session.get(RecordBase, key)
    return dict(row.values) if row is not None else None


def set_base(
    session: Session,
    key: str,
    values: Mapping[str, Any],
    source: str,
    sequence: int,
    now: datetime,
) -> None:
    """Remember ``values`` as last received for ``key`` (untouched when nothing changed)."""
    row = session.get(RecordBase, key)
    if row is None:
        session.add(
            RecordBase(
                key=key,
                values=dict(values),
                source_installation=source,
                sequence=sequence,
                updated_at=now,
            )
        )
        return
    if (
        canonical(row.values) == canonical(dict(values))
        and row.source_installation == source
        and row.sequence == sequence
    ):
        return
    row.values = dict(values)
    row.source_installation = source
    row.sequence = sequence
    row.updated_at = now


# -- conflicts --------------------------------------------------------------------------------
def add_conflict(session: Session, **values: Any) -> BundleConflict | None:
    """Record a conflict unless the same one (record, field, incoming value) is open."""
    query = select(BundleConflict).where(
        BundleConflict.record_key == values["record_key"],
        BundleConflict.field == values["field"],
        BundleConflict.resolved_at.is_(None),
    )
    for open_conflict in session.scalars(query):
        if canonical(open_conflict.incoming_value) == canonical(values["incoming_value"]):
            return None
    row = BundleConflict(**values)
    session.add(row)
    session.flush()
    return row


def open_conflicts(session: Session) -> list[BundleConflict]:
    query = (
        select(BundleConflict)
        .where(BundleConflict.resolved_at.is_(None))
        .order_by(BundleConflict.id)
    )
    return list(session.scalars(query))


def get_conflict(session: Session, conflict_id: int) -> BundleConflict | None:
    return session.get(BundleConflict, conflict_id)


# -- aliases ----------------------------------------------------------------------------------
def alias_of(session: Session, foreign_uuid: str) -> str | None:
    row = session.get(RecordAlias, foreign_uuid)
    return row.local_uuid if row is not None else None


def add_alias(session: Session, kind: str, foreign_uuid: str, local_uuid: str) -> None:
    if session.get(RecordAlias, foreign_uuid) is None:
        session.add(RecordAlias(foreign_uuid=foreign_uuid, kind=kind, local_uuid=local_uuid))
