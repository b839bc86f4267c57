"""Leases: which runner works a network job now, claimed and renewed atomically.

A job (an outbox entry, an upload job) is worked by whoever holds its lease. Claiming is
one compare-and-set ``UPDATE``: it succeeds only when nobody holds the lease, the
holder's lease has expired (a crashed process, a power cut), or the claimer holds it
already. SQLite runs each ``UPDATE`` atomically, so two processes on one data folder (the
GUI and ``fieldkit sync``) can never both win, whatever the timing. A holder renews the
lease while it works (a heartbeat, :class:`desktop_app.sync.runner.LeaseKeeper`) and gives
it back when it is done. A holder that died on this machine (a crash, the app killed) is
recognised by its process id, so its jobs are taken over at once instead of after the
lease runs out; a holder on another machine (a shared folder) is waited for.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.orm import Session

from desktop_app.store.models import OutboxEntry, UploadJob
from desktop_app.system.processes import is_running

LeasedModel = type[OutboxEntry] | type[UploadJob]


def new_owner(role: str) -> str:
    """A unique name for one runner: ``role@host:pid:random`` (host and pid tell if it died)."""
    return f"{role}@{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"[:120]


def owner_is_dead(owner: str) -> bool:
    """True for an owner that ran on this machine in a process that no longer exists."""
    _role, _at, rest = owner.rpartition("@")
    host, _colon, tail = rest.partition(":")
    pid_text = tail.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    return not is_running(int(pid_text))


def dead_holders(session: Session, model: LeasedModel, now: datetime) -> list[str]:
    """Owners of live-looking leases whose process died on this machine."""
    query = (
        select(model.lease_owner)
        .where(model.lease_owner.is_not(None), model.lease_expires_at >= now)
        .distinct()
    )
    return [owner for owner in session.scalars(query) if owner and owner_is_dead(owner)]


def free_or_expired(
    model: LeasedModel, now: datetime, dead: Collection[str] = ()
) -> ColumnElement[bool]:
    """SQL condition: nobody holds the row's lease, it has run out, or its holder died."""
    condition = or_(model.lease_owner.is_(None), model.lease_expires_at < now)
    return or_(condition, model.lease_owner.in_(list(dead))) if dead else condition


def claim(
    session: Session,
    model: LeasedModel,
    job_id: int,
    owner: str,
    *,
    now: datetime,
    ttl: timedelta,
    where: tuple[ColumnElement[bool], ...] = (),
    values: dict[str, Any] | None = None,
) -> bool:
    """Take the lease of one row if it is free, expired, ours, or its holder died here.

    ``where`` adds conditions (e.g. the job must still be runnable). Returns whether the
    claim succeeded; the caller's transaction commits it.
    """
    dead = dead_holders(session, model, now)
    statement = (
        update(model)
        .where(
            model.id == job_id,
            or_(free_or_expired(model, now, dead), model.lease_owner == owner),
        )
        .where(*where)
        .values(lease_owner=owner, lease_expires_at=now + ttl, **(values or {}))
        .execution_options(synchronize_session=False)
    )
    return _changed(session.execute(statement))


def update_if_held(
    session: Session,
    model: LeasedModel,
    job_id: int,
    owner: str,
    *,
    now: datetime,
    ttl: timedelta,
    values: dict[str, Any],
    where: tuple[ColumnElement[bool], ...] = (),
) -> bool:
    """Write ``values`` and renew the lease, only while ``owner`` still holds it."""
    statement = (
        update(model)
        .where(model.id == job_id, model.lease_owner == owner)
        .where(*where)
        .values(lease_expires_at=now + ttl, **values)
        .execution_options(synchronize_session=False)
    )
    return _changed(session.execute(statement))


def renew(
    session: Session, model: LeasedModel, job_id: int, owner: str, *, now: datetime, ttl: timedelta
) -> bool:
    """Extend the lease while ``owner`` holds it (the heartbeat); False once it is lost."""
    return update_if_held(session, model, job_id, owner, now=now, ttl=ttl, values={})


def release(session: Session, model: LeasedModel, job_id: int, owner: str) -> None:
    """Give the lease back (a no-op when someone else holds it by now)."""
    session.execute(
        update(model)
        .where(model.id == job_id, model.lease_owner == owner)
        .values(lease_owner=None, lease_expires_at=None)
        .execution_options(synchronize_session=False)
    )


def _changed(result: Any) -> bool:
    return bool(result.rowcount == 1)
