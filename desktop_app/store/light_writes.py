"""The light first import's reads and writes with the stdlib's ``sqlite3`` (issue 11).

A first ``media import`` of new files into an existing partnership writes a batch row
(when the batch is new) and one row per file; with SQLAlchemy, the models and the
store to load, that cost as much as scanning the files. These functions mirror
``media_repo.partnership_named``, ``batch_of_partnership`` and ``add_batch``; new items
go through :mod:`desktop_app.store.media_rows`, the insert the ordinary import uses too.
``tests/cli/test_light_first_import.py`` compares the rows both paths write.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path

from desktop_app.core.ids import new_uuid
from desktop_app.core.timeutil import utcnow
from desktop_app.store.light_reads import light_connection
from desktop_app.store.media_rows import db_time
from desktop_app.store.pragmas import configure

# A new batch's settings, as ``MediaBatch``'s column defaults give them.
NEW_BATCH_DEFAULTS = {"title_pattern": "", "gps_policy": "undecided", "language": "en"}


def writing(database: Path) -> AbstractContextManager[sqlite3.Connection]:
    """A connection with the store's pragmas to a database at the schema head.

    It is in autocommit mode: the caller opens ``BEGIN IMMEDIATE`` around its writes (and
    an error or a closed connection rolls them back). Raises :class:`NotLight` when the
    database is missing, not at the head, or cannot be used: the ordinary open says why.
    """
    return light_connection(
        database,
        lambda: sqlite3.connect(database, timeout=10, isolation_level=None),
        configure,
    )


def partnership_named(connection: sqlite3.Connection, name: str) -> tuple[int, str] | None:
    """(id, licence) of the partnership called ``name``, if any."""
    row = connection.execute(
        "SELECT id, licence_id FROM partnerships WHERE name = ?", (name,)
    ).fetchone()
    return None if row is None else (int(row[0]), row[1] or "")


def batch_named(
    connection: sqlite3.Connection, partnership_id: int, name: str
) -> tuple[int, str] | None:
    """(id, description language) of the partnership's batch called ``name``, if any."""
    row = connection.execute(
        "SELECT id, language FROM media_batches WHERE partnership_id = ? AND name = ?",
        (partnership_id, name),
    ).fetchone()
    return None if row is None else (int(row[0]), row[1])


def add_batch(
    connection: sqlite3.Connection, partnership_id: int, name: str, licence_id: str | None
) -> tuple[int, str]:
    """A new, empty batch: (id, description language)."""
    values = {
        "uuid": new_uuid(),
        "partnership_id": partnership_id,
        "name": name,
        "created_at": db_time(utcnow()),
        "licence_id": licence_id,
        **NEW_BATCH_DEFAULTS,
    }
    cursor = connection.execute(
        f"INSERT INTO media_batches ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
        tuple(values.values()),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid, NEW_BATCH_DEFAULTS["language"]


def any_path_known(connection: sqlite3.Connection, paths: Sequence[str]) -> bool:
    """Whether any batch holds a file at one of ``paths`` (the ordinary import then
    re-scans, moves or shares its cached scan)."""
    row = connection.execute(
        "SELECT 1 FROM media_items WHERE path IN (SELECT value FROM json_each(?)) LIMIT 1",
        (json.dumps(list(paths)),),
    ).fetchone()
    return row is not None


def has_missing_files(connection: sqlite3.Connection, batch_id: int) -> bool:
    """Whether the batch has files gone missing (a new file may be one of them, moved)."""
    row = connection.execute(
        "SELECT 1 FROM media_items WHERE batch_id = ? AND file_state = 'missing' LIMIT 1",
        (batch_id,),
    ).fetchone()
    return row is not None
