"""Schema upgrades that happen completely or not at all, with a backup first.

pysqlite (Python's ``sqlite3``) commits every ``CREATE``/``ALTER`` by itself until the first
row is written ("Will assume non-transactional DDL", TOOLCHAIN-NOTES), so a power cut
between two statements of a migration used to leave a half-built schema that no later
start could get past. SQLite itself is fine with DDL in a transaction: the migration
connection turns the driver's own transaction handling off (``isolation_level = None``)
and says ``BEGIN IMMEDIATE`` itself, so every pending revision and the
``alembic_version`` stamp commit together, whatever revisions exist.

Foreign keys are off on that connection, as SQLite's own procedure for schema changes
asks: Alembic's batch mode rebuilds a table (copy, ``DROP``, rename), and with foreign
keys on, the ``DROP`` runs the ``ON DELETE CASCADE`` of every child table — upgrading a
database with upload jobs from 0003 used to delete them all.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool, StaticPool

from desktop_app.system.private_files import create_private_file, make_private

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@cache
def script_directory() -> ScriptDirectory:
    """The revisions shipped with this build (read once per process)."""
    return ScriptDirectory.from_config(alembic_config())


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configuration built in code, so no ``alembic.ini`` must be found on disk."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(_engine: Engine | None = None) -> str | None:
    return script_directory().get_current_head()


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
    """The driver leaves transactions to us; foreign keys off while tables are rebuilt."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=OFF")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    # IMMEDIATE takes the write lock now: a second process starting at the same moment
    # waits, then finds the schema already upgraded when Alembic reads the version.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def atomic_engine(database: Path | None) -> Engine:
    """An engine whose transactions include DDL (``None``: a private in-memory database)."""
    if database is None:
        engine = create_engine("sqlite://", poolclass=StaticPool)
    else:
        engine = create_engine(f"sqlite:///{database}", poolclass=NullPool)
    event.listen(engine, "connect", _no_driver_transactions)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def upgrade_in_transaction(connection: Connection, revision: str = "head") -> None:
    """Run the pending revisions on ``connection`` inside its open transaction.

    What ``alembic.command.upgrade`` does, on the revisions read once per process.
    """
    script = script_directory()

    def pending(current: Any, _context: MigrationContext) -> Any:
        return script._upgrade_revs(revision, current)

    with EnvironmentContext(
        alembic_config(connection), script, fn=pending, destination_rev=revision
    ):
        script.run_env()
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        log.warning("After migrating, %d rows point at missing rows: %s", len(broken), broken[:5])


def backup_database(database: Path, backup_dir: Path) -> Path:
    """Copy a live database consistently (SQLite backup API) and return the copy's path.

    The copy is written under a temporary name and renamed when complete, so a power cut
    during the backup never leaves a half copy that looks like a backup.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backup_dir / f"{database.stem}-{stamp}.sqlite3"
    copy_database(database, target)
    return target


def copy_database(source_path: Path, target: Path) -> None:
    """A consistent copy of ``source_path`` (its WAL included) at ``target``, atomically."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        create_private_file(partial)
        source = sqlite3.connect(source_path)
        try:
            destination = sqlite3.connect(partial)
            try:
                with destination:
                    source.backup(destination)
                # The copy is a plain rollback-journal file: one file says everything.
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            source.close()
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)  # a full disk leaves no half copy behind
        partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
    make_private(target)
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (a no-op where folders can't sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def migrate(engine: Engine, revision: str = "head", backup_dir: Path | None = None) -> bool:
    """Bring the schema to ``revision`` in one transaction; back up first if data exists.

    Returns True when a migration was due.
    """
    before = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if before == target:
        return False
    database = Path(engine.url.database or "")
    if before is not None and backup_dir is not None and database.is_file():
        copy = backup_database(database, backup_dir)
        log.info("Backed up database to %s before migrating from %s", copy, before)
    migration = atomic_engine(database)
    try:
        with migration.begin() as connection:
            upgrade_in_transaction(connection, revision)
    finally:
        migration.dispose()
    log.info("Migrated database from %s to %s", before, target)
    return True
