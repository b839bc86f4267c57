"""Media batches and their files.

A :class:`MediaItem` holds three kinds of data: what the scanner found on disk (path,
size, mtime, SHA-1, sniffed type, EXIF), what the user edits (title, descriptions,
licence...), and where the file stands (``file_state``, ``state``). The scanner's
columns double as the re-scan cache: unchanged path + size + mtime means nothing to read.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.store.models.base import Base, new_uuid, utcnow

if TYPE_CHECKING:
    from desktop_app.store.models.partnerships import Partnership


class MediaBatch(Base):
    """A set of a partner's files prepared and uploaded together."""

    __tablename__ = "media_batches"
    __table_args__ = (Index("uq_batch_name", "partnership_id", "name", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable identity across installations (bundles merge by it).
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Batch defaults; a file's own value wins when set.
    licence_id: Mapped[str | None] = mapped_column(String(60), nullable=True)
    title_pattern: Mapped[str] = mapped_column(Text, default="")
    # "undecided" (blocks upload of files with GPS), "keep" or "strip".
    gps_policy: Mapped[str] = mapped_column(String(12), default="undecided")
    # Language of descriptions taken from EXIF and of bare spreadsheet descriptions.
    language: Mapped[str] = mapped_column(String(12), default="en")

    partnership: Mapped[Partnership] = relationship(back_populates="batches")
    items: Mapped[list[MediaItem]] = relationship(
        back_populates="batch", cascade="all, delete-orphan"
    )


class MediaItem(Base):
    """One file of a batch: where it is on disk and what it will become on the wiki."""

    __tablename__ = "media_items"
    __table_args__ = (
        Index("ix_media_items_sha1", "sha1"),
        Index("ix_media_items_batch", "batch_id", "id"),
        Index("ix_media_items_path", "path"),
        Index("uq_media_items_uuid", "uuid", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable identity for spreadsheets and (later) upload markers.
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid)
    batch_id: Mapped[int] = mapped_column(ForeignKey("media_batches.id", ondelete="CASCADE"))

    # --- found on disk (scanner) ---
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(default=0)
    mtime: Mapped[float] = mapped_column(default=0.0)
    sha1: Mapped[str | None] = mapped_column(String(40), nullable=True)
    kind: Mapped[str] = mapped_column(String(20), default="unknown")
    # "present", "changed" (content differs from the import) or "missing"; a file found
    # elsewhere (moved) gets its new path and is "present" again.
    file_state: Mapped[str] = mapped_column(String(12), default="present")
    scanned_at: Mapped[datetime | None] = mapped_column(nullable=True)
    scan_problems: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    taken_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    camera_make: Mapped[str] = mapped_column(String(200), default="")
    camera_model: Mapped[str] = mapped_column(String(200), default="")
    gps_latitude: Mapped[float | None] = mapped_column(nullable=True)
    gps_longitude: Mapped[float | None] = mapped_column(nullable=True)
    gps_altitude: Mapped[float | None] = mapped_column(nullable=True)
    orientation: Mapped[int | None] = mapped_column(nullable=True)
    exif_artist: Mapped[str] = mapped_column(Text, default="")
    exif_copyright: Mapped[str] = mapped_column(Text, default="")
    exif_description: Mapped[str] = mapped_column(Text, default="")
    width: Mapped[int | None] = mapped_column(nullable=True)
    height: Mapped[int | None] = mapped_column(nullable=True)

    # --- edited by the user ---
    title: Mapped[str] = mapped_column(String(500), default="")
    descriptions: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # language → text
    captions: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # language → text
    depicts: Mapped[list[str]] = mapped_column(JSON, default=list)  # Wikidata ids
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)  # without "Category:"
    date: Mapped[str] = mapped_column(String(40), default="")  # ISO date or "unknown"
    author: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    institution: Mapped[str] = mapped_column(Text, default="")
    licence_id: Mapped[str | None] = mapped_column(String(60), nullable=True)  # override
    latitude: Mapped[float | None] = mapped_column(nullable=True)
    longitude: Mapped[float | None] = mapped_column(nullable=True)
    # "information", "artwork" or "photograph" ({{Information}}, {{Artwork}}, {{Photograph}}).
    template: Mapped[str] = mapped_column(String(20), default="information")
    # The user's own status: "new", "done", "skip"...; readiness is computed by checks.
    state: Mapped[str] = mapped_column(String(20), default="new")

    batch: Mapped[MediaBatch] = relationship(back_populates="items")
