"""The outbox: help-request deliveries waiting for the network."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.store.models.base import Base, new_uuid, utcnow
from desktop_app.store.models.partnerships import HelpRequest


class OutboxState(enum.StrEnum):
    """Life of an outbox entry: queued → sending → sent | failed (failed entries retry)."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


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
    # The runner working this job now, and until when (see store.repositories.leases).
    lease_owner: Mapped[str | None] = mapped_column(String(120), nullable=True)
    lease_expires_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # Set when the entry left in a bundle or arrived in one: another machine may have
    # delivered it, so every attempt looks for an earlier arrival first.
    travelled_at: Mapped[datetime | None] = mapped_column(nullable=True)

    help_request: Mapped[HelpRequest | None] = relationship()
