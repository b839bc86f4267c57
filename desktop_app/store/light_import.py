"""Reads for re-importing an unchanged folder with the stdlib's ``sqlite3`` (issue 11).

They mirror what ``media import`` reads through SQLAlchemy (``media_repo.partnership_named``,
``media_repo.batch_of_partnership`` and ``media_scans.cached_scans``). The CLI's
connection comes from :func:`desktop_app.store.light_reads.reading`, which refuses anything
but a database at the schema head; ``import_paths`` passes the store's own.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from desktop_app.store.light_reads import NotLight

# What the last scan stored about one path: (batch_id, item_id, size, mtime, file_state,
# scan_problems as JSON text). Plain tuples: thousands are read per re-import.
ScannedRow = tuple[int, int, int, float, str, "str | None"]


def batch_id_named(connection: sqlite3.Connection, partnership: str, batch: str) -> int | None:
    """The id of ``partnership``'s batch called ``batch``, or ``None`` when either is missing."""
    row = connection.execute(
        "SELECT media_batches.id FROM media_batches"
        " JOIN partnerships ON partnerships.id = media_batches.partnership_id"
        " WHERE partnerships.name = ? AND media_batches.name = ?",
        (partnership, batch),
    ).fetchall()
    return int(row[0][0]) if len(row) == 1 else None


def scanned_rows(
    connection: sqlite3.Connection, paths: Sequence[str]
) -> dict[str, list[ScannedRow]]:
    """Every hashed item at these paths, in any batch (the scanner's cache takes them all)."""
    found: dict[str, list[ScannedRow]] = {}
    query = (
        "SELECT path, batch_id, id, size, mtime, file_state, scan_problems FROM media_items"
        " WHERE sha1 IS NOT NULL AND path IN (SELECT value FROM json_each(?))"
    )
    for path, batch_id, item_id, size, mtime, state, problems in connection.execute(
        query, (json.dumps(list(paths)),)
    ):
        if type(size) is not int or type(mtime) is not float:
            raise NotLight(f"unusual scan row {path!r}: size {size!r}, mtime {mtime!r}")
        row = (batch_id, item_id, size, mtime, state, problems)
        same_path = found.get(path)
        if same_path is None:  # thousands of rows: no list made twice, no setdefault call
            found[path] = [row]
        else:
            same_path.append(row)
    return found


def problems_from_text(text: str | None) -> list[dict[str, Any]]:
    """Stored scan problems; most files have none, and ``"[]"`` needs no JSON parser."""
    if not text or text == "[]":
        return []
    problems = json.loads(text)
    return problems if isinstance(problems, list) else []
