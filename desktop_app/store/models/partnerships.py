"""Partnerships and help requests."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.store.models.base import Base, new_uuid, utcnow

if TYPE_CHECKING:
    from desktop_app.store.models.media import MediaBatch


class RequestState(enum.StrEnum):
    """What the user sees of a help request."""

    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


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
