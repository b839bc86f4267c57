"""Is the database already at the newest schema? Answered without importing Alembic.

Alembic (and Mako with it) costs a few hundred milliseconds to import, more than a light
command takes otherwise; a database at ``HEAD_REVISION`` is recognised with one query and
Alembic is imported only when an upgrade (or a recovery check) is due.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest Alembic revision; tests/store/test_migrations.py checks it is Alembic's head.
HEAD_REVISION = "0010"


def newest_version_file() -> str:
    """The revision id prefix of the last migration file (``0010`` of ``0010_x.py``).

    A cheap guard: should ``HEAD_REVISION`` be left behind when a migration is added, the
    files disagree with it and Alembic is asked instead of skipping the upgrade.
    """
    names = os.listdir(MIGRATIONS_DIR / "versions")
    prefixes = [name.split("_", 1)[0] for name in names if name[:1].isdigit()]
    return max(prefixes, default="")


def stored_revision(database: Path) -> str | None:
    """The revision stamped in ``database`` (``None``: no file, no stamp, or unreadable)."""
    if not database.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return str(rows[0][0]) if len(rows) == 1 else None


def at_head(database: Path) -> bool:
    """The database is stamped with the newest revision this build ships.

    The stamp is committed with the schema it names (``store.migrating``), and older builds
    that committed statement by statement left the *previous* revision stamped when cut
    short, so a database stamped at the head is whole: no recovery check, no migration.
    """
    return newest_version_file() == HEAD_REVISION and stored_revision(database) == HEAD_REVISION
