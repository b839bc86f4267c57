"""A database left half-migrated by a crash is put back from its latest backup, and said so.

Since migrations are atomic (``store.migrating``) this cannot happen any more, but
databases created by older builds can be in that state: some tables or columns of a
revision are there while ``alembic_version`` still names the one before (or is missing),
and every later start failed with "table settings already exists". At open, when a
migration is due, the schema is compared with what the stamped revision builds (the same
migrations run on an empty in-memory database, so this works for any revision). On a
mismatch the damaged file is kept in the backups folder, the newest backup that is sound
replaces it (or, when the database was new and holds no rows, it starts empty), and a
:class:`Recovery` says what happened: the log, the GUI and ``self-test`` show it.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.pool import NullPool

from desktop_app.store.migrating import (
    atomic_engine,
    copy_database,
    current_revision,
    head_revision,
    known_revisions,
    upgrade_in_transaction,
)
from desktop_app.system.private_files import SQLITE_COMPANIONS

log = logging.getLogger(__name__)

NOTE_NAME = "last-recovery.json"
DAMAGED_MARK = "-damaged-"
Schema = frozenset[tuple[str, str, str]]


class HalfMigratedError(Exception):
    """Found half-migrated, with rows in it and no sound backup to restore: left untouched."""


@dataclass(frozen=True)
class Recovery:
    """What was done to a half-migrated database found at open."""

    found_revision: str | None
    restored_from: Path | None  # the backup put in its place; None: started empty
    damaged_copy: Path  # the half-migrated file, kept for a helper to look at
    at: datetime

    def describe(self) -> str:
        """English, for the log, the CLI and ``self-test`` (the GUI translates its own)."""
        found = self.found_revision or "none"
        kept = f"The damaged file is kept at {self.damaged_copy}."
        if self.restored_from is None:
            return (
                f"The database was found half-created (schema revision {found}) and held "
                f"no data yet, so it was created again. {kept}"
            )
        return (
            f"The database was found half-upgraded (schema revision {found}), so the latest "
            f"backup {self.restored_from.name} was restored and upgraded. {kept}"
        )

    def to_json(self) -> dict[str, str | None]:
        return {
            "found_revision": self.found_revision,
            "restored_from": str(self.restored_from) if self.restored_from else None,
            "damaged_copy": str(self.damaged_copy),
            "at": self.at.isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, str | None]) -> Recovery:
        restored = data.get("restored_from")
        return cls(
            found_revision=data.get("found_revision"),
            restored_from=Path(restored) if restored else None,
            damaged_copy=Path(str(data["damaged_copy"])),
            at=datetime.fromisoformat(str(data["at"])),
        )


def schema_of(connection: Connection) -> Schema:
    """Every table with its columns, and every index, except Alembic's own version table."""
    parts: set[tuple[str, str, str]] = set()
    rows = connection.exec_driver_sql(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"
        " AND tbl_name != 'alembic_version' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for kind, name, table in rows:
        if kind == "index":
            parts.add(("index", table, name))
            continue
        for column in connection.exec_driver_sql(f'PRAGMA table_info("{name}")'):
            parts.add(("column", table, str(column[1])))
    return frozenset(parts)


@cache
def expected_schema(revision: str | None) -> Schema:
    """What the shipped migrations build up to ``revision`` (from nothing)."""
    if revision is None:
        return frozenset()
    engine = atomic_engine(None)
    try:
        with engine.begin() as connection:
            upgrade_in_transaction(connection, revision)
            return schema_of(connection)
    finally:
        engine.dispose()


def _plain_engine(database: Path) -> Engine:
    return create_engine(f"sqlite:///{database}", poolclass=NullPool)


def _is_sound(database: Path) -> tuple[bool, str | None]:
    """Whether the file's schema is exactly what its stamped revision builds."""
    engine = _plain_engine(database)
    try:
        revision = current_revision(engine)
        if revision is not None and revision not in known_revisions():
            return True, revision  # a newer build's database: not ours to judge
        with engine.connect() as connection:
            return schema_of(connection) == expected_schema(revision), revision
    finally:
        engine.dispose()


def _holds_rows(database: Path) -> bool:
    engine = _plain_engine(database)
    try:
        with engine.connect() as connection:
            tables = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            ).scalars()
            return any(
                connection.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first()
                for table in list(tables)
            )
    finally:
        engine.dispose()


def _sound_backups(database: Path, backup_dir: Path) -> list[Path]:
    """Backups of this database, newest first, whose own schema is whole."""
    candidates = sorted(
        (
            path
            for path in backup_dir.glob(f"{database.stem}-*.sqlite3")
            if DAMAGED_MARK not in path.name
        ),
        reverse=True,
    )
    return [path for path in candidates if _is_sound(path)[0]]


def _remove_database(database: Path) -> None:
    # The -wal must go before another file takes the name: SQLite would replay it into it.
    for suffix in SQLITE_COMPANIONS:
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    database.unlink(missing_ok=True)


def recover_if_half_migrated(database: Path, backup_dir: Path) -> Recovery | None:
    """Put back the newest sound backup if ``database`` is half-migrated; else do nothing."""
    if not database.is_file():
        return None
    engine = _plain_engine(database)
    try:
        if current_revision(engine) == head_revision():
            return None  # the everyday start: one query
    finally:
        engine.dispose()
    sound, revision = _is_sound(database)
    if sound:
        return None
    now = datetime.now(UTC)
    stamp = now.strftime("%Y%m%dT%H%M%S%f")
    damaged = backup_dir / f"{database.stem}{DAMAGED_MARK}{stamp}.sqlite3"
    backups = _sound_backups(database, backup_dir)
    if not backups and _holds_rows(database):
        raise HalfMigratedError(
            f"The database {database} is half-upgraded (schema revision {revision or 'none'}) "
            f"and no sound backup was found in {backup_dir}. Nothing was changed; "
            "please ask the helpdesk for help and keep this folder as it is."
        )
    backup_dir.mkdir(parents=True, exist_ok=True)
    copy_database(database, damaged)
    if backups:
        restoring = database.with_name(database.name + ".restoring")
        copy_database(backups[0], restoring)
        _remove_database(database)
        os.replace(restoring, database)
    else:
        _remove_database(database)
    recovery = Recovery(revision, backups[0] if backups else None, damaged, now)
    log.warning("%s", recovery.describe())
    _write_note(backup_dir, recovery)
    return recovery


def _write_note(backup_dir: Path, recovery: Recovery) -> None:
    note = backup_dir / NOTE_NAME
    partial = note.with_name(note.name + ".partial")
    partial.write_text(json.dumps(recovery.to_json(), indent=2), encoding="utf-8")
    os.replace(partial, note)


def last_recovery(backup_dir: Path) -> Recovery | None:
    """The most recent recovery done in this data folder, if any (for ``self-test``)."""
    note = backup_dir / NOTE_NAME
    try:
        return Recovery.from_json(json.loads(note.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None
