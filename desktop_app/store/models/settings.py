"""User settings: one row per key, JSON values (new settings need no migration)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.store.models.base import Base


class Setting(Base):
    """One user setting; values are JSON so they keep their types."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
