"""What scanning reads and writes: the re-scan cache, scan states, new files in bulk.

An import of thousands of files touches the database twice: once to read the cache (the
stored size, mtime and SHA-1 of the paths it is about to scan, through Core as plain
tuples) and once to store the results, with one ``executemany`` insert for the new
files (the ORM's bulk path costs ~2× more per row, see TOOLCHAIN-NOTES) and bulk UPDATEs
(:func:`~desktop_app.store.repositories.media.update_items`) for the others.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import ColumnDefault, String, Table, Text, bindparam, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop_app.store import media_rows
from desktop_app.store.db import sqlite_connection
from desktop_app.store.light_import import problems_from_text
from desktop_app.store.models import MediaItem
from desktop_app.store.repositories.media import in_chunks

# Metadata columns of the re-scan cache, after path, size, mtime, sha1, kind, problems.
SCAN_COLUMNS = (
    "taken_at",
    "camera_make",
    "camera_model",
    "gps_latitude",
    "gps_longitude",
    "gps_altitude",
    "orientation",
    "exif_artist",
    "exif_copyright",
    "exif_description",
    "width",
    "height",
)


def cached_scans(session: Session, paths: Sequence[str]) -> list[tuple[Any, ...]]:
    """Earlier scan results of these paths in any batch, for the re-scan shortcut.

    Rows of (path, size, mtime, sha1, kind, scan_problems, *:data:`SCAN_COLUMNS`); files
    never hashed are left out. One query for any number of paths: they travel as one
    JSON array, unpacked by SQLite's ``json_each`` (chunks of ``IN (?, ?, ...)`` cost
    SQLAlchemy a statement to expand and compile per 500 paths).
    """
    if not paths:
        return []
    wanted = func.json_each(bindparam("paths", json.dumps(list(paths)), String))
    base = [MediaItem.path, MediaItem.size, MediaItem.mtime, MediaItem.sha1, MediaItem.kind]
    columns = [*base, _problems_text(), *(getattr(MediaItem, n) for n in SCAN_COLUMNS)]
    query = select(*columns).where(
        MediaItem.sha1.is_not(None),
        MediaItem.path.in_(select(wanted.table_valued("value").c.value)),
    )
    rows = session.connection().execute(query).fetchall()  # iterating fetches row by row
    return [(*row[:5], problems_from_text(row[5]), *row[6:]) for row in rows]


def rescan_rows(session: Session, batch_id: int) -> list[tuple[Any, ...]]:
    """(path, size, mtime, sha1, kind, scan_problems, id, file_state) of every file.

    One lean query gives both the items and the cache for a re-scan, run through Core
    (the ORM's row handling doubled its cost). The metadata columns are left out: an
    unchanged file keeps what is stored, and a changed one is read again anyway.
    """
    base = [MediaItem.path, MediaItem.size, MediaItem.mtime, MediaItem.sha1]
    query = select(*base, MediaItem.kind, _problems_text(), MediaItem.id)
    query = query.add_columns(MediaItem.file_state).where(MediaItem.batch_id == batch_id)
    rows = session.connection().execute(query).fetchall()
    # Unpacked rather than read by attribute name: 3× cheaper per row.
    return [(*row[:5], problems_from_text(row[5]), *row[6:]) for row in rows]


def _problems_text() -> Any:
    """``scan_problems`` as stored (JSON text), decoded by :func:`problems_from_text`."""
    return type_coerce(MediaItem.scan_problems, Text)


def scan_states(session: Session, batch_id: int) -> dict[str, tuple[int, str | None, str]]:
    """Path → (id, sha1, file_state) of every file of the batch, in one query."""
    query = select(MediaItem.path, MediaItem.id, MediaItem.sha1, MediaItem.file_state)
    query = query.where(MediaItem.batch_id == batch_id)
    return {path: (item_id, sha1, state) for path, item_id, sha1, state in session.execute(query)}


def missing_by_sha1(session: Session, batch_id: int) -> dict[str, int]:
    """SHA-1 → id of the batch's files that went missing (a new path may be one of them)."""
    query = select(MediaItem.id, MediaItem.sha1).where(
        MediaItem.batch_id == batch_id, MediaItem.file_state == "missing"
    )
    return {sha1: item_id for item_id, sha1 in session.execute(query) if sha1}


def sha1_and_size(
    session: Session, batch_id: int, paths: Sequence[str]
) -> dict[str, tuple[int, int]]:
    """SHA-1 → (id, size) of the batch's files at ``paths``."""
    found: dict[str, tuple[int, int]] = {}
    for chunk in in_chunks(paths):
        query = select(MediaItem.id, MediaItem.sha1, MediaItem.size).where(
            MediaItem.batch_id == batch_id, MediaItem.path.in_(chunk)
        )
        found.update(
            (sha1, (item_id, size)) for item_id, sha1, size in session.execute(query) if sha1
        )
    return found


def batch_paths(session: Session, batch_id: int) -> set[str]:
    """Every path the batch knows."""
    return set(session.scalars(select(MediaItem.path).where(MediaItem.batch_id == batch_id)))


def insert_items(session: Session, rows: list[dict[str, Any]]) -> None:
    """New files in one ``executemany`` on the session's connection, without the ORM's
    per-row work (:func:`desktop_app.store.media_rows.insert_items`: the light first
    import writes with the same code). Every row must give the same columns; the columns
    they leave out take the model's defaults, as with an ORM or Core insert."""
    if not rows:
        return
    table = cast(Table, MediaItem.__table__)
    defaults = [
        (column.name, column.default)
        for column in table.columns
        if column.name not in rows[0] and isinstance(column.default, ColumnDefault)
    ]
    if defaults:
        rows = [row | {name: _value(default) for name, default in defaults} for row in rows]
    media_rows.insert_items(sqlite_connection(session), rows)


def _value(default: ColumnDefault) -> Any:
    """A column default's value: a constant, or what its callable (``new_uuid``,
    ``list``...) makes for one row; SQLAlchemy wraps those to take a context."""
    if default.is_callable:
        return default.arg(None)  # type: ignore[operator]
    return default.arg


def item_ids_by_path(session: Session, batch_id: int) -> dict[str, int]:
    """Path → file id for every file of the batch (the light first import's query)."""
    return media_rows.item_ids_by_path(sqlite_connection(session), batch_id)
