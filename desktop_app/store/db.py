"""Opening the database: engine set-up, migrations, backups, sessions.

The connection is injected everywhere (tests pass a temporary data folder). Before a
migration changes an existing database, a copy is taken with SQLite's backup API.

Alembic (and Mako with it) costs a few hundred milliseconds to import, more than a light
command takes otherwise; so a database already at ``HEAD_REVISION`` is recognised with
one query and Alembic is imported only when an upgrade is due.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest Alembic revision; tests/store/test_migrations.py checks it is Alembic's head.
HEAD_REVISION = "0010"


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    """WAL for concurrent reader/writer, FULL sync so a power cut keeps what was committed."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(database: Path) -> Engine:
    """An engine for one SQLite file with Fieldkit's pragmas on every connection."""
    engine = create_engine(f"sqlite:///{database}", future=True)
    event.listen(engine, "connect", _configure_sqlite)
    return engine


def alembic_config(engine: Engine) -> Config:
    """Alembic configuration built in code, so no ``alembic.ini`` must be found on disk."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", str(engine.url))
    config.attributes["engine"] = engine
    return config


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


def head_revision(engine: Engine) -> str | None:
    """The newest revision as Alembic's scripts say (imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def _newest_version_file() -> str:
    """The revision id prefix of the last migration file (``0010`` of ``0010_x.py``).

    A cheap guard: should ``HEAD_REVISION`` be left behind when a migration is added, the
    files disagree with it and Alembic is asked instead of skipping the upgrade.
    """
    names = os.listdir(MIGRATIONS_DIR / "versions")
    prefixes = [name.split("_", 1)[0] for name in names if name[:1].isdigit()]
    return max(prefixes, default="")


def _head(engine: Engine) -> str | None:
    if _newest_version_file() == HEAD_REVISION:
        return HEAD_REVISION
    return head_revision(engine)


def backup_database(database: Path, backup_dir: Path) -> Path:
    """Copy a live database consistently (SQLite backup API) and return the copy's path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backup_dir / f"{database.stem}-{stamp}.sqlite3"
    source = sqlite3.connect(database)
    try:
        destination = sqlite3.connect(target)
        with destination:
            source.backup(destination)
        destination.close()
    finally:
        source.close()
    return target


def migrate(engine: Engine, revision: str = "head", backup_dir: Path | None = None) -> bool:
    """Bring the schema to ``revision``; back up first if existing data would change.

    Returns True when a migration ran.
    """
    before = current_revision(engine)
    target = _head(engine) if revision == "head" else revision
    if before == target:
        return False
    from alembic import command

    database = Path(engine.url.database or "")
    if before is not None and backup_dir is not None and database.is_file():
        copy = backup_database(database, backup_dir)
        log.info("Backed up database to %s before migrating from %s", copy, before)
    command.upgrade(alembic_config(engine), revision)
    log.info("Migrated database from %s to %s", before, target)
    return True


@dataclass
class Database:
    """An open, migrated database and a factory for sessions on it."""

    engine: Engine
    sessions: sessionmaker[Session]

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


def open_database(
    database: Path, backup_dir: Path | None = None, migrate_to: str = "head"
) -> Database:
    """Open (creating if needed) and migrate the database at ``database``."""
    database.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(database)
    migrate(engine, migrate_to, backup_dir)
    return Database(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


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
    current, head = current_revision(db.engine), head_revision(db.engine)
    with db.engine.connect() as connection:
        integrity = str(connection.exec_driver_sql("PRAGMA integrity_check").scalar())
        journal = str(connection.exec_driver_sql("PRAGMA journal_mode").scalar())
    return DatabaseHealth(current, head, integrity, journal)
