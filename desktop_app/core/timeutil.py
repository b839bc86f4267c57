"""Time as Fieldkit stores it: naive UTC (SQLite has no time zones)."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite has no time zones, so we store UTC everywhere."""
    return datetime.now(UTC).replace(tzinfo=None)
