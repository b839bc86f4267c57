"""The persisted upload queue and its background worker.

The queue *is* the ``upload_jobs`` table: enqueuing commits rows, so the queue survives
restarts; pausing, resuming and cancelling (one job, one batch, or everything) are row
updates the running engine notices between chunks. The worker takes due jobs one at a
time (one wiki, in order, like an outbox) and comes back by itself to jobs that wait
after transient trouble. Everything here is plain threads and SQLite: no Qt.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, or_, select, update

from desktop_app.store.db import Database
from desktop_app.store.models import Setting, utcnow
from desktop_app.store.models.uploads import RUNNABLE_STATES, UploadJob, UploadState
from desktop_app.sync.uploads.engine import RunOutcome, UploadEngine, UploadProgress

log = logging.getLogger(__name__)

PAUSED_ALL_KEY = "uploads.paused_all"
DECISIONS = ("ignore", "rename", "skip")


@dataclass(frozen=True)
class UploadSpec:
    """What to upload: the engine's unit of work, independent of media intake."""

    local_path: str
    title: str  # target file name, without "File:"
    wikitext: str
    comment: str = "Uploaded with Fieldkit"
    sha1: str = ""  # filled in by the engine when empty
    media_item_id: int | None = None
    captions: dict[str, str] | None = None
    depicts: list[str] | None = None


@dataclass
class QueueStatus:
    """Counts per state and bytes, for one batch or everything."""

    jobs_by_state: dict[str, int] = field(default_factory=dict)
    total_bytes: int = 0
    confirmed_bytes: int = 0
    paused_jobs: int = 0
    paused_all: bool = False

    @property
    def pending(self) -> int:
        return sum(self.jobs_by_state.get(state, 0) for state in RUNNABLE_STATES)

    def to_dict(self) -> dict[str, Any]:
        return {
            "jobs_by_state": self.jobs_by_state, "total_bytes": self.total_bytes,
            "confirmed_bytes": self.confirmed_bytes, "paused_jobs": self.paused_jobs,
            "paused_all": self.paused_all, "pending": self.pending,
        }  # fmt: skip


class UploadQueue:
    """Commands on the persisted queue; safe to call from any thread."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def enqueue(self, specs: Iterable[UploadSpec], batch_id: int | None = None) -> list[int]:
        """Add files to the queue (committed at once); returns the job ids."""
        with self.db.session() as session:
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

    def _jobs(self, batch_id: int | None, job_id: int | None) -> Any:
        query = update(UploadJob).where(UploadJob.state.in_((*RUNNABLE_STATES, "needs_decision")))
        if job_id is not None:
            query = query.where(UploadJob.id == job_id)
        elif batch_id is not None:
            query = query.where(UploadJob.batch_id == batch_id)
        return query

    def pause(self, batch_id: int | None = None, job_id: int | None = None) -> None:
        """Pause one job, one batch, or (no arguments) everything, new jobs included."""
        with self.db.session() as session:
            if batch_id is None and job_id is None:
                session.merge(Setting(key=PAUSED_ALL_KEY, value=True))
            else:
                session.execute(self._jobs(batch_id, job_id).values(paused=True))

    def resume(self, batch_id: int | None = None, job_id: int | None = None) -> None:
        """Undo :meth:`pause`; resuming everything also resumes paused batches and jobs."""
        with self.db.session() as session:
            if batch_id is None and job_id is None:
                session.merge(Setting(key=PAUSED_ALL_KEY, value=False))
            session.execute(
                self._jobs(batch_id, job_id).values(paused=False, next_attempt_at=utcnow())
            )

    def cancel(self, batch_id: int | None = None, job_id: int | None = None) -> None:
        """Stop and drop unfinished jobs (one, a batch, or all); finished ones stay."""
        with self.db.session() as session:
            session.execute(
                self._jobs(batch_id, job_id).values(
                    state=UploadState.CANCELLED, finished_at=utcnow()
                )
            )

    def retry_now(self, job_id: int) -> None:
        """Make a waiting job due at once (a failed one too, e.g. after fixing the file)."""
        with self.db.session() as session:
            job = session.get_one(UploadJob, job_id)
            if job.state == UploadState.FAILED:
                job.state = UploadState.QUEUED
                job.finished_at = None
            job.next_attempt_at = utcnow()
            job.attempts = 0

    def decide(self, job_id: int, decision: str, new_title: str | None = None) -> None:
        """Answer a wiki warning: ``ignore`` (publish anyway), ``rename``, or ``skip``.

        The stashed bytes are reused: nothing is sent again.
        """
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision {decision!r}")
        with self.db.session() as session:
            job = session.get_one(UploadJob, job_id)
            if job.state != UploadState.NEEDS_DECISION:
                raise ValueError(f"job {job_id} is {job.state}, not waiting for a decision")
            if decision == "skip":
                job.state = UploadState.CANCELLED
                job.finished_at = utcnow()
                return
            if decision == "rename":
                if not new_title:
                    raise ValueError("rename needs a new title")
                job.title = new_title
            job.decision = "ignore" if decision == "ignore" else None
            job.state = UploadState.STASHED if job.file_key else UploadState.QUEUED
            job.next_attempt_at = utcnow()

    def paused_all(self) -> bool:
        with self.db.session() as session:
            return bool(session.scalar(select(Setting.value).where(Setting.key == PAUSED_ALL_KEY)))

    def should_stop(self, job_id: int) -> bool:
        """Whether a running job must stop now (paused, cancelled, or everything paused)."""
        with self.db.session() as session:
            row = session.execute(
                select(UploadJob.paused, UploadJob.state).where(UploadJob.id == job_id)
            ).one_or_none()
            paused_all = session.scalar(select(Setting.value).where(Setting.key == PAUSED_ALL_KEY))
        return (
            row is None
            or bool(row.paused)
            or row.state == UploadState.CANCELLED
            or bool(paused_all)
        )

    def due_job_ids(self, *, due_only: bool = True) -> list[int]:
        """Runnable, unpaused jobs in queue order (all of them with ``due_only=False``)."""
        if self.paused_all():
            return []
        query = select(UploadJob.id).where(
            UploadJob.state.in_(RUNNABLE_STATES), UploadJob.paused.is_(False)
        )
        if due_only:
            query = query.where(
                or_(UploadJob.next_attempt_at.is_(None), UploadJob.next_attempt_at <= utcnow())
            )
        with self.db.session() as session:
            return list(session.scalars(query.order_by(UploadJob.id)))

    def status(self, batch_id: int | None = None) -> QueueStatus:
        """Counts and bytes for the UI's batch rows and ``fieldkit upload status``."""
        query = select(
            UploadJob.state, func.count(), func.sum(UploadJob.file_size),
            func.sum(UploadJob.resume_offset), func.sum(case((UploadJob.paused, 1), else_=0)),
        ).group_by(UploadJob.state)  # fmt: skip
        if batch_id is not None:
            query = query.where(UploadJob.batch_id == batch_id)
        status = QueueStatus(paused_all=self.paused_all())
        with self.db.session() as session:
            for state, count, size, confirmed, paused in session.execute(query):
                status.jobs_by_state[state] = int(count)
                status.total_bytes += int(size or 0)
                done = state in (UploadState.VERIFIED, UploadState.PUBLISHED)
                status.confirmed_bytes += int(size or 0) if done else int(confirmed or 0)
                status.paused_jobs += int(paused or 0)
        return status


def _size_of(path: str) -> int:
    """The file's size for progress totals now (the engine checks it again before sending)."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


@dataclass
class UploadReport:
    """What one pass of the worker did (for ``fieldkit upload`` / ``fieldkit sync``)."""

    outcomes: dict[int, str] = field(default_factory=dict)
    halted_by: str | None = None

    def count(self, outcome: RunOutcome) -> int:
        return sum(1 for value in self.outcomes.values() if value == outcome)


class UploadWorker:
    """Works off the queue on a background thread (or synchronously with :meth:`run_pending`).

    ``allowed`` is asked before each job: return False to hold uploads (e.g. "unmetered
    connections only" while on a metered link, or offline).
    """

    def __init__(
        self,
        queue: UploadQueue,
        engine: UploadEngine,
        *,
        allowed: Callable[[], bool] = lambda: True,
        progress_cb: Callable[[UploadProgress], None] | None = None,
        idle_seconds: float = 15.0,
    ) -> None:
        self.queue = queue
        self.engine = engine
        self.allowed = allowed
        self.progress_cb = progress_cb
        self.idle_seconds = idle_seconds
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def run_pending(self, *, due_only: bool = True) -> UploadReport:
        """One pass over the due jobs; stops early when halted, held or stopped."""
        report = UploadReport()
        for job_id in self.queue.due_job_ids(due_only=due_only):
            if self._stop.is_set() or not self.allowed():
                break
            result = self.engine.run_job(job_id, self.progress_cb, self._stop_check(job_id))
            report.outcomes[job_id] = result.outcome
            if result.outcome == RunOutcome.HALTED:
                report.halted_by = result.fault.code if result.fault else "halted"
                break
        return report

    def _stop_check(self, job_id: int) -> Callable[[], bool]:
        def should_stop() -> bool:
            return self._stop.is_set() or self.queue.should_stop(job_id)

        return should_stop

    def start(self) -> None:
        """Run in the background until :meth:`stop`."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="upload-worker", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Look at the queue now (after enqueue, resume, or when the link came back)."""
        self._wake.set()

    def stop(self, timeout: float | None = 30.0) -> None:
        """Stop after the current chunk; the job stays resumable."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                report = self.run_pending()
            except Exception:
                log.exception("Upload worker pass crashed; trying again later")
                report = UploadReport(halted_by="internal")
            if report.outcomes and report.halted_by is None:
                continue  # more may be due right away
            self._wake.wait(self.idle_seconds)
            self._wake.clear()
