"""Outbox rows: which entries are due, claiming one, and recording how its delivery went."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from desktop_app.store.models import OutboxEntry, OutboxState
from desktop_app.store.repositories import leases


def due_entry_ids(session: Session, now: datetime, *, due_only: bool) -> list[int]:
    """Entries to attempt: queued, failed-but-retryable, or ``sending`` by a dead runner.

    An entry in ``sending`` whose lease ran out was interrupted (a crash, a power cut).
    With ``due_only=False`` the backoff wait is ignored (the user's "send now").
    """
    retryable = or_(
        OutboxEntry.state.in_([OutboxState.QUEUED, OutboxState.FAILED]),
        (OutboxEntry.state == OutboxState.SENDING)
        & leases.free_or_expired(OutboxEntry, now, leases.dead_holders(session, OutboxEntry, now)),
    )
    query = select(OutboxEntry.id).where(retryable, OutboxEntry.next_attempt_at.is_not(None))
    if due_only:
        query = query.where(OutboxEntry.next_attempt_at <= now)
    return list(session.scalars(query.order_by(OutboxEntry.id)))


def pending_count(session: Session) -> int:
    """Entries not yet delivered."""
    query = select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state != "sent")
    return int(session.scalar(query) or 0)


def claim_entry(
    session: Session, entry_id: int, owner: str, *, now: datetime, ttl: timedelta
) -> OutboxEntry | None:
    """Take the entry's lease and mark it ``sending`` (one attempt more); ``None`` if taken."""
    claimed = leases.claim(
        session,
        OutboxEntry,
        entry_id,
        owner,
        now=now,
        ttl=ttl,
        where=(OutboxEntry.state != OutboxState.SENT,),
        values={
            "state": OutboxState.SENDING,
            "attempts": OutboxEntry.attempts + 1,
            "last_attempt_at": now,
        },
    )
    if not claimed:
        return None
    entry = session.get_one(OutboxEntry, entry_id)
    session.refresh(entry)
    return entry


def record_sent(session: Session, entry_id: int, result: dict[str, Any], now: datetime) -> None:
    """The delivery arrived: sent is final, whoever holds the lease by now."""
    entry = session.get_one(OutboxEntry, entry_id)
    entry.state = OutboxState.SENT
    entry.sent_at = now
    entry.result = result
    entry.last_error = None
    entry.lease_owner = None
    entry.lease_expires_at = None


def record_failure(
    session: Session,
    entry_id: int,
    owner: str,
    *,
    state: str,
    error: str,
    next_attempt_at: datetime | None,
) -> OutboxEntry | None:
    """Record a failed attempt and give the lease back; ``None`` if the lease was lost.

    One conditional ``UPDATE``: if another runner took the entry over (our lease ran out)
    or it arrived after all, nothing is written.
    """
    statement = (
        update(OutboxEntry)
        .where(
            OutboxEntry.id == entry_id,
            OutboxEntry.lease_owner == owner,
            OutboxEntry.state != OutboxState.SENT,
        )
        .values(
            state=state,
            last_error=error,
            next_attempt_at=next_attempt_at,
            lease_owner=None,
            lease_expires_at=None,
        )
        .execution_options(synchronize_session=False)
    )
    if session.execute(statement).rowcount != 1:  # type: ignore[attr-defined]
        return None
    entry = session.get_one(OutboxEntry, entry_id)
    session.refresh(entry)
    return entry


def make_due_now(session: Session, entry_id: int, now: datetime) -> None:
    """The user's "retry now" for one entry."""
    entry = session.get_one(OutboxEntry, entry_id)
    if entry.state != OutboxState.SENT:
        entry.state = OutboxState.QUEUED
        entry.next_attempt_at = now
