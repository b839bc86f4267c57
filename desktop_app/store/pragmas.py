"""The pragmas every connection to a Fieldkit database runs, with SQLAlchemy or without."""

from __future__ import annotations

import sqlite3
from typing import Any

# WAL for a concurrent reader and writer; FULL sync so that a power cut keeps what was
# committed; foreign keys enforced; a writer waits up to 10 s for another to finish.
CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
)


def configure(connection: sqlite3.Connection | Any) -> None:
    """Run :data:`CONNECTION_PRAGMAS` on a DB-API connection."""
    cursor = connection.cursor()
    for pragma in CONNECTION_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()
