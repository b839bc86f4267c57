"""The resumable chunked uploader: one upload job row to a verified file on the wiki.

Why we drive ``action=upload`` ourselves (through the wiki gate, :mod:`desktop_app.wiki.uploads`)
instead of pywikibot's ``Uploader._upload(file_key=, offset=)``: the private method loops
over all chunks internally with one fixed chunk size, no callback after a chunk, no way to
stop between chunks, and on an exhausted retry raises ``ApiTimeoutError`` without the file
key it learnt. We need to commit the confirmed offset to SQLite after *every* chunk (so a
power cut loses at most one chunk), adapt the chunk size per chunk, honour pause/cancel and
a bandwidth cap between chunks, and keep warnings as the user's decision. pywikibot still
does login, tokens, re-login, maxlag, cookies and the HTTP; we only choose which request
to send next.

A run starts by claiming the job's lease (:mod:`desktop_app.store.repositories.leases`);
every save renews it and is refused once it is lost, so two runners (the GUI and a
``fieldkit sync``) never work one job, and nothing can undo a verified job. The protocol
steps themselves (chunks, stash, publish, verify) are in :mod:`.steps`.

State machine (persisted on the row, see :class:`~desktop_app.core.uploads.UploadState`)::

    queued → uploading (chunks; file_key + resume_offset saved per chunk) → stashed
      → committing (saved before publishing) → published → verified
    small files: queued → committing (one request with the file)
"""

from __future__ import annotations

import enum
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from desktop_app.core.backoff import backoff_seconds
from desktop_app.core.faults import Fault, FaultKind
from desktop_app.core.uploads import UploadState
from desktop_app.store.db import Database
from desktop_app.store.models import UploadJob, utcnow
from desktop_app.store.repositories import leases
from desktop_app.store.repositories import uploads as rows
from desktop_app.store.repositories.leases import new_owner
from desktop_app.sync.runner import LeaseKeeper
from desktop_app.sync.uploads import steps
from desktop_app.sync.uploads.chunking import BandwidthLimiter, ChunkPolicy, ChunkSizer
from desktop_app.sync.uploads.steps import Interrupted, LocalFileError, UnexpectedAnswer
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.errors import WikiError, classify
from desktop_app.wiki.uploads import WikiUploads

log = logging.getLogger(__name__)

ClientProvider = Callable[[], WikiClient]
CancelCheck = Callable[[], bool]
MAX_RESTARTS = 5  # from-zero restarts in a row before the job waits for later
LEASE = timedelta(seconds=90)  # renewed by every save and by a heartbeat every 30 s
BACKOFF_BASE_S = 30.0  # between runs, after ``inline_retries`` failures in a row
BACKOFF_CAP_S = 6 * 3600.0
STOP_CHECK_INTERVAL_S = 0.5  # how often a run asks the database "paused? cancelled?"


class RunOutcome(enum.StrEnum):
    """How one :meth:`UploadEngine.run_job` call ended."""

    VERIFIED = "verified"  # on the wiki, SHA-1 checked
    NEEDS_DECISION = "needs_decision"  # a wiki warning waits for the user
    FAILED = "failed"  # permanent error, reason on the job
    WAITING = "waiting"  # transient trouble; ``next_attempt_at`` says when to retry
    HALTED = "halted"  # the account does not work: stop the whole queue
    INTERRUPTED = "interrupted"  # stopped (pause, cancel, shutdown, lease lost)
    NOTHING_TO_DO = "nothing_to_do"  # finished, waiting for a decision, missing, or taken


@dataclass(frozen=True)
class UploadProgress:
    """One file's progress, reported after each confirmed chunk and state change."""

    job_id: int
    state: str
    confirmed_bytes: int
    file_size: int
    bytes_sent: int
    chunk_size: int
    rate_bytes_per_second: float | None
    eta_seconds: float | None


@dataclass(frozen=True)
class RunResult:
    job_id: int
    outcome: RunOutcome
    fault: Fault | None = None


class JobRun:
    """One run of one job: the row (kept in step with the database) and what steps need."""

    def __init__(
        self,
        engine: UploadEngine,
        job: UploadJob,
        owner: str,
        progress_cb: Callable[[UploadProgress], None] | None,
        cancel_check: CancelCheck | None,
    ) -> None:
        self.engine = engine
        self.job = job
        self.owner = owner
        self.sizer = ChunkSizer(engine.policy, job.chunk_size or None)
        self.rate: float | None = None
        # True while the stash may hold more (or less) than resume_offset says.
        self.stash_uncertain = job.file_key is not None and job.state == UploadState.UPLOADING
        # (size, mtime) of the local file when it was last hashed in this run.
        self.file_checked: tuple[int, float] | None = None
        self._progress_cb = progress_cb
        self._cancel_check = cancel_check or (lambda: False)
        self._stop_checked_at = 0.0
        self.lease_lost = threading.Event()  # set by the heartbeat when another runner took over

    @property
    def policy(self) -> ChunkPolicy:
        return self.engine.policy

    @property
    def limiter(self) -> BandwidthLimiter | None:
        return self.engine.limiter

    def wiki(self) -> WikiUploads:
        return self.engine.wiki()

    def should_stop(self, *, fresh: bool = False) -> bool:
        """Stopped from outside, or paused or cancelled (asked of the database at most
        twice a second while waiting; ``fresh`` asks now, as before every chunk)."""
        if self._cancel_check() or self.lease_lost.is_set():
            return True
        now = time.monotonic()
        if not fresh and now - self._stop_checked_at < STOP_CHECK_INTERVAL_S:
            return False
        self._stop_checked_at = now
        with self.engine.db.session() as session:
            return rows.stop_requested(session, self.job.id, self.owner)

    def save(self, **changes: Any) -> None:
        """Commit ``changes`` (and renew the lease); :class:`Interrupted` if refused."""
        with self.engine.db.session() as session:
            saved = rows.save_leased(
                session, self.job.id, self.owner, changes, now=utcnow(), ttl=self.engine.lease
            )
        if not saved:
            log.info("Upload job %s: stopped (cancelled, finished or taken over)", self.job.id)
            raise Interrupted
        for name, value in changes.items():
            setattr(self.job, name, value)

    def restart(self, reason: str) -> None:
        """Send the file again from zero (the stash is gone or holds other bytes)."""
        log.warning("Upload job %s starts again from zero (%s)", self.job.id, reason)
        self.save(
            state=UploadState.QUEUED,
            file_key=None,
            resume_offset=0,
            restarts=self.job.restarts + 1,
            last_error=reason,
        )
        self.stash_uncertain = False

    def report(self) -> None:
        if self._progress_cb is None:
            return
        job = self.job
        remaining = job.file_size - job.resume_offset
        eta = remaining / self.rate if self.rate else None
        self._progress_cb(
            UploadProgress(
                job.id,
                job.state,
                job.resume_offset,
                job.file_size,
                job.bytes_sent,
                job.chunk_size,
                self.rate,
                eta,
            )
        )


class UploadEngine:
    """Runs upload jobs against the wiki; blocking, call from a worker thread."""

    def __init__(
        self,
        db: Database,
        client_provider: ClientProvider,
        *,
        policy: ChunkPolicy | None = None,
        limiter: BandwidthLimiter | None = None,
        retry_base: float = 1.0,
        retry_cap: float = 60.0,
        inline_retries: int = 8,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
        lease: timedelta = LEASE,
        on_finished: Callable[[UploadJob], None] | None = None,
    ) -> None:
        self.db = db
        self.client_provider = client_provider
        self.policy = policy or ChunkPolicy()
        self.limiter = limiter
        self.retry_base = retry_base
        self.retry_cap = retry_cap
        self.inline_retries = inline_retries
        self.sleep = sleep
        self.rng = rng
        self.lease = lease
        self.on_finished = on_finished
        self.owner = new_owner("upload")
        self._uploads: WikiUploads | None = None

    def wiki(self) -> WikiUploads:
        """The upload calls, connected on first use."""
        if self._uploads is None:
            self._uploads = WikiUploads(self.client_provider())
        return self._uploads

    def run_job(
        self,
        job_id: int,
        progress_cb: Callable[[UploadProgress], None] | None = None,
        cancel_check: CancelCheck | None = None,
        *,
        owner: str | None = None,
    ) -> RunResult:
        """Take the job as far as it goes now: verified, a decision, a failure, or a wait.

        The job is leased to ``owner`` (this engine by default) for the run; a job that
        is not runnable, or leased by someone else, is left alone (NOTHING_TO_DO).
        Transient faults are retried here with backoff (``inline_retries`` in a row);
        after that the job gets ``next_attempt_at`` and the runner comes back later.
        """
        owner = owner or self.owner
        with self.db.session() as session:
            job = rows.claim_job(session, job_id, owner, now=utcnow(), ttl=self.lease)
            if job is not None:
                session.expunge(job)
        if job is None:
            return RunResult(job_id, RunOutcome.NOTHING_TO_DO)
        run = JobRun(self, job, owner, progress_cb, cancel_check)
        heartbeat = LeaseKeeper(lambda: self._renew(job_id, owner), self.lease.total_seconds() / 3)
        run.lease_lost = heartbeat.lost
        try:
            with heartbeat:
                return self._drive(run)
        finally:
            with self.db.session() as session:
                rows.release_job(session, job_id, owner)
                finished = rows.get_job(session, job_id)
                if finished is not None and self.on_finished is not None:
                    self.on_finished(finished)

    def _renew(self, job_id: int, owner: str) -> bool:
        with self.db.session() as session:
            return leases.renew(session, UploadJob, job_id, owner, now=utcnow(), ttl=self.lease)

    def _drive(self, run: JobRun) -> RunResult:
        job = run.job
        failures = 0
        failed_at: tuple[str, int] | None = None
        while True:
            try:
                if run.should_stop():
                    raise Interrupted
                outcome = steps.next_step(run)
                if outcome is not None:
                    return RunResult(job.id, RunOutcome(outcome))
            except Interrupted:
                return RunResult(job.id, RunOutcome.INTERRUPTED)
            except Exception as error:
                fault = fault_of(error)
                log.info("Upload job %s: %s (%s)", job.id, fault.code, fault.message)
                # Count failures in a row *without progress*: a link that drops every few
                # chunks still moves forward and must not be given up on.
                position = (str(job.state), job.resume_offset)
                failures = failures + 1 if position == failed_at else 1
                failed_at = position
                try:
                    result = self._after_fault(run, fault, failures)
                except Interrupted:
                    return RunResult(job.id, RunOutcome.INTERRUPTED)
                if result is not None:
                    return result

    def _after_fault(self, run: JobRun, fault: Fault, failures: int) -> RunResult | None:
        """Record a fault; ``None`` means: try again now (after a pause)."""
        job = run.job
        if fault.kind == FaultKind.PERMANENT:
            run.save(
                state=UploadState.FAILED,
                error_code=fault.code,
                last_error=fault.message,
                finished_at=utcnow(),
            )
            return RunResult(job.id, RunOutcome.FAILED, fault)
        if fault.kind == FaultKind.LOGIN:
            run.save(error_code=fault.code, last_error=fault.message)
            self._uploads = None
            return RunResult(job.id, RunOutcome.HALTED, fault)
        stash_lost = fault.code == "stash-lost"
        if stash_lost and job.restarts < MAX_RESTARTS:
            run.restart(fault.code)
            return None
        if fault.server_offset is not None and job.state == UploadState.UPLOADING:
            run.save(resume_offset=fault.server_offset)
            run.stash_uncertain = False
            return None  # the wiki told us where it is: no pause needed
        if failures > self.inline_retries or stash_lost:
            attempts = job.attempts + 1
            wait = backoff_seconds(
                attempts,
                base=BACKOFF_BASE_S,
                cap=BACKOFF_CAP_S,
                retry_after=fault.retry_after,
                rng=self.rng,
            )
            run.save(
                attempts=attempts,
                error_code=fault.code,
                last_error=fault.message,
                next_attempt_at=utcnow() + timedelta(seconds=wait),
            )
            return RunResult(job.id, RunOutcome.WAITING, fault)
        run.save(error_code=fault.code, last_error=fault.message)
        delay = backoff_seconds(
            failures,
            base=self.retry_base,
            cap=self.retry_cap,
            retry_after=fault.retry_after,
            rng=self.rng,
        )
        self.pause(run, delay)
        return None

    def pause(self, run: JobRun, seconds: float) -> None:
        """Wait ``seconds`` in small steps, stopping at once when told to."""
        while seconds > 0:
            if run.should_stop():
                raise Interrupted
            step = min(seconds, 0.2)
            self.sleep(step)
            seconds -= step


def fault_of(error: BaseException) -> Fault:
    """The fault an exception inside a run stands for."""
    if isinstance(error, WikiError):
        return error.fault
    if isinstance(error, LocalFileError):
        return Fault(FaultKind.PERMANENT, "local-file", str(error))
    if isinstance(error, UnexpectedAnswer):
        return Fault(FaultKind.TEMPORARY, "internal", str(error), ambiguous=True)
    return classify(error)
