"""Upload jobs: the persisted state of getting one file to the wiki.

The rows are the upload queue. Everything the engine needs to resume after a dropped
link, a crash or a power cut lives here and is committed after every confirmed chunk:
the stash ``file_key``, the byte ``resume_offset`` the wiki has confirmed, and the state.
A job needs no media item (``media_item_id`` may be NULL): the engine's unit of work is
a local path, a target title, wikitext, a comment and a SHA-1.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.uploads import FINISHED_STATES, RUNNABLE_STATES, UploadState
from desktop_app.store.models.base import Base, utcnow

__all__ = ["FINISHED_STATES", "RUNNABLE_STATES", "UploadJob", "UploadState", "WikiUploadState"]


class UploadJob(Base):
    """Upload progress of one file, saved after each confirmed chunk so it can resume."""

    __tablename__ = "upload_jobs"
    __table_args__ = (
        Index("ix_upload_jobs_state", "state", "next_attempt_at"),
        Index("ix_upload_jobs_batch", "batch_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    media_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_items.id", ondelete="CASCADE"), nullable=True
    )
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_batches.id", ondelete="CASCADE"), nullable=True
    )
    # What to upload (a snapshot: later edits of the media item do not change a running job).
    local_path: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(String(500), default="")  # without "File:"
    wikitext: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    sha1: Mapped[str] = mapped_column(String(40), default="")
    file_size: Mapped[int] = mapped_column(default=0)
    captions: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)  # lang → text
    depicts: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)  # Q-ids
    # Where it is.
    state: Mapped[str] = mapped_column(String(20), default=UploadState.QUEUED.value)
    paused: Mapped[bool] = mapped_column(default=False)
    file_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    resume_offset: Mapped[int] = mapped_column(default=0)  # bytes the wiki has confirmed
    bytes_sent: Mapped[int] = mapped_column(default=0)  # payload bytes sent, retries included
    chunk_size: Mapped[int] = mapped_column(default=0)  # last adaptive chunk size
    restarts: Mapped[int] = mapped_column(default=0)  # uploads begun again from zero
    # Waiting for the wiki's job queue: "assembling" (all chunks sent with async=1) or
    # "publishing" (published with async=1); saved before the request, so after a restart
    # the engine asks the wiki where it stands instead of sending again.
    async_phase: Mapped[str | None] = mapped_column(String(20), nullable=True)
    wiki_stage: Mapped[str | None] = mapped_column(String(20), nullable=True)  # the wiki's word
    # The title asked for, when the wiki published the file under another one (``title``).
    requested_title: Mapped[str | None] = mapped_column(String(500), nullable=True)
    attempts: Mapped[int] = mapped_column(default=0)  # failed tries since the last progress
    next_attempt_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # Outcome.
    warnings: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)
    decision: Mapped[str | None] = mapped_column(String(40), nullable=True)
    error_code: Mapped[str | None] = mapped_column(String(100), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    page_url: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    verified_at: Mapped[datetime | None] = mapped_column(nullable=True)
    structured_data: Mapped[str | None] = mapped_column(String(40), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # The runner working this job now, and until when (see store.repositories.leases).
    lease_owner: Mapped[str | None] = mapped_column(String(120), nullable=True)
    lease_expires_at: Mapped[datetime | None] = mapped_column(nullable=True)


class WikiUploadState(Base):
    """What Fieldkit has learnt about one wiki (by API URL) that all its uploads share.

    ``chunk_limit``: the largest request body the wiki's PHP takes (learnt from a refused
    chunk; ``None``: no limit seen). ``hold_*``: the whole wiki refuses uploads for now
    (rate limit, read-only, maxlag, a block): why, and when to try again.
    """

    __tablename__ = "wiki_upload_states"

    api_url: Mapped[str] = mapped_column(String(500), primary_key=True)
    chunk_limit: Mapped[int | None] = mapped_column(nullable=True)
    hold_code: Mapped[str | None] = mapped_column(String(100), nullable=True)
    hold_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    hold_until: Mapped[datetime | None] = mapped_column(nullable=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
