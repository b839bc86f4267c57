"""Upload job rows: the persisted queue, its commands, its counts, and leased saves."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Update, case, func, or_, select, update
from sqlalchemy.orm import Session

from desktop_app.core.uploads import (
    ACCOUNT_HALT_CODES,
    RUNNABLE_STATES,
    JobScope,
    QueueStatus,
    UploadSpec,
    UploadState,
    tally_states,
)
from desktop_app.store.models import MediaBatch, UploadJob
from desktop_app.store.repositories import leases
from desktop_app.store.repositories.settings import read_setting

PAUSED_ALL_KEY = "uploads_paused_all"  # an AppSettings field

# Jobs a command may still change (pause, resume, cancel).
OPEN_STATES = (*RUNNABLE_STATES, UploadState.NEEDS_DECISION)
# Jobs on their way or done (a file with one of these is not queued again).
ACTIVE_STATES = (*OPEN_STATES, UploadState.VERIFIED)


def _size_of(path: str) -> int:
    """The file's size for progress totals now (the engine checks it again before sending)."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def add_jobs(session: Session, specs: Iterable[UploadSpec], batch_id: int | None) -> list[int]:
    """New queued jobs for ``specs``; returns their ids (committed by the caller)."""
    jobs = [
        UploadJob(
            batch_id=batch_id,
            media_item_id=spec.media_item_id,
            local_path=spec.local_path,
            title=spec.title,
            wikitext=spec.wikitext,
            comment=spec.comment,
            sha1=spec.sha1,
            captions=spec.captions,
            depicts=spec.depicts,
            file_size=_size_of(spec.local_path),
        )
        for spec in specs
    ]
    session.add_all(jobs)
    session.flush()
    return [job.id for job in jobs]


def get_job(session: Session, job_id: int) -> UploadJob | None:
    return session.get(UploadJob, job_id)


def list_jobs(session: Session, batch_id: int | None = None) -> list[UploadJob]:
    """Every job (of one batch, or all) in queue order."""
    query = select(UploadJob).order_by(UploadJob.id)
    if batch_id is not None:
        query = query.where(UploadJob.batch_id == batch_id)
    return list(session.scalars(query))


def active_state_by_item(session: Session, batch_id: int) -> dict[int, str]:
    """Item id → state of its newest job that is on its way or done."""
    query = (
        select(UploadJob.media_item_id, UploadJob.state)
        .where(UploadJob.batch_id == batch_id, UploadJob.state.in_(ACTIVE_STATES))
        .order_by(UploadJob.id)
    )
    return {item_id: state for item_id, state in session.execute(query) if item_id is not None}


def supersede_failed(session: Session, item_ids: list[int], now: datetime) -> None:
    """A file queued again replaces its failed job (so status no longer counts it)."""
    if not item_ids:
        return
    query = select(UploadJob).where(
        UploadJob.media_item_id.in_(item_ids), UploadJob.state == UploadState.FAILED
    )
    for job in session.scalars(query):
        job.state = UploadState.CANCELLED
        job.last_error = f"queued again; was: {job.last_error or job.error_code or 'failed'}"
        job.finished_at = now


def batch_names(session: Session, batch_ids: Iterable[int]) -> dict[int, str]:
    ids = set(batch_ids)
    if not ids:
        return {}
    query = select(MediaBatch.id, MediaBatch.name).where(MediaBatch.id.in_(ids))
    return {batch_id: name for batch_id, name in session.execute(query)}


# --- commands on open jobs -----------------------------------------------------------------


def _in_scope(statement: Any, scope: JobScope) -> Any:
    """``statement`` narrowed to one job, one batch, or (neither) left as it is."""
    if scope.job_id is not None:
        return statement.where(UploadJob.id == scope.job_id)
    if scope.batch_id is not None:
        return statement.where(UploadJob.batch_id == scope.batch_id)
    return statement


def _open(scope: JobScope) -> Update:
    return _in_scope(update(UploadJob).where(UploadJob.state.in_(OPEN_STATES)), scope)


def open_job_ids(session: Session, scope: JobScope, *, paused: bool | None = None) -> list[int]:
    """Open jobs in ``scope`` (only the paused or unpaused ones, when ``paused`` says)."""
    query = select(UploadJob.id).where(UploadJob.state.in_(OPEN_STATES))
    if paused is not None:
        query = query.where(UploadJob.paused.is_(paused))
    return list(session.scalars(_in_scope(query, scope).order_by(UploadJob.id)))


def set_paused(session: Session, scope: JobScope, paused: bool, now: datetime) -> list[int]:
    """Pause or resume the open jobs in ``scope`` (resumed ones are due at once); returns
    the jobs whose pause changed."""
    changed = open_job_ids(session, scope, paused=not paused)
    values: dict[str, Any] = {"paused": paused}
    if not paused:
        values["next_attempt_at"] = now
    session.execute(_open(scope).values(**values))
    return changed


def cancel(session: Session, scope: JobScope, now: datetime) -> dict[int, str]:
    """Cancel the open jobs in ``scope``; returns job id → local path of those cancelled."""
    query = select(UploadJob.id, UploadJob.local_path).where(UploadJob.state.in_(OPEN_STATES))
    rows = session.execute(_in_scope(query, scope)).all()
    session.execute(_open(scope).values(state=UploadState.CANCELLED, finished_at=now))
    return {job_id: path for job_id, path in rows}


def retryable_job_ids(session: Session, scope: JobScope, now: datetime) -> list[int]:
    """Failed jobs, and unpaused ones waiting after trouble, in ``scope``: what "retry" means."""
    waiting = (
        UploadJob.state.in_(RUNNABLE_STATES)
        & UploadJob.paused.is_(False)
        & (UploadJob.next_attempt_at > now)
    )
    query = select(UploadJob.id).where(or_(UploadJob.state == UploadState.FAILED, waiting))
    return list(session.scalars(_in_scope(query, scope).order_by(UploadJob.id)))


def make_due(session: Session, job_id: int, now: datetime) -> None:
    """Due at once (a failed job too, e.g. after the file was fixed)."""
    job = session.get_one(UploadJob, job_id)
    if job.state == UploadState.FAILED:
        job.state = UploadState.QUEUED
        job.finished_at = None
    job.next_attempt_at = now
    job.attempts = 0


def decide(
    session: Session, job_id: int, decision: str, new_title: str | None, now: datetime
) -> None:
    """Record the user's answer to a wiki warning (see ``services.uploads.decide``)."""
    job = session.get_one(UploadJob, job_id)
    if job.state != UploadState.NEEDS_DECISION:
        raise ValueError(f"job {job_id} is {job.state}, not waiting for a decision")
    if decision == "skip":
        job.state = UploadState.CANCELLED
        job.finished_at = now
        return
    if decision == "rename":
        if not new_title:
            raise ValueError("rename needs a new title")
        job.title = new_title
    job.decision = "ignore" if decision == "ignore" else None
    job.state = UploadState.STASHED if job.file_key else UploadState.QUEUED
    job.next_attempt_at = now


def waiting_job_ids(session: Session, now: datetime) -> list[int]:
    """Runnable jobs held back until later after transient trouble."""
    query = select(UploadJob.id).where(
        UploadJob.state.in_(RUNNABLE_STATES),
        UploadJob.paused.is_(False),
        UploadJob.next_attempt_at > now,
    )
    return list(session.scalars(query))


def account_halt(session: Session) -> str:
    """The account failure the first waiting job stopped on (``""``: none)."""
    query = (
        select(UploadJob.error_code)
        .where(UploadJob.state.in_(RUNNABLE_STATES))
        .where(UploadJob.error_code.in_(ACCOUNT_HALT_CODES))
        .order_by(UploadJob.id)
        .limit(1)
    )
    return session.scalar(query) or ""


def status(session: Session, batch_id: int | None, paused_all: bool) -> QueueStatus:
    """Counts and bytes per state (one batch, or everything)."""
    query = select(
        UploadJob.state,
        func.count(),
        func.sum(UploadJob.file_size),
        func.sum(UploadJob.resume_offset),
        func.sum(case((UploadJob.paused, 1), else_=0)),
    ).group_by(UploadJob.state)
    if batch_id is not None:
        query = query.where(UploadJob.batch_id == batch_id)
    groups = session.execute(query).all()
    return tally_states(groups, paused_all=paused_all)  # type: ignore[arg-type]


def local_paths_by_state(session: Session) -> list[tuple[str, str]]:
    """(local path, state) of every job: which kept copies are still needed."""
    return [
        (path, state)
        for path, state in session.execute(select(UploadJob.local_path, UploadJob.state))
    ]


# --- the runner's side ---------------------------------------------------------------------


def due_job_ids(session: Session, now: datetime, *, due_only: bool) -> list[int]:
    """Runnable, unpaused jobs nobody else works, in queue order."""
    query = select(UploadJob.id).where(
        UploadJob.state.in_(RUNNABLE_STATES),
        UploadJob.paused.is_(False),
        leases.free_or_expired(UploadJob, now, leases.dead_holders(session, UploadJob, now)),
    )
    if due_only:
        query = query.where(
            or_(UploadJob.next_attempt_at.is_(None), UploadJob.next_attempt_at <= now)
        )
    return list(session.scalars(query.order_by(UploadJob.id)))


def claim_job(
    session: Session, job_id: int, owner: str, *, now: datetime, ttl: timedelta
) -> UploadJob | None:
    """Lease a runnable, unpaused job; ``None`` when it is not (or someone else has it)."""
    claimed = leases.claim(
        session,
        UploadJob,
        job_id,
        owner,
        now=now,
        ttl=ttl,
        where=(UploadJob.state.in_(RUNNABLE_STATES), UploadJob.paused.is_(False)),
    )
    if not claimed:
        return None
    job = session.get_one(UploadJob, job_id)
    session.refresh(job)
    return job


def save_leased(
    session: Session,
    job_id: int,
    owner: str,
    changes: Mapping[str, Any],
    *,
    now: datetime,
    ttl: timedelta,
) -> bool:
    """Write ``changes`` and renew the lease while ``owner`` holds it.

    Refused (False) when the lease is lost or the job is verified or cancelled meanwhile
    (final states: nothing may undo them).
    """
    conditions = [UploadJob.state.not_in((UploadState.VERIFIED, UploadState.CANCELLED))]
    return leases.update_if_held(
        session,
        UploadJob,
        job_id,
        owner,
        now=now,
        ttl=ttl,
        values={**changes, "updated_at": now},
        where=tuple(conditions),
    )


def paused_all(session: Session) -> bool:
    """The user's "pause all uploads" switch (a setting)."""
    return bool(read_setting(session, PAUSED_ALL_KEY, False))


def stop_requested(session: Session, job_id: int, owner: str) -> bool:
    """Whether a running job must stop: paused (it, or all), cancelled, gone, lease lost."""
    if paused_all(session):
        return True
    row = session.execute(
        select(UploadJob.paused, UploadJob.state, UploadJob.lease_owner).where(
            UploadJob.id == job_id
        )
    ).one_or_none()
    return (
        row is None
        or bool(row.paused)
        or row.state == UploadState.CANCELLED
        or row.lease_owner != owner
    )


def release_job(session: Session, job_id: int, owner: str) -> None:
    leases.release(session, UploadJob, job_id, owner)
