"""The outcome report's offline memory: where uploaded files are used on wiki pages.

Usage is read from the wiki on demand (``prop=globalusage`` or ``list=imageusage``) and
kept here, one row per file and wiki, so the partner's report still shows it on a
laptop without a link. ``pages`` is the answer as it was at ``checked_at``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.store.models.base import Base, utcnow


class FileUsage(Base):
    """The pages that showed one file when its usage was last read from the wiki."""

    __tablename__ = "file_usage"
    __table_args__ = (Index("uq_file_usage_file", "api_url", "file_title", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Which wiki the file lives on (a user may switch between a test wiki and Commons).
    api_url: Mapped[str] = mapped_column(Text, default="")
    file_title: Mapped[str] = mapped_column(String(500))  # without "File:"
    # "globalusage" (all wikis of the farm) or "imageusage" (this wiki only).
    source: Mapped[str] = mapped_column(String(20), default="imageusage")
    # [{"wiki": "en.wikipedia.org", "title": "Page", "url": "https://..."}, ...]
    pages: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    checked_at: Mapped[datetime] = mapped_column(default=utcnow)
