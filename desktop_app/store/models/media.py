"""Media batches and their files."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.store.models.base import Base, utcnow

if TYPE_CHECKING:
    from desktop_app.store.models.partnerships import Partnership


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
