"""The resumable chunked uploader: one :class:`UploadJob` row to a verified file on the wiki.

Why we drive ``action=upload`` ourselves (through pywikibot's request layer,
:mod:`desktop_app.wiki.uploads`) instead of pywikibot's ``Uploader._upload(file_key=,
offset=)``: the private method loops over all chunks internally with one fixed chunk
size, no callback after a chunk, no way to stop between chunks, and on an exhausted
retry raises ``ApiTimeoutError`` without the file key it learnt. We need to commit the
confirmed offset to SQLite after *every* chunk (so a power cut loses at most one chunk),
adapt the chunk size per chunk, honour pause/cancel and a bandwidth cap between chunks,
and keep warnings as the user's decision. pywikibot still does login, tokens, re-login,
maxlag, cookies and the HTTP; we only choose which request to send next. It is also a
public API (``Request`` with ``mime``), where ``_upload`` may change in any release.

State machine (persisted on the row, see :class:`UploadState`)::

    queued → uploading (chunks; file_key + resume_offset saved per chunk) → stashed
      → committing (saved before publishing) → published → verified
    small files: queued → committing (one request with the file)

Safety rules: after a failed or unknown chunk, ask the stash (``list=mystashedfiles``)
how much it holds before sending more; a stash that is gone restarts the file from zero;
before publishing again after an ambiguous failure, look the file up by SHA-1 (a file is
never published twice); after publishing, compare the wiki's SHA-1 with ours.
"""

from __future__ import annotations

import enum
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from desktop_app.files.hashing import sha1_of_file
from desktop_app.store.db import Database
from desktop_app.store.models import utcnow
from desktop_app.store.models.uploads import FINISHED_STATES, UploadJob, UploadState
from desktop_app.sync.outbox import backoff_delay
from desktop_app.sync.uploads.chunking import BandwidthLimiter, ChunkPolicy, ChunkSizer
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.faults import Fault, FaultKind, classify, retry_delay
from desktop_app.wiki.uploads import WikiUploads, take_last_response

log = logging.getLogger(__name__)

ClientProvider = Callable[[], WikiClient]
CancelCheck = Callable[[], bool]
MAX_RESTARTS = 5  # from-zero restarts in a row before the job waits for later


class RunOutcome(enum.StrEnum):
    """How one :meth:`UploadEngine.run_job` call ended."""

    VERIFIED = "verified"  # on the wiki, SHA-1 checked
    NEEDS_DECISION = "needs_decision"  # a wiki warning waits for the user
    FAILED = "failed"  # permanent error, reason on the job
    WAITING = "waiting"  # transient trouble; ``next_attempt_at`` says when to retry
    HALTED = "halted"  # the account does not work: stop the whole queue
    INTERRUPTED = "interrupted"  # cancel_check said stop (pause, cancel, shutdown)
    NOTHING_TO_DO = "nothing_to_do"  # finished, waiting for a decision, or missing


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


class _Interrupted(Exception):
    pass


class _UnexpectedAnswer(Exception):
    pass


class _Run:
    """One run of one job: the detached row (kept in step with the database) and helpers."""

    def __init__(
        self, job: UploadJob, progress_cb: Callable[[UploadProgress], None] | None,
        cancel_check: CancelCheck | None,
    ) -> None:  # fmt: skip
        self.job = job
        self.progress_cb = progress_cb
        self.cancel_check = cancel_check or (lambda: False)
        self.rate: float | None = None
        # True while the stash may hold more (or less) than resume_offset says.
        self.stash_uncertain = job.file_key is not None and job.state == UploadState.UPLOADING

    def report(self) -> None:
        if self.progress_cb is None:
            return
        job = self.job
        remaining = job.file_size - job.resume_offset
        eta = remaining / self.rate if self.rate else None
        self.progress_cb(
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
        self._uploads: WikiUploads | None = None

    # -- the loop ----------------------------------------------------------------------

    def run_job(
        self,
        job_id: int,
        progress_cb: Callable[[UploadProgress], None] | None = None,
        cancel_check: CancelCheck | None = None,
    ) -> RunResult:
        """Take the job as far as it goes now: verified, a decision, a failure, or a wait.

        Transient faults are retried here with backoff (``inline_retries`` in a row);
        after that the job gets ``next_attempt_at`` and the worker comes back later.
        """
        with self.db.session() as session:
            job = session.get(UploadJob, job_id)
        if job is None or job.state in FINISHED_STATES or job.state == UploadState.NEEDS_DECISION:
            return RunResult(job_id, RunOutcome.NOTHING_TO_DO)
        run = _Run(job, progress_cb, cancel_check)
        sizer = ChunkSizer(self.policy, job.chunk_size or None)
        failures = 0
        failed_at: tuple[str, int] | None = None
        while True:
            try:
                if run.cancel_check():
                    raise _Interrupted
                outcome = self._step(run, sizer)
                if outcome is not None:
                    return RunResult(job_id, outcome)
            except _Interrupted:
                return RunResult(job_id, RunOutcome.INTERRUPTED)
            except Exception as error:
                fault = classify(error, take_last_response())
                log.info("Upload job %s: %s (%s)", job_id, fault.code, fault.message)
                # Count failures in a row *without progress*: a link that drops every few
                # chunks still moves forward and must not be given up on.
                position = (str(job.state), job.resume_offset)
                failures = failures + 1 if position == failed_at else 1
                failed_at = position
                result = self._after_fault(run, fault, failures)
                if result is not None:
                    return result

    def _after_fault(self, run: _Run, fault: Fault, failures: int) -> RunResult | None:
        """Record a fault; ``None`` means: try again now (after a pause)."""
        job = run.job
        if fault.kind == FaultKind.PERMANENT:
            self._save(run, state=UploadState.FAILED, error_code=fault.code,
                       last_error=fault.message, finished_at=utcnow())  # fmt: skip
            return RunResult(job.id, RunOutcome.FAILED, fault)
        if fault.kind == FaultKind.AUTH:
            self._save(run, error_code=fault.code, last_error=fault.message)
            self._uploads = None
            return RunResult(job.id, RunOutcome.HALTED, fault)
        if fault.kind == FaultKind.STASH_LOST and job.restarts < MAX_RESTARTS:
            self._restart(run, fault.code)
            return None
        if fault.server_offset is not None and job.state == UploadState.UPLOADING:
            self._save(run, resume_offset=fault.server_offset)
            run.stash_uncertain = False
            return None  # the wiki told us where it is: no pause needed
        if failures > self.inline_retries or fault.kind == FaultKind.STASH_LOST:
            attempts = job.attempts + 1
            self._save(run, attempts=attempts, error_code=fault.code, last_error=fault.message,
                       next_attempt_at=utcnow() + backoff_delay(attempts, self.rng))  # fmt: skip
            return RunResult(job.id, RunOutcome.WAITING, fault)
        self._save(run, error_code=fault.code, last_error=fault.message)
        delay = retry_delay(failures, base=self.retry_base, cap=self.retry_cap,
                            retry_after=fault.retry_after, rng=self.rng)  # fmt: skip
        self._pause(run, delay)
        return None

    def _pause(self, run: _Run, seconds: float) -> None:
        while seconds > 0:
            if run.cancel_check():
                raise _Interrupted
            step = min(seconds, 0.2)
            self.sleep(step)
            seconds -= step

    def _wiki(self) -> WikiUploads:
        if self._uploads is None:
            self._uploads = WikiUploads(self.client_provider())
        return self._uploads

    def _step(self, run: _Run, sizer: ChunkSizer) -> RunOutcome | None:
        """Do the next network step for the job's state; an outcome ends the run."""
        job = run.job
        state = UploadState(job.state)
        if state in (UploadState.QUEUED, UploadState.UPLOADING):
            self._check_local_file(run)
            if job.file_size <= self.policy.single_request_limit and not job.file_key:
                self._save(run, state=UploadState.COMMITTING)
                return self._publish(run)
            self._send_chunks(run, sizer)
            return None
        if state == UploadState.STASHED:
            wiki = self._wiki()
            if job.file_key is None or wiki.stash_sha1(job.file_key) != job.sha1:
                self._restart(run, "stash-mismatch")  # gone, or not our bytes
                return None
            self._save(run, state=UploadState.COMMITTING)
            return self._publish(run)
        if state == UploadState.COMMITTING:
            # An earlier publish may have arrived even though no answer came back.
            if self._already_published(run):
                self._save(run, state=UploadState.PUBLISHED, file_key=None)
                return None
            if job.file_key is None and job.file_size > self.policy.single_request_limit:
                self._restart(run, "nothing-stashed")
                return None
            return self._publish(run)
        if state == UploadState.PUBLISHED:
            return self._verify(run)
        raise _UnexpectedAnswer(f"job {job.id} in state {state}")

    # -- steps -------------------------------------------------------------------------

    def _check_local_file(self, run: _Run) -> None:
        """The file must still be the one queued (same SHA-1); fills in size and SHA-1."""
        job = run.job
        path = Path(job.local_path)
        digest = sha1_of_file(path)
        size = path.stat().st_size
        if job.sha1 and digest != job.sha1:
            raise _LocalFileChanged(f"{path} changed since it was queued")
        if not job.sha1 or job.file_size != size:
            self._save(run, sha1=digest, file_size=size)

    def _send_chunks(self, run: _Run, sizer: ChunkSizer) -> None:
        job = run.job
        wiki = self._wiki()
        if run.stash_uncertain:
            self._reconcile_stash(run, wiki)
            if job.state != UploadState.UPLOADING and job.state != UploadState.QUEUED:
                return
        if job.state != UploadState.UPLOADING:
            self._save(run, state=UploadState.UPLOADING)
        with open(job.local_path, "rb") as source:
            while job.resume_offset < job.file_size:
                if run.cancel_check():
                    raise _Interrupted
                offset = job.resume_offset
                source.seek(offset)
                chunk = source.read(sizer.size)
                if self.limiter and not self.limiter.acquire(len(chunk), run.cancel_check):
                    raise _Interrupted
                began = time.monotonic()
                try:
                    answer = wiki.send_chunk(job.title, job.file_size, offset, chunk, job.file_key)
                except Exception:
                    sizer.failed()
                    self._save(run, bytes_sent=job.bytes_sent + len(chunk), chunk_size=sizer.size)
                    run.stash_uncertain = job.file_key is not None
                    raise
                elapsed = max(time.monotonic() - began, 1e-6)
                sizer.succeeded(len(chunk), elapsed)
                run.rate = (
                    len(chunk) / elapsed
                    if run.rate is None
                    else (0.7 * run.rate + 0.3 * len(chunk) / elapsed)
                )
                result = answer.get("result")
                common: dict[str, Any] = {
                    "file_key": str(answer.get("filekey") or job.file_key),
                    "bytes_sent": job.bytes_sent + len(chunk), "chunk_size": sizer.size,
                    "attempts": 0, "error_code": None, "last_error": None,
                }  # fmt: skip
                if result == "Continue":
                    self._save(run, resume_offset=int(answer.get("offset", offset + len(chunk))),
                               **common)  # fmt: skip
                elif result == "Success":
                    self._save(run, resume_offset=job.file_size, state=UploadState.STASHED,
                               **common)  # fmt: skip
                else:
                    raise _UnexpectedAnswer(f"chunk answer {answer!r}")
                run.report()
        if job.state == UploadState.UPLOADING:
            # All bytes confirmed but the final answer was lost: ask the stash.
            run.stash_uncertain = True
            self._reconcile_stash(run, wiki)

    def _reconcile_stash(self, run: _Run, wiki: WikiUploads) -> None:
        """Align ``resume_offset`` with what the wiki's stash really holds."""
        job = run.job
        entries = wiki.stashed_files()
        mine = next((entry for entry in entries if entry.file_key == job.file_key), None)
        run.stash_uncertain = False
        if mine is not None and mine.size < job.file_size:
            if mine.size != job.resume_offset:
                log.info("Job %s: stash holds %s bytes, we had %s", job.id, mine.size,
                         job.resume_offset)  # fmt: skip
            self._save(run, resume_offset=mine.size)
            return
        # Assembled chunks get a new key: the last chunk's answer may have been lost.
        finished = [e for e in entries if e.size == job.file_size and e.status == "finished"]
        for entry in reversed(finished):
            if wiki.stash_sha1(entry.file_key) == job.sha1:
                self._save(run, file_key=entry.file_key, resume_offset=job.file_size,
                           state=UploadState.STASHED)  # fmt: skip
                return
        self._restart(run, "stash-expired")

    def _restart(self, run: _Run, reason: str) -> None:
        log.warning("Upload job %s starts again from zero (%s)", run.job.id, reason)
        self._save(run, state=UploadState.QUEUED, file_key=None, resume_offset=0,
                   restarts=run.job.restarts + 1, last_error=reason)  # fmt: skip
        run.stash_uncertain = False

    def _already_published(self, run: _Run) -> bool:
        job = run.job
        wanted = _normal_title(job.title)
        titles = self._wiki().titles_with_sha1(job.sha1)
        return any(_normal_title(title.partition(":")[2]) == wanted for title in titles)

    def _publish(self, run: _Run) -> RunOutcome | None:
        job = run.job
        wiki = self._wiki()
        content = None
        if job.file_key is None:
            content = Path(job.local_path).read_bytes()
        answer = wiki.publish(
            job.title, job.wikitext, job.comment or "Uploaded with Fieldkit",
            file_key=job.file_key, content=content, ignore_warnings=job.decision == "ignore",
        )  # fmt: skip
        if content is not None:
            self._save(run, bytes_sent=job.bytes_sent + len(content), resume_offset=job.file_size)
        result = answer.get("result")
        if result == "Success":
            url = (answer.get("imageinfo") or {}).get("descriptionurl")
            self._save(run, state=UploadState.PUBLISHED, file_key=None, page_url=url)
            run.report()
            return None
        if result == "Warning":
            warnings = _warning_list(answer.get("warnings") or {})
            file_key = answer.get("filekey") or answer.get("sessionkey") or job.file_key
            if _is_our_own_copy(warnings, job.title):
                self._save(run, state=UploadState.PUBLISHED, file_key=None)
                return None
            self._save(run, state=UploadState.NEEDS_DECISION, warnings=warnings,
                       file_key=file_key, decision=None)  # fmt: skip
            run.report()
            return RunOutcome.NEEDS_DECISION
        raise _UnexpectedAnswer(f"publish answer {answer!r}")

    def _verify(self, run: _Run) -> RunOutcome:
        job = run.job
        wiki = self._wiki()
        if job.verified_at is None:
            published = wiki.published_file(job.title)
            if published is None:
                raise _NotVisibleYet(f"File:{job.title} not found after publishing")
            if published.sha1 != job.sha1:
                self._save(run, state=UploadState.FAILED, error_code="verify-mismatch",
                           last_error=f"wiki has SHA-1 {published.sha1}, ours is {job.sha1}",
                           finished_at=utcnow())  # fmt: skip
                return RunOutcome.FAILED
            self._save(run, verified_at=utcnow(), page_url=published.description_url)
        structured = self._structured_data(run, wiki)
        self._save(run, state=UploadState.VERIFIED, structured_data=structured,
                   error_code=None, last_error=None, finished_at=utcnow())  # fmt: skip
        run.report()
        return RunOutcome.VERIFIED

    def _structured_data(self, run: _Run, wiki: WikiUploads) -> str:
        """Captions and depicts where the wiki has WikibaseMediaInfo; say so where not."""
        job = run.job
        if not job.captions and not job.depicts:
            return "none"
        if not wiki.has_structured_data():
            return "skipped-no-mediainfo"
        try:
            wiki.set_captions_and_depicts(job.title, job.captions or {}, job.depicts or [])
        except Exception as error:
            fault = classify(error, take_last_response())
            if fault.transient:
                raise
            return f"failed:{fault.code}"[:40]
        return "added"

    # -- persistence -------------------------------------------------------------------

    def _save(self, run: _Run, **changes: Any) -> None:
        """Commit changes to the row (and the in-memory copy); stop if cancelled meanwhile."""
        with self.db.session() as session:
            row = session.get_one(UploadJob, run.job.id)
            if row.state == UploadState.CANCELLED and changes.get("state") not in (None,):
                raise _Interrupted
            for name, value in changes.items():
                setattr(row, name, value)
                setattr(run.job, name, value)


class _LocalFileChanged(OSError):
    """The file on disk is not the one queued: the user must look (a permanent fault)."""


class _NotVisibleYet(ConnectionError):
    """Published but not readable yet (replication lag): retry the verification."""


def _normal_title(title: str) -> str:
    title = title.replace("_", " ").strip()
    return title[:1].upper() + title[1:]


def _warning_list(warnings: dict[str, Any]) -> list[dict[str, Any]]:
    """Wiki warnings as JSON-able choices: ``[{"code": "duplicate", "detail": [...]}, ...]``."""
    return [{"code": str(code), "detail": detail} for code, detail in warnings.items()]


def _is_our_own_copy(warnings: list[dict[str, Any]], title: str) -> bool:
    """The warnings say this exact file is already the current version of our title."""
    codes = {warning["code"] for warning in warnings}
    if codes & {"nochange", "no-change"}:
        return True
    for warning in warnings:
        if warning["code"] == "duplicate":
            detail = warning["detail"]
            names = detail if isinstance(detail, list) else [detail]
            if _normal_title(title) in {_normal_title(str(name)) for name in names}:
                return True
    return False


def next_attempt_in(job: UploadJob) -> timedelta | None:
    """How long until the worker retries this job (``None``: not waiting)."""
    if job.next_attempt_at is None:
        return None
    return max(job.next_attempt_at - utcnow(), timedelta(0))
