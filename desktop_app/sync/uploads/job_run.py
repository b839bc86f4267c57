"""One run of one upload job: the row (kept in step with the database) and what steps need.

A :class:`JobRun` lives from the claim of a job's lease to its release. It saves every
change through the lease (refused once the lease is lost or the job finished), reads the
file chunk by chunk (never whole: memory stays flat whatever the size), and holds the
run's adaptive chunk size, capped by the limit the wiki taught us (remembered per wiki).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.faults import Fault
from desktop_app.core.uploads import UploadState
from desktop_app.store.models import UploadJob, utcnow
from desktop_app.store.repositories import uploads as rows
from desktop_app.sync.uploads.chunking import BandwidthLimiter, ChunkPolicy, ChunkSizer
from desktop_app.wiki.uploads import WikiUploads

if TYPE_CHECKING:
    from desktop_app.sync.uploads.engine import UploadEngine

log = logging.getLogger(__name__)

CancelCheck = Callable[[], bool]
STOP_CHECK_INTERVAL_S = 0.5  # how often a run asks the database "paused? cancelled?"


class Interrupted(Exception):
    """Stop this run now; the job stays resumable."""


class LocalFileError(Exception):
    """The file on disk cannot be read, or is not the one queued: the user must look."""


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
    async_phase: str | None = None  # "assembling"/"publishing": the wiki's job queue works
    wiki_stage: str | None = None  # what the wiki said last: queued, assembling, publish


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
        self._limit_applied = False
        self._unconfirmed_limit: int | None = None
        self.rate: float | None = None
        # True while the stash may hold more (or less) than resume_offset says.
        self.stash_uncertain = job.file_key is not None and job.state == UploadState.UPLOADING
        # (size, mtime) of the local file when it was last hashed in this run.
        self.file_checked: tuple[int, float] | None = None
        self.wiki_checked = False  # the wiki's size limit and file types were checked
        self.prefer_async = False  # a synchronous final chunk failed: let the queue assemble
        self.publish_synchronously = False  # an async publish failed: learn why
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

    def wants_async(self) -> bool:
        """Whether the wiki's job queue should assemble and publish this file."""
        if self.publish_synchronously or self.job.file_key is None:
            return False
        return self.prefer_async or self.job.file_size > self.policy.async_threshold

    def chunk_sizer(self) -> ChunkSizer:
        """The run's chunk sizer, capped by the chunk limit remembered for this wiki."""
        if not self._limit_applied:
            limit = self.engine.chunk_limit()
            if limit is not None:
                self.sizer.cap(limit)
            self._limit_applied = True
        return self.sizer

    def learn_chunk_limit(self, fault: Fault, sent: int) -> bool:
        """After a refused chunk of ``sent`` bytes: True if it was too large (and the sizer
        now sends less). A limit the wiki names is remembered for the wiki at once; a body
        PHP dropped silently halves the chunk, remembered once the smaller one got through.
        """
        if fault.code == "chunk-too-large" and fault.size_limit and fault.size_limit < sent:
            self.sizer.cap(fault.size_limit)
            self.engine.remember_chunk_limit(fault.size_limit)
            log.info("Job %s: the wiki takes chunks up to %s bytes", self.job.id, fault.size_limit)
            return True
        if fault.code == "request-too-large" and sent > self.policy.minimum:
            self.sizer.cap(sent // 2)
            self._unconfirmed_limit = sent // 2
            log.info("Job %s: a %s-byte chunk got lost in the server; halving", self.job.id, sent)
            return True
        return False

    def confirm_chunk_size(self, sent: int) -> None:
        """A chunk of ``sent`` bytes got through: a halved limit is now known to work."""
        if self._unconfirmed_limit is not None and sent <= self._unconfirmed_limit:
            self.engine.remember_chunk_limit(self._unconfirmed_limit)
            self._unconfirmed_limit = None

    def read_chunk(self, offset: int, size: int) -> bytes:
        """``size`` bytes of the file from ``offset`` (one chunk; never the whole file)."""
        path = self.job.local_path
        try:
            with open(path, "rb") as source:
                source.seek(offset)
                return source.read(size)
        except OSError as error:
            raise LocalFileError(f"{path} cannot be read: {error}") from error

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
            async_phase=None,
            wiki_stage=None,
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
                job.async_phase,
                job.wiki_stage,
            )
        )
