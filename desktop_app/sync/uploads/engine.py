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
    large files: the last chunk and the publish go with async=1; ``async_phase``
      (assembling / publishing) is saved first and the wiki's status polled (.waiting)

When the wiki says "not now" to everything (a rate limit, read-only, maxlag, a block),
the engine holds every upload to that wiki until a time it records with the reason
(:mod:`desktop_app.store.repositories.wiki_states`): the queue waits once, shows why and
until when, and resumes by itself.
"""

from __future__ import annotations

import enum
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta

from desktop_app.core.backoff import backoff_seconds
from desktop_app.core.faults import Fault, FaultKind, holds_the_wiki
from desktop_app.core.uploads import UploadState, WikiHold
from desktop_app.store.db import Database
from desktop_app.store.models import UploadJob, utcnow
from desktop_app.store.repositories import leases, wiki_states
from desktop_app.store.repositories import uploads as rows
from desktop_app.store.repositories.leases import new_owner
from desktop_app.sync.runner import LeaseKeeper
from desktop_app.sync.uploads import steps
from desktop_app.sync.uploads.chunking import BandwidthLimiter, ChunkPolicy
from desktop_app.sync.uploads.job_run import (
    CancelCheck,
    Interrupted,
    JobRun,
    LocalFileError,
    UploadProgress,
)
from desktop_app.sync.uploads.publishing import UnexpectedAnswer
from desktop_app.sync.uploads.waiting import StillWorking, next_check
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.errors import WikiError, classify
from desktop_app.wiki.uploads import WikiUploads

__all__ = ["JobRun", "RunOutcome", "RunResult", "UploadEngine", "UploadProgress"]

log = logging.getLogger(__name__)

ClientProvider = Callable[[], WikiClient]
MAX_RESTARTS = 5  # from-zero restarts in a row before the job waits for later
LEASE = timedelta(seconds=90)  # renewed by every save and by a heartbeat every 30 s
BACKOFF_BASE_S = 30.0  # between runs, after ``inline_retries`` failures in a row
BACKOFF_CAP_S = 6 * 3600.0
RESTART_CODES = frozenset({"stash-lost", "assembly-failed"})  # send the file again
# How long the whole wiki waits after each kind of "not now" without a Retry-After.
HOLD_SECONDS: Mapping[str, float] = {
    "ratelimited": 60.0,
    "http-429": 60.0,
    "readonly": 300.0,
    "maxlag": 30.0,
    "blocked": 3600.0,
    "autoblocked": 3600.0,
}


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
class RunResult:
    job_id: int
    outcome: RunOutcome
    fault: Fault | None = None

    @property
    def holds_the_wiki(self) -> bool:
        """Every other upload to this wiki would meet the same "not now"."""
        return self.fault is not None and holds_the_wiki(self.fault)


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
        api_url: str | None = None,
        poll_base: float = 1.0,
        poll_cap: float = 30.0,
        async_patience: float = 1800.0,
        async_recheck: timedelta = timedelta(minutes=2),
        hold_seconds: Mapping[str, float] | None = None,
    ) -> None:
        """``api_url`` names the wiki for its holds and chunk limit before connecting
        (default: the client's, once connected). ``poll_*``: the interval between two
        questions to the job queue; after ``async_patience`` seconds the job waits
        ``async_recheck`` and the runner goes on with other work."""
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
        self.api_url = api_url
        self.poll_base = poll_base
        self.poll_cap = poll_cap
        self.async_patience = async_patience
        self.async_recheck = async_recheck
        self.hold_seconds = {**HOLD_SECONDS, **(hold_seconds or {})}
        self._uploads: WikiUploads | None = None

    def wiki(self) -> WikiUploads:
        """The upload calls, connected on first use."""
        if self._uploads is None:
            self._uploads = WikiUploads(self.client_provider())
            self.api_url = self.api_url or self._uploads.api_url
        return self._uploads

    # -- what this engine knows about its wiki ---------------------------------------------

    def hold(self) -> WikiHold | None:
        """The hold on this wiki's uploads, if one is on now (no network)."""
        with self.db.session() as session:
            return wiki_states.active_hold(session, self.api_url, utcnow())

    def chunk_limit(self) -> int | None:
        """The chunk limit this wiki taught us (connects to learn which wiki it is)."""
        key = self.api_url or self.wiki().api_url
        with self.db.session() as session:
            return wiki_states.chunk_limit(session, key)

    def remember_chunk_limit(self, limit: int) -> None:
        key = self.api_url or self.wiki().api_url
        with self.db.session() as session:
            wiki_states.remember_chunk_limit(session, key, limit)

    def _hold_wiki(self, fault: Fault) -> WikiHold:
        key = self.api_url or self.wiki().api_url
        return record_hold(self.db, key, fault, self.hold_seconds)

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
        hold = self.hold()
        if hold is not None:  # the whole wiki said "not now": do not even ask
            fault = Fault(FaultKind.TEMPORARY, hold.code, hold.message)
            return RunResult(job_id, RunOutcome.WAITING, fault)
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
            except StillWorking:
                try:
                    next_check(run)  # the wiki's job queue is slow today: ask again later
                except Interrupted:
                    return RunResult(job.id, RunOutcome.INTERRUPTED)
                return RunResult(job.id, RunOutcome.WAITING)
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
        if holds_the_wiki(fault):
            hold = self._hold_wiki(fault)
            run.save(error_code=fault.code, last_error=fault.message, next_attempt_at=hold.until)
            return RunResult(job.id, RunOutcome.WAITING, fault)
        stash_lost = fault.code in RESTART_CODES
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


def record_hold(
    db: Database, api_url: str, fault: Fault, hold_seconds: Mapping[str, float] | None = None
) -> WikiHold:
    """Hold every upload to the wiki for as long as ``fault`` asks (or our default for it)."""
    defaults = hold_seconds or HOLD_SECONDS
    wait = fault.retry_after if fault.retry_after else defaults.get(fault.code, 60.0)
    hold = WikiHold(fault.code, fault.message, utcnow() + timedelta(seconds=max(wait, 1.0)))
    with db.session() as session:
        wiki_states.set_hold(session, api_url, hold)
    log.warning("Uploads to %s wait until %s: %s", api_url, hold.until, fault.message)
    return hold


def fault_of(error: BaseException) -> Fault:
    """The fault an exception inside a run stands for."""
    if isinstance(error, WikiError):
        return error.fault
    if isinstance(error, LocalFileError):
        return Fault(FaultKind.PERMANENT, "local-file", str(error))
    if isinstance(error, UnexpectedAnswer):
        return Fault(FaultKind.TEMPORARY, "internal", str(error), ambiguous=True)
    return classify(error)
