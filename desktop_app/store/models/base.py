"""Declarative base and helpers shared by every model module."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON
from sqlalchemy.orm import DeclarativeBase

from desktop_app.core.ids import new_uuid
from desktop_app.core.timeutil import utcnow

__all__ = ["Base", "new_uuid", "utcnow"]


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON}
