"""Partnerships, their checklists, and help requests with attachments and replies."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Date, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.core.help_request_delivery import RequestState
from desktop_app.store.models.base import Base, new_uuid, utcnow

if TYPE_CHECKING:
    from desktop_app.store.models.media import MediaBatch


class Partnership(Base):
    """A partner institution and the state of working with it."""

    __tablename__ = "partnerships"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable identity across installations (bundles merge by it).
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(40), default="other")
    country: Mapped[str] = mapped_column(String(80), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    contact_name: Mapped[str] = mapped_column(String(300), default="")
    contact_details: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(40), default="idea")
    notes: Mapped[str] = mapped_column(Text, default="")
    # For the agreement draft: the licence chosen, what material, how to credit.
    licence_id: Mapped[str] = mapped_column(String(40), default="")
    material: Mapped[str] = mapped_column(Text, default="")
    credit_line: Mapped[str] = mapped_column(String(500), default="")
    first_contact_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    agreed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    help_requests: Mapped[list[HelpRequest]] = relationship(back_populates="partnership")
    batches: Mapped[list[MediaBatch]] = relationship(back_populates="partnership")
    checklists: Mapped[list[Checklist]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan", order_by="Checklist.id"
    )


class Checklist(Base):
    """One template's checklist for one partnership, at the template version last applied."""

    __tablename__ = "checklists"
    __table_args__ = (Index("uq_checklist_template", "partnership_id", "template_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"))
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    template_id: Mapped[str] = mapped_column(String(80))
    template_version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    partnership: Mapped[Partnership] = relationship(back_populates="checklists")
    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="checklist", cascade="all, delete-orphan", order_by="ChecklistItem.position"
    )


class ChecklistItem(Base):
    """The recorded progress of one template step; the step's text stays in the template.

    ``retired`` marks a step a newer template dropped: its progress is kept, not shown.
    """

    __tablename__ = "checklist_items"
    __table_args__ = (Index("uq_checklist_item_key", "checklist_id", "item_key", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklists.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(20), default="open")
    note: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    responsible: Mapped[str] = mapped_column(String(300), default="")
    retired: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    checklist: Mapped[Checklist] = relationship(back_populates="items")


class HelpRequest(Base):
    """A request to the Content Partnerships Helpdesk, written offline.

    ``uuid`` is the request's stable identity: it travels in the wiki text and mail
    headers so delivery can check whether an earlier attempt already arrived. ``body``
    is the free description of the material and the plan.
    """

    __tablename__ = "help_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnerships.id", ondelete="SET NULL"), nullable=True
    )
    checklist_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("checklist_items.id", ondelete="SET NULL"), nullable=True
    )
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    requester_name: Mapped[str] = mapped_column(String(300), default="")
    requester_username: Mapped[str] = mapped_column(String(300), default="")
    requester_affiliation_kind: Mapped[str] = mapped_column(String(40), default="")
    requester_affiliation: Mapped[str] = mapped_column(String(300), default="")
    requester_country: Mapped[str] = mapped_column(String(80), default="")
    requester_languages: Mapped[str] = mapped_column(String(200), default="")
    requester_email: Mapped[str] = mapped_column(String(300), default="")
    partner_name: Mapped[str] = mapped_column(String(300), default="")
    material_kind: Mapped[str] = mapped_column(Text, default="")
    volume: Mapped[str] = mapped_column(String(300), default="")
    expected_outcome: Mapped[str] = mapped_column(Text, default="")
    impact: Mapped[str] = mapped_column(Text, default="")
    knowledge_gap: Mapped[str] = mapped_column(Text, default="")
    partner_commitment: Mapped[str] = mapped_column(Text, default="")
    licence_status: Mapped[str] = mapped_column(Text, default="")
    help_wanted: Mapped[list[str]] = mapped_column(JSON, default=list)
    help_other: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default=RequestState.DRAFT.value)
    remote_url: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    remote_revision: Mapped[int | None] = mapped_column(nullable=True)
    remote_page: Mapped[str | None] = mapped_column(String(500), nullable=True)
    message_id: Mapped[str | None] = mapped_column(String(300), nullable=True)
    replies_checked_at: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)

    partnership: Mapped[Partnership | None] = relationship(back_populates="help_requests")
    checklist_item: Mapped[ChecklistItem | None] = relationship()
    attachments: Mapped[list[RequestAttachment]] = relationship(
        back_populates="help_request", cascade="all, delete-orphan", order_by="RequestAttachment.id"
    )
    replies: Mapped[list[RequestReply]] = relationship(
        back_populates="help_request", cascade="all, delete-orphan", order_by="RequestReply.id"
    )


class RequestAttachment(Base):
    """A sample file or metadata sample, copied into the database when attached.

    Copied, not referenced: the original may live on a USB stick that is gone by the
    time a link appears. Sizes are limited (``core.help_request``) so this stays small.
    """

    __tablename__ = "request_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    help_request_id: Mapped[int] = mapped_column(ForeignKey("help_requests.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(default=0)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)

    help_request: Mapped[HelpRequest] = relationship(back_populates="attachments")


class RequestReply(Base):
    """One comment found under a sent request's section on the wiki."""

    __tablename__ = "request_replies"
    __table_args__ = (Index("uq_reply_key", "help_request_id", "reply_key", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    help_request_id: Mapped[int] = mapped_column(ForeignKey("help_requests.id", ondelete="CASCADE"))
    reply_key: Mapped[str] = mapped_column(String(64))
    author: Mapped[str] = mapped_column(String(300), default="")
    signed_at: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    seen: Mapped[bool] = mapped_column(default=False)
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    help_request: Mapped[HelpRequest] = relationship(back_populates="replies")
