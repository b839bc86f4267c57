"""Writing new media items with the stdlib's ``sqlite3``: the one insert every import uses.

The ordinary import calls it on its session's own connection (inside the session's
transaction); the light first import of the CLI (:mod:`desktop_app.store.light_writes`)
on a connection of its own, without loading SQLAlchemy at all (issue 11). Values are
stored exactly as SQLAlchemy's column types would store them — JSON as ``json.dumps``
text, times as ``YYYY-MM-DD HH:MM:SS.ffffff`` — so either path reads what the other wrote;
``tests/media/test_media_rows.py`` holds the two to the models' columns.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

# The JSON and time columns of ``media_items`` (``MediaItem``'s ``JSON`` and ``datetime``
# mapped columns); the test named above compares them with the model.
JSON_COLUMNS = frozenset({"scan_problems", "descriptions", "captions", "depicts", "categories"})
TIME_COLUMNS = frozenset({"scanned_at"})


def db_time(value: datetime) -> str:
    """A naive UTC time as SQLAlchemy's SQLite ``DateTime`` stores it (microseconds always)."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def json_text(value: Any) -> str:
    """``json.dumps(value)``, without calling it for the usual empty list or mapping."""
    if isinstance(value, list | dict) and not value:
        return "[]" if isinstance(value, list) else "{}"
    return json.dumps(value)


def insert_items(connection: sqlite3.Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """New files in one ``executemany``; every row gives the same columns.

    Column names come from the code, never from the files, so building the statement
    from them is safe.
    """
    if not rows:
        return
    columns = tuple(rows[0])
    statement = (
        f"INSERT INTO media_items ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    # ~40 columns × thousands of rows: one C-level call takes a row's values, and only
    # the JSON and time columns are converted (the import's one moment, once).
    values_of = itemgetter(*columns)
    json_indexes = [index for index, name in enumerate(columns) if name in JSON_COLUMNS]
    time_indexes = [index for index, name in enumerate(columns) if name in TIME_COLUMNS]
    times: dict[datetime, str] = {}
    values = []
    for row in rows:
        stored = list(values_of(row)) if len(columns) > 1 else [row[columns[0]]]
        for index in json_indexes:
            stored[index] = json_text(stored[index])
        for index in time_indexes:
            moment = stored[index]
            if moment is not None:
                text = times.get(moment)
                if text is None:
                    text = times[moment] = db_time(moment)
                stored[index] = text
        values.append(stored)
    connection.executemany(statement, values)


def item_ids_by_path(connection: sqlite3.Connection, batch_id: int) -> dict[str, int]:
    """Path → file id for every file of the batch."""
    query = "SELECT path, id FROM media_items WHERE batch_id = ?"
    return dict(connection.execute(query, (batch_id,)).fetchall())
