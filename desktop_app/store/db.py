"""Opening the database: engine set-up, crash-safe migrations, sessions.

The connection is injected everywhere (tests pass a temporary data folder). Migrations
are atomic and backed up first (``store.migrating``); a database an older build left
half-migrated is put back from its backup at open (``store.recovery``), and the
:class:`Database` says so in ``recovery``.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.store.pragmas import configure
from desktop_app.store.schema_version import HEAD_REVISION, at_head, newest_version_file
from desktop_app.system.private_files import create_private_file, make_database_private

if TYPE_CHECKING:
    from desktop_app.store.recovery import Recovery

__all__ = [
    "HEAD_REVISION",
    "Database",
    "DatabaseHealth",
    "backup_database",
    "current_revision",
    "database_health",
    "head_revision",
    "make_engine",
    "migrate",
    "open_database",
    "sqlite_connection",
]

log = logging.getLogger(__name__)


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    """The store's pragmas (WAL, FULL sync, foreign keys) on every new connection."""
    configure(dbapi_connection)


def make_engine(database: Path) -> Engine:
    """An engine for one SQLite file with Fieldkit's pragmas on every connection."""
    engine = create_engine(f"sqlite:///{database}", future=True)
    event.listen(engine, "connect", _configure_sqlite)
    return engine


# -- migrations: Alembic is imported only when one is due (see store.schema_version) --------
def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (``None`` for a new file), read without Alembic."""
    with engine.connect() as connection:
        known = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).scalar()
        if not known:
            return None
        rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    if len(rows) > 1:  # branches are not used; let Alembic say what this is
        raise RuntimeError(f"Database has several schema revisions: {rows}")
    return str(rows[0][0]) if rows else None


def head_revision(_engine: Engine | None = None) -> str | None:
    """The newest revision as Alembic's scripts say (imports Alembic)."""
    from desktop_app.store import migrating

    return migrating.head_revision()


def backup_database(database: Path, backup_dir: Path) -> Path:
    """A consistent copy of a live database (see :func:`store.migrating.backup_database`)."""
    from desktop_app.store import migrating

    return migrating.backup_database(database, backup_dir)


def migrate(engine: Engine, revision: str = "head", backup_dir: Path | None = None) -> bool:
    """Bring the schema to ``revision`` atomically (``store.migrating``); True if one ran."""
    if (
        revision == "head"
        and newest_version_file() == HEAD_REVISION
        and current_revision(engine) == HEAD_REVISION
    ):
        return False
    from desktop_app.store import migrating

    return migrating.migrate(engine, revision, backup_dir)


@dataclass
class Database:
    """An open, migrated database and a factory for sessions on it."""

    engine: Engine
    sessions: sessionmaker[Session]
    recovery: Recovery | None = None  # set when this open put back a backup

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def sqlite_connection(session: Session) -> sqlite3.Connection:
    """The session's own ``sqlite3`` connection, inside its transaction: for the few bulk
    reads and writes shared with the light commands (``store.media_rows``)."""
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def open_database(
    database: Path, backup_dir: Path | None = None, migrate_to: str = "head"
) -> Database:
    """Open (creating if needed, private to the user) and migrate the database.

    A half-migrated database is first replaced by its newest sound backup (kept beside it
    in ``backup_dir``, or the database's folder when none is given).
    """
    database.parent.mkdir(parents=True, exist_ok=True)
    recovery = None
    if not at_head(database):  # whole at the head: no Alembic, no recovery check
        from desktop_app.store.recovery import recover_if_half_migrated

        recovery = recover_if_half_migrated(database, backup_dir or database.parent)
    create_private_file(database)
    make_database_private(database)
    engine = make_engine(database)
    migrate(engine, migrate_to, backup_dir)
    make_database_private(database)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, sessions=sessions, recovery=recovery)


@dataclass(frozen=True)
class DatabaseHealth:
    """What ``self-test`` reports of the database file."""

    revision: str | None
    head: str | None
    integrity: str
    journal_mode: str

    @property
    def sound(self) -> bool:
        return self.revision == self.head and self.integrity == "ok" and self.journal_mode == "wal"


def database_health(db: Database) -> DatabaseHealth:
    """Schema revision against the newest, SQLite's integrity check and the journal mode."""
    current, head = current_revision(db.engine), head_revision()
    with db.engine.connect() as connection:
        integrity = str(connection.exec_driver_sql("PRAGMA integrity_check").scalar())
        journal = str(connection.exec_driver_sql("PRAGMA journal_mode").scalar())
    return DatabaseHealth(current, head, integrity, journal)
