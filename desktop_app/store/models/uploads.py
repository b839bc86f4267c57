"""Upload jobs: the persisted state of getting one file to the wiki."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.store.models.base import Base, utcnow


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
