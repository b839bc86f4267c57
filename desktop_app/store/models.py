"""Typed ORM models.

Schema changes go through Alembic migrations in ``store/migrations/versions``; never change
a table here without adding a revision that does the same.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite has no time zones, so we store UTC everywhere."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON}


class OutboxState(enum.StrEnum):
    """Life of an outbox entry: queued → sending → sent | failed (failed entries retry)."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class RequestState(enum.StrEnum):
    """What the user sees of a help request."""

    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class Setting(Base):
    """One user setting; values are JSON so they keep their types."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


class Partnership(Base):
    """A partner institution and the state of working with it."""

    __tablename__ = "partnerships"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(40), default="other")
    country: Mapped[str] = mapped_column(String(80), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    contact_name: Mapped[str] = mapped_column(String(300), default="")
    contact_details: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(40), default="idea")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    help_requests: Mapped[list[HelpRequest]] = relationship(back_populates="partnership")
    batches: Mapped[list[MediaBatch]] = relationship(back_populates="partnership")


class HelpRequest(Base):
    """A request to the Content Partnerships Helpdesk, written offline.

    ``uuid`` is the request's stable identity: it travels in the wiki text and mail
    headers so delivery can check whether an earlier attempt already arrived.
    """

    __tablename__ = "help_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnerships.id", ondelete="SET NULL"), nullable=True
    )
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default=RequestState.DRAFT.value)
    remote_url: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    remote_revision: Mapped[int | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)

    partnership: Mapped[Partnership | None] = relationship(back_populates="help_requests")


class OutboxEntry(Base):
    """Something waiting to reach the network, worked off in the background.

    ``idempotency_key`` is stable across attempts so a delivery can look for its own
    earlier arrival before sending again.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    kind: Mapped[str] = mapped_column(String(60))
    help_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("help_requests.id", ondelete="CASCADE"), nullable=True
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(20), default=OutboxState.QUEUED.value)
    attempts: Mapped[int] = mapped_column(default=0)
    # None: waits for the user ("retry now") after a permanent failure.
    next_attempt_at: Mapped[datetime | None] = mapped_column(default=utcnow, nullable=True)
    last_attempt_at: Mapped[datetime | None] = mapped_column(nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)

    help_request: Mapped[HelpRequest | None] = relationship()


class MediaBatch(Base):
    """A set of a partner's files prepared and uploaded together."""

    __tablename__ = "media_batches"
    __table_args__ = (Index("uq_batch_name", "partnership_id", "name", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    partnership: Mapped[Partnership] = relationship(back_populates="batches")
    items: Mapped[list[MediaItem]] = relationship(
        back_populates="batch", cascade="all, delete-orphan"
    )


class MediaItem(Base):
    """One file of a batch: where it is on disk and what it will become on the wiki."""

    __tablename__ = "media_items"
    __table_args__ = (Index("ix_media_items_sha1", "sha1"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("media_batches.id", ondelete="CASCADE"))
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(default=0)
    mtime: Mapped[float] = mapped_column(default=0.0)
    sha1: Mapped[str | None] = mapped_column(String(40), nullable=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    state: Mapped[str] = mapped_column(String(20), default="new")

    batch: Mapped[MediaBatch] = relationship(back_populates="items")


class UploadJob(Base):
    """Upload progress of one file, saved after each confirmed chunk so it can resume."""

    __tablename__ = "upload_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    media_item_id: Mapped[int] = mapped_column(ForeignKey("media_items.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(20), default="queued")
    file_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    resume_offset: Mapped[int] = mapped_column(default=0)
    bytes_sent: Mapped[int] = mapped_column(default=0)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
