"""The life of an upload job, as plain values (the store, the engine and the UI share them)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class UploadState(enum.StrEnum):
    """Life of an upload job.

    queued → uploading → stashed → committing → published → verified. ``committing``
    is saved *before* the publishing request, so after an ambiguous failure the engine
    knows the file may already be on the wiki and looks it up by SHA-1 first.
    ``needs_decision`` waits for the user (a wiki warning such as ``duplicate``);
    ``failed`` holds a permanent error; ``cancelled`` was stopped by the user.
    """

    QUEUED = "queued"
    UPLOADING = "uploading"
    STASHED = "stashed"
    COMMITTING = "committing"
    PUBLISHED = "published"
    VERIFIED = "verified"
    NEEDS_DECISION = "needs_decision"
    FAILED = "failed"
    CANCELLED = "cancelled"


class AsyncPhase(enum.StrEnum):
    """What a job waits for while the wiki's job queue works (``UploadJob.async_phase``).

    Large files are assembled from their chunks and published by the wiki's job queue
    (``async=1``), which can take minutes; the job polls ``checkstatus`` meanwhile.
    """

    ASSEMBLING = "assembling"  # state ``uploading``, every byte confirmed
    PUBLISHING = "publishing"  # state ``committing``


# States the worker may pick up (if not paused and due).
# Failures of the account, not of a file: every job would meet them (codes of the faults).
ACCOUNT_HALT_CODES = frozenset({"login_failed", "not_configured", "no_password"})

RUNNABLE_STATES = (
    UploadState.QUEUED,
    UploadState.UPLOADING,
    UploadState.STASHED,
    UploadState.COMMITTING,
    UploadState.PUBLISHED,
)
FINISHED_STATES = (UploadState.VERIFIED, UploadState.FAILED, UploadState.CANCELLED)


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
            "jobs_by_state": self.jobs_by_state,
            "total_bytes": self.total_bytes,
            "confirmed_bytes": self.confirmed_bytes,
            "paused_jobs": self.paused_jobs,
            "paused_all": self.paused_all,
            "pending": self.pending,
        }


def tally_states(
    groups: Iterable[tuple[str, int, int | None, int | None, int | None]], *, paused_all: bool
) -> QueueStatus:
    """The queue's status from per-state (count, bytes, confirmed bytes, paused jobs) sums.

    Published and verified files count all their bytes as confirmed. The store's two read
    paths (ORM and the light commands' ``sqlite3``) both sum with this.
    """
    result = QueueStatus(paused_all=paused_all)
    for state, count, size, confirmed, paused in groups:
        result.jobs_by_state[state] = int(count)
        result.total_bytes += int(size or 0)
        done = state in (UploadState.VERIFIED, UploadState.PUBLISHED)
        result.confirmed_bytes += int(size or 0) if done else int(confirmed or 0)
        result.paused_jobs += int(paused or 0)
    return result


@dataclass(frozen=True)
class JobScope:
    """Which jobs a command means: one job, one batch, or (neither) all of them."""

    batch_id: int | None = None
    job_id: int | None = None

    @property
    def everything(self) -> bool:
        return self.batch_id is None and self.job_id is None


DECISIONS = ("ignore", "rename", "skip")


@dataclass(frozen=True)
class WikiHold:
    """The whole wiki refuses uploads for now: why (a fault code), in its words, and until when.

    Codes: ``ratelimited``, ``http-429``, ``readonly``, ``maxlag``, ``blocked``,
    ``autoblocked``. No job to that wiki is tried before ``until``; then the queue
    resumes by itself.
    """

    code: str
    message: str
    until: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "until": self.until.isoformat()}


def active_hold(
    code: str | None, message: str | None, until: datetime | None, now: datetime
) -> WikiHold | None:
    """The stored hold of a wiki if there is one and it has not run out by ``now``."""
    if code is None or until is None or until <= now:
        return None
    return WikiHold(code, message or "", until)
