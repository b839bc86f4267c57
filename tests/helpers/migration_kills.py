"""Kill a migrating process at every SQL statement, start again, and compare with a clean run.

Used by tests/store/test_migration_kills.py. One run handles one starting point:

    python -m tests.helpers.migration_kills WORK_DIR START MODE

``START`` is ``empty`` (a first start) or a revision id (a database at that revision,
filled with rows of Unicode text in every table). ``MODE`` is ``atomic`` (this build:
``open_database`` with backups) or ``legacy`` (how older builds migrated: a backup, then
Alembic on pysqlite's own transaction handling, so each ``CREATE``/``ALTER`` committed by
itself). For every statement number ``k`` a forked child runs the migration and SIGKILLs
itself right after the ``k``-th statement; a second forked child then opens the folder
the way every start does. Its content must equal a clean migration's (columns that differ
between two clean runs, like random UUIDs, are compared by presence only), and every row
of the starting database must still be there. Children are forked from this process
(everything already imported), so a kill costs milliseconds instead of a Python start.

Prints one JSON object: statements, kills, losses (with what was lost), recoveries.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, create_engine, event, text
from sqlalchemy.engine import Connection

from desktop_app.store.db import make_engine, open_database
from desktop_app.store.migrating import (
    alembic_config,
    atomic_engine,
    backup_database,
    known_revisions,
    script_directory,
    upgrade_in_transaction,
)
from desktop_app.store.recovery import expected_schema

UNICODE = "Ünïcødé ✓ نص 日本語 ☃"
STRIDE = 10
Dump = dict[str, list[dict[str, Any]]]


# -- running things in forked children ---------------------------------------------------
def in_child(work: Callable[[], Any]) -> tuple[int, Any]:
    """Run ``work`` in a forked child; (exit signal or 0, its JSON result or None)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller's code
        os.close(read_end)
        code = 0
        try:
            result = work()
            with os.fdopen(write_end, "w") as pipe:
                json.dump(result, pipe)
        except BaseException as error:  # report, then leave without running atexit
            with os.fdopen(write_end, "w") as pipe:
                json.dump({"error": f"{type(error).__name__}: {error}"}, pipe)
            code = 1
        os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        output = pipe.read()
    _, status = os.waitpid(pid, 0)
    killed_by = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
    return killed_by, json.loads(output) if output else None


def changes_something(statement: str) -> bool:
    """Whether a statement can change the file; after a read the disk is as after the write
    before it, so killing after reads (Alembic's reflection) would only repeat a case."""
    words = statement.lstrip().upper()
    reads = words.startswith("SELECT") or (words.startswith("PRAGMA") and "=" not in words)
    return not reads


def kill_after(statements: int) -> None:
    """SIGKILL this process right after its ``statements``-th statement that writes."""
    count = 0

    def after_statement(_c: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        nonlocal count
        if changes_something(statement):
            count += 1
            if count >= statements:
                os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "after_cursor_execute", after_statement)


def count_statements() -> list[int]:
    """[writes so far, writes up to the first revision's version stamp] as the run goes."""
    counter = [0, 0]

    def after_statement(_c: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if changes_something(statement):
            counter[0] += 1
            stamp = statement.lstrip().upper().startswith(("INSERT", "UPDATE"))
            if not counter[1] and stamp and "alembic_version" in statement:
                counter[1] = counter[0]

    event.listen(Engine, "after_cursor_execute", after_statement)
    return counter


def kill_points(total: int, first_stamp: int, mode: str, from_empty: bool) -> list[int]:
    """Where to kill: after every write of the first pending revision; after it, every
    write from an empty folder (that run passes every statement of every migration),
    else every ``STRIDE``-th and the last, to keep the test within its time.

    Older builds (``legacy``) ran everything after the first version stamp in one
    transaction, so every kill after it leaves the same file: the last one stands for all.
    """
    if mode == "atomic" and from_empty:
        return list(range(1, total + 1))
    later = range(first_stamp + 1, total + 1, STRIDE) if mode == "atomic" else range(0)
    return sorted(set(range(1, first_stamp + 1)) | set(later) | {total})


# -- the starting database ------------------------------------------------------------------
def _value(table: str, column: dict[str, Any], number: int, foreign: set[str]) -> Any:
    name, kind = column["name"], str(column["type"]).upper()
    if (column.get("primary_key") and "INT" in kind) or name in foreign:
        return number
    if "INT" in kind:
        return number * 7
    if "FLOAT" in kind or "REAL" in kind or "NUMERIC" in kind:
        return number + 0.5
    if "BOOL" in kind:
        return number % 2
    if "DATETIME" in kind or "TIMESTAMP" in kind:
        return f"2026-0{number}-01 10:00:00.000000"
    if "DATE" in kind:
        return f"2026-01-0{number}"
    if "JSON" in kind:
        return json.dumps([f"{UNICODE} {number}"], ensure_ascii=False)
    if "BLOB" in kind or "BINARY" in kind:
        return f"{UNICODE} {number}".encode()
    return f"{table}.{name} {number} {UNICODE}"


def fill_with_rows(database: Path) -> None:
    """Two rows in every table, every column filled, text in several scripts."""
    engine = make_engine(database)
    with engine.begin() as connection:
        metadata = MetaData()
        metadata.reflect(connection)
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            foreign = {key.parent.name for key in table.foreign_keys}
            columns = [
                {"name": c.name, "type": c.type, "primary_key": c.primary_key}
                for c in table.columns
            ]
            names = ", ".join(f'"{c["name"]}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            insert = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
            for number in (1, 2):
                values = tuple(_value(table.name, c, number, foreign) for c in columns)
                connection.exec_driver_sql(insert, values)
    engine.dispose()
    # One self-contained file, so a plain copy is a faithful starting point.
    with make_engine(database).connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode=DELETE")


def make_start(work_dir: Path, start: str) -> Path | None:
    if start == "empty":
        return None
    database = work_dir / "start.sqlite3"
    for leftover in work_dir.glob("start.sqlite3*"):
        leftover.unlink()

    def build() -> bool:
        engine = atomic_engine(database)
        with engine.begin() as connection:
            upgrade_in_transaction(connection, start)
        engine.dispose()
        fill_with_rows(database)
        return True

    signal_number, result = in_child(build)
    assert signal_number == 0 and result is True, result
    return database


# -- reading a database back ------------------------------------------------------------
def dump(connection: Connection) -> Dump:
    content: Dump = {}
    tables = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).scalars()
    for table in sorted(tables):
        rows = connection.execute(text(f'SELECT rowid AS "__rowid", * FROM "{table}"'))
        content[table] = [
            {key: value.hex() if isinstance(value, bytes) else value for key, value in row.items()}
            for row in rows.mappings()
        ]
    return content


def start_again(data_dir: Path) -> dict[str, Any]:
    """What every later start does: open the folder (recovering, migrating); then read it."""
    db = open_database(data_dir / "fieldkit.sqlite3", backup_dir=data_dir / "backups")
    try:
        with db.engine.connect() as connection:
            integrity = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
            return {
                "dump": dump(connection),
                "integrity": integrity,
                "recovered": bool(db.recovery),
            }
    finally:
        db.close()


def volatile_columns(first: Dump, second: Dump) -> set[tuple[str, str]]:
    """Columns whose values differ between two clean runs (random UUIDs, timestamps)."""
    volatile = set()
    for table, rows in first.items():
        for row_a, row_b in zip(rows, second.get(table, []), strict=False):
            volatile |= {(table, key) for key in row_a if row_a[key] != row_b.get(key)}
    return volatile


def differences(actual: Dump, reference: Dump, volatile: set[tuple[str, str]]) -> list[str]:
    found = []
    if set(actual) != set(reference):
        found.append(f"tables {sorted(set(actual) ^ set(reference))}")
    for table, rows in reference.items():
        got = actual.get(table, [])
        if len(got) != len(rows):
            found.append(f"{table}: {len(got)} rows instead of {len(rows)}")
            continue
        for want, have in zip(rows, got, strict=True):
            for key, value in want.items():
                if (table, key) not in volatile and have.get(key, "<missing>") != value:
                    found.append(f"{table}.{key}: {have.get(key, '<missing>')!r} != {value!r}")
    return found


def rows_lost(start: Dump, after: Dump) -> list[str]:
    """Rows of the starting database no longer there (by rowid) after migrating."""
    lost = []
    for table, rows in start.items():
        if table == "alembic_version":
            continue
        kept = {row["__rowid"] for row in after.get(table, [])}
        lost += [f"{table} row {row['__rowid']}" for row in rows if row["__rowid"] not in kept]
    return lost


# -- the two ways of migrating ------------------------------------------------------------
def migrate_atomic(data_dir: Path) -> None:
    open_database(data_dir / "fieldkit.sqlite3", backup_dir=data_dir / "backups").close()


def migrate_legacy(data_dir: Path) -> None:
    """An older build: backup, then DDL that pysqlite commits statement by statement.

    Foreign keys are off here so that only the crash is simulated, not the cascade that
    older builds also ran when rebuilding a parent table (fixed in ``store.migrating``).
    """
    from alembic import command

    database = data_dir / "fieldkit.sqlite3"
    engine = make_engine(database)
    with engine.connect() as connection:
        stamped = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'"
        ).first()
    if stamped:
        backup_database(database, data_dir / "backups")
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()


def fresh_folder(work_dir: Path, start_db: Path | None, name: str) -> Path:
    folder = work_dir / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    if start_db is not None:
        shutil.copyfile(start_db, folder / "fieldkit.sqlite3")
    return folder


def main(work_dir: Path, start: str, mode: str) -> dict[str, Any]:
    migrate_once = migrate_atomic if mode == "atomic" else migrate_legacy
    script_directory()
    for revision in known_revisions():  # warm the caches every child inherits
        expected_schema(revision)
    start_db = make_start(work_dir, start)
    start_dump: Dump = {}
    if start_db is not None:
        _, start_dump = in_child(lambda: start_again_readonly(start_db))

    references = []
    for name in ("reference-a", "reference-b"):
        folder = fresh_folder(work_dir, start_db, name)
        _, outcome = in_child(lambda folder=folder: (migrate_once(folder), start_again(folder))[1])
        assert "error" not in outcome, outcome
        references.append(outcome["dump"])
    volatile = volatile_columns(*references)
    reference = references[0]
    losses = [f"clean run lost {row}" for row in rows_lost(start_dump, reference)]

    folder = fresh_folder(work_dir, start_db, "count")

    def counted() -> list[int]:
        counter = count_statements()
        migrate_once(folder)
        return counter

    _, (statements, first_stamp) = in_child(counted)
    kills = recoveries = 0
    for number in kill_points(statements, first_stamp, mode, from_empty=start_db is None):
        folder = fresh_folder(work_dir, start_db, "victim")

        def victim(folder: Path = folder, number: int = number) -> None:
            kill_after(number)
            migrate_once(folder)

        killed_by, _ = in_child(victim)
        if killed_by != signal.SIGKILL:
            continue  # this run had fewer statements (nothing to kill at this number)
        kills += 1
        _, outcome = in_child(lambda folder=folder: start_again(folder))
        if outcome is None or "error" in outcome:
            losses.append(f"kill after statement {number}: next start failed: {outcome}")
            continue
        recoveries += outcome["recovered"]
        problems = differences(outcome["dump"], reference, volatile)
        problems += rows_lost(start_dump, outcome["dump"])
        if outcome["integrity"] != "ok":
            problems.append(f"integrity {outcome['integrity']}")
        if problems:
            losses.append(f"kill after statement {number}: {problems[:3]}")
    return {
        "start": start,
        "mode": mode,
        "statements": statements,
        "first_revision_statements": first_stamp,
        "kills": kills,
        "recoveries": recoveries,
        "losses": losses,
    }


def start_again_readonly(database: Path) -> Dump:
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            return dump(connection)
    finally:
        engine.dispose()


if __name__ == "__main__":
    logging.disable(logging.CRITICAL)  # the recoveries are counted, not printed
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2], sys.argv[3]), ensure_ascii=False))
