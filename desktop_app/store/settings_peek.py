"""Reading the interface language before the store is open, with the stdlib alone.

The window's first paint must not wait for SQLAlchemy (issue 11: start to window painted
≤ 2× bare Qt), yet it must already speak the user's language and lay out right-to-left
for Arabic. This reads one settings row with ``sqlite3``, read-only; whatever goes wrong
(no database yet, an older schema, a locked or damaged file) gives the default, and the
full open that follows sets the language again if it differs.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop_app.core.settings import AppSettings


def peek_language(database: Path) -> str:
    """The stored interface language, or the default when it cannot be read cheaply."""
    default = AppSettings().language
    if not database.is_file():
        return default
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return default
    try:
        row = connection.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
    except sqlite3.Error:
        return default
    finally:
        connection.close()
    if row is None:
        return default
    try:
        value = json.loads(row[0]) if isinstance(row[0], str) else row[0]
    except ValueError:
        return default
    return value if isinstance(value, str) and value else default
