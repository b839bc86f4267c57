"""The helpdesk's desk: requests gathered from wiki pages and a mailbox, their sources,
how far each source was read, the staff's triage and reviews, and their replies.

A :class:`DeskRequest` is one request however it came: a Fieldkit request that came both
ways (a wiki section and a mail with the same uuid) is one row with two
:class:`DeskSource` rows. Private notes and reviews never leave this database unless
exported; the public state is also kept on the wiki and in IMAP keywords.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.store.models.base import Base, new_uuid, utcnow


class DeskRequest(Base):
    """One request to the helpdesk, as the desk knows it."""

    __tablename__ = "desk_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    # "fieldkit:UUID", "wiki:HASH" (hand-written section) or "mail:<message-id>".
    key: Mapped[str] = mapped_column(String(600), unique=True)
    fieldkit_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    subject: Mapped[str] = mapped_column(String(500), default="")
    requester_name: Mapped[str] = mapped_column(String(300), default="")
    requester_user: Mapped[str] = mapped_column(String(300), default="")
    requester_email: Mapped[str] = mapped_column(String(300), default="")
    partner: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")  # shown as text, never rendered
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    first_channel: Mapped[str] = mapped_column(String(10), default="wiki")
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Triage: the state and assignee as this desk sees them; "published" says whether the
    # shared places (wiki status line, IMAP keyword) already say so.
    state: Mapped[str] = mapped_column(String(30), default="new")
    assignee: Mapped[str] = mapped_column(String(200), default="")
    state_published: Mapped[bool] = mapped_column(default=True)
    state_changed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")  # private: never published
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    sources: Mapped[list[DeskSource]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="DeskSource.id"
    )
    reviews: Mapped[list[DeskReview]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="DeskReview.id"
    )
    replies: Mapped[list[DeskReply]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="DeskReply.id"
    )


class DeskSource(Base):
    """Where a request (or a later message of its thread) was read: a section or a mail."""

    __tablename__ = "desk_sources"
    __table_args__ = (Index("ix_desk_sources_message_id", "message_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_request_id: Mapped[int] = mapped_column(ForeignKey("desk_requests.id", ondelete="CASCADE"))
    # "wiki:<page>|<section key>" or "mail:<message-id>": one row per thing read.
    source_key: Mapped[str] = mapped_column(String(1200), unique=True)
    channel: Mapped[str] = mapped_column(String(10))  # "wiki" | "email"
    role: Mapped[str] = mapped_column(String(10), default="request")  # or "message"
    page_title: Mapped[str | None] = mapped_column(String(500), nullable=True)
    section_key: Mapped[str | None] = mapped_column(String(100), nullable=True)
    revision: Mapped[int | None] = mapped_column(nullable=True)
    message_id: Mapped[str | None] = mapped_column(String(600), nullable=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(600), nullable=True)
    references: Mapped[list[str]] = mapped_column(JSON, default=list)
    mailbox: Mapped[str | None] = mapped_column(String(600), nullable=True)
    uidvalidity: Mapped[int | None] = mapped_column(nullable=True)
    uid: Mapped[int | None] = mapped_column(nullable=True)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    sender: Mapped[str] = mapped_column(String(300), default="")
    reply_to: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    was_html: Mapped[bool] = mapped_column(default=False)
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    wikitext: Mapped[str] = mapped_column(Text, default="")  # the section as on the page
    discussion: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    gone: Mapped[bool] = mapped_column(default=False)  # no longer on the page / in the box
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)

    request: Mapped[DeskRequest] = relationship(back_populates="sources")


class DeskFetchState(Base):
    """How far one wiki page or one mailbox folder has been read."""

    __tablename__ = "desk_fetch_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(1000), unique=True)
    last_revision: Mapped[int | None] = mapped_column(nullable=True)
    uidvalidity: Mapped[int | None] = mapped_column(nullable=True)
    last_uid: Mapped[int | None] = mapped_column(nullable=True)
    fetched_at: Mapped[datetime | None] = mapped_column(nullable=True)


class DeskReview(Base):
    """One reviewer's score and comment on one criterion of one request (private)."""

    __tablename__ = "desk_reviews"
    __table_args__ = (
        Index("uq_desk_review", "desk_request_id", "reviewer", "criterion", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_request_id: Mapped[int] = mapped_column(ForeignKey("desk_requests.id", ondelete="CASCADE"))
    reviewer: Mapped[str] = mapped_column(String(200))
    criterion: Mapped[str] = mapped_column(String(40))
    score: Mapped[int] = mapped_column(default=0)
    comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    request: Mapped[DeskRequest] = relationship(back_populates="reviews")


class DeskReply(Base):
    """A reply written at the desk and queued in the outbox (one entry)."""

    __tablename__ = "desk_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    desk_request_id: Mapped[int] = mapped_column(ForeignKey("desk_requests.id", ondelete="CASCADE"))
    template: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(10))  # "wiki" | "email"
    state: Mapped[str] = mapped_column(String(20), default="queued")  # as its outbox entry
    outbox_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox.id", ondelete="SET NULL"), nullable=True
    )
    where: Mapped[str] = mapped_column(String(1000), default="")  # page URL or Message-ID
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)

    request: Mapped[DeskRequest] = relationship(back_populates="replies")
