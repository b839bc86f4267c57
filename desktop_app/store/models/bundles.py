"""Bookkeeping of work that travels between machines on a USB stick (issue 14).

A bundle carries a partnership (or some of its batches) to another installation; a
receipt comes back from the machine that uploaded. These rows remember what left and
arrived (so a receipt for a bundle never sent is refused and the same bundle imported
twice is recognised), the values last received for every record (the common ancestor
of a three-way merge), the conflicts found, and which foreign ids stand for local rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.store.models.base import Base, utcnow


class BundleSent(Base):
    """A bundle or receipt this installation wrote, with its sequence number."""

    __tablename__ = "bundles_sent"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="bundle")  # or "receipt"
    sequence: Mapped[int] = mapped_column(default=0)
    # A receipt names the bundle it answers; a bundle names its partnership.
    answers_bundle_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    partnership_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    file_name: Mapped[str] = mapped_column(Text, default="")
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BundleReceived(Base):
    """A bundle or receipt imported here; ``records`` lists what it carried (by uuid)."""

    __tablename__ = "bundles_received"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="bundle")
    source_installation: Mapped[str] = mapped_column(String(36), default="")
    sequence: Mapped[int] = mapped_column(default=0)
    answers_bundle_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # {"items": [uuid...], "requests": [uuid...]}: what a receipt for it must report on.
    records: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class RecordBase(Base):
    """The values of one record as last received from another installation.

    The common ancestor of a three-way merge: a field that differs from it locally was
    edited here; one that differs in the incoming bundle was edited there.
    """

    __tablename__ = "bundle_bases"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)  # "item:<uuid>"...
    values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source_installation: Mapped[str] = mapped_column(String(36), default="")
    sequence: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class BundleConflict(Base):
    """A field edited differently on two machines: both values, until the user decides."""

    __tablename__ = "bundle_conflicts"
    __table_args__ = (Index("ix_bundle_conflicts_open", "resolved_at", "record_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_key: Mapped[str] = mapped_column(String(300))  # as RecordBase.key
    label: Mapped[str] = mapped_column(Text, default="")  # what the user calls the record
    field: Mapped[str] = mapped_column(String(80))
    local_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    incoming_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    source_installation: Mapped[str] = mapped_column(String(36), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(20), nullable=True)  # mine/theirs


class RecordAlias(Base):
    """A foreign uuid that stands for a local row created independently under the same
    name (two laptops both started "Nordic Museum")."""

    __tablename__ = "bundle_aliases"

    foreign_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    local_uuid: Mapped[str] = mapped_column(String(36))
