"""An upload job as lists and ``fieldkit upload status`` show it, built from a stored job.

Apart from :mod:`desktop_app.services.uploads` (which reads rows through the ORM) so the
light ``upload status`` builds the same views without loading SQLAlchemy: ``job`` is an
ORM row or any value with the same attributes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.core.uploads import RUNNABLE_STATES, UploadState, WikiHold


@dataclass(frozen=True)
class JobView:
    """One upload job as lists and ``fieldkit upload status`` show it."""

    id: int
    batch_id: int | None
    media_item_id: int | None
    title: str
    state: str
    paused: bool
    file_size: int
    confirmed_bytes: int
    sha1: str
    page_url: str | None
    error_code: str | None
    last_error: str | None
    warnings: list[dict[str, Any]] | None
    next_attempt_at: Any
    verified_at: Any
    running: bool = False  # a runner (this app, another window, a ``sync``) holds it now
    # Why a runnable job waits (a fault code: the wiki's hold or the job's own trouble)
    # and until when; ``None`` when it is due.
    waiting_for: str | None = None
    waiting_until: Any = None
    async_phase: str | None = None  # "assembling"/"publishing": the wiki's job queue works
    wiki_stage: str | None = None  # what the wiki said last (queued, assembling, publish)
    requested_title: str | None = None  # when the wiki published it as ``title`` instead

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _waiting(job: Any, hold: WikiHold | None, now: Any) -> tuple[str | None, Any]:
    """(reason, until) for a runnable job held back; (None, None) when it is due."""
    if job.state not in RUNNABLE_STATES:
        return None, None
    own = job.next_attempt_at if job.next_attempt_at and job.next_attempt_at > now else None
    if hold is not None and (own is None or hold.until >= own):
        return hold.code, hold.until
    if own is not None:
        return job.error_code or "retry", own
    return None, None


def job_view(job: Any, hold: WikiHold | None, now: Any) -> JobView:
    """The view of a stored job at ``now``, with the wiki's ``hold`` (if any) applied."""
    done = (UploadState.PUBLISHED, UploadState.VERIFIED)
    waiting_for, waiting_until = _waiting(job, hold, now)
    return JobView(
        id=job.id,
        batch_id=job.batch_id,
        media_item_id=job.media_item_id,
        title=job.title,
        state=job.state,
        paused=job.paused,
        file_size=job.file_size,
        confirmed_bytes=job.file_size if job.state in done else job.resume_offset,
        sha1=job.sha1,
        page_url=job.page_url,
        error_code=job.error_code,
        last_error=job.last_error,
        warnings=job.warnings,
        next_attempt_at=job.next_attempt_at,
        verified_at=job.verified_at,
        running=bool(job.lease_owner and job.lease_expires_at and job.lease_expires_at > now),
        waiting_for=waiting_for,
        waiting_until=waiting_until,
        async_phase=job.async_phase,
        wiki_stage=job.wiki_stage,
        requested_title=job.requested_title,
    )
