"""Reads for the light commands with the stdlib's ``sqlite3``: no SQLAlchemy, no Alembic.

``partnership list``, ``request list`` and ``upload status`` only read a few tables, yet
the ORM, the models and the migration machinery cost ten times the read itself at every
start (issue 11). These functions answer the same questions as the repositories they
mirror (named in each docstring) with the values SQLAlchemy would give: booleans, dates,
times and JSON decoded the same way.

They answer only when the ordinary open would do nothing but read: the database exists,
is at ``HEAD_REVISION``, in WAL mode, and every stored value has the shape SQLAlchemy
writes. Anything else raises :class:`NotLight`, and the caller takes the ordinary path,
which migrates, recovers or explains.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from desktop_app.core.partnership import EDITABLE_FIELDS
from desktop_app.store.schema_version import HEAD_REVISION, newest_version_file

# What SQLAlchemy's SQLite types store (``DATETIME``: microseconds always written).
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{6})?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class NotLight(Exception):
    """The light read cannot answer here: take the ordinary path (it migrates or explains)."""


def reading(database: Path) -> AbstractContextManager[sqlite3.Connection]:
    """A read-only connection to a database at the schema head, in one read transaction.

    Raises :class:`NotLight` when the file is missing, not at the head, not in WAL mode,
    or cannot be read (locked past the ordinary wait, damaged): the ordinary open says why.
    """
    return light_connection(
        database,
        lambda: sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10),
        lambda connection: connection.execute("BEGIN"),  # one snapshot for every query
    )


@contextmanager
def light_connection(
    database: Path,
    connect: Callable[[], sqlite3.Connection],
    prepare: Callable[[sqlite3.Connection], object],
) -> Iterator[sqlite3.Connection]:
    """A connection made by ``connect`` and set up by ``prepare``, to a database at the
    schema head (:func:`require_head`), closed on leaving; any ``sqlite3`` error on the
    way is :class:`NotLight` (the ordinary path then says what is wrong)."""
    if newest_version_file() != HEAD_REVISION or not database.is_file():
        raise NotLight(f"{database}: not a database at the head")
    try:
        connection = connect()
    except sqlite3.Error as error:
        raise NotLight(str(error)) from error
    try:
        prepare(connection)
        require_head(connection, database)
        yield connection
    except sqlite3.Error as error:
        raise NotLight(str(error)) from error
    finally:
        connection.close()


def require_head(connection: sqlite3.Connection, database: Path) -> None:
    """Raise :class:`NotLight` unless the database is at the schema head, in WAL mode."""
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    journal = connection.execute("PRAGMA journal_mode").fetchone()
    if revision != [(HEAD_REVISION,)] or journal != ("wal",):
        raise NotLight(f"{database}: revision {revision}, journal {journal}")


def _time(value: Any) -> datetime | None:
    """A ``DateTime`` column as SQLAlchemy reads it (``None`` stays ``None``)."""
    if value is None:
        return None
    if not isinstance(value, str) or _DATETIME.fullmatch(value) is None:
        raise NotLight(f"unusual time {value!r}")
    return datetime.fromisoformat(value)


def _date(value: Any) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str) or _DATE.fullmatch(value) is None:
        raise NotLight(f"unusual date {value!r}")
    return date.fromisoformat(value)


def _bool(value: Any) -> bool:
    if value not in (0, 1):
        raise NotLight(f"unusual boolean {value!r}")
    return bool(value)


def _json(value: Any) -> Any:
    """A ``JSON`` column: SQL NULL and JSON ``null`` are both ``None``."""
    if value is None:
        return None
    try:
        return json.loads(value)
    except (TypeError, ValueError) as error:
        raise NotLight(f"unusual JSON {value!r}") from error


# --- partnerships and their checklists (store.repositories.partnerships, .checklists) ----

PARTNERSHIP_FIELDS = ("id", *EDITABLE_FIELDS, "created_at", "updated_at")
_DATE_FIELDS = ("first_contact_on", "agreed_on")
_TIME_FIELDS = ("created_at", "updated_at")


def all_partnerships(connection: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every partnership's fields, in no particular order (``all_partnerships``)."""
    rows = connection.execute(f"SELECT {', '.join(PARTNERSHIP_FIELDS)} FROM partnerships")
    result = []
    for row in rows:
        values = dict(zip(PARTNERSHIP_FIELDS, row, strict=True))
        for key in _DATE_FIELDS:
            values[key] = _date(values[key])
        for key in _TIME_FIELDS:
            values[key] = _time(values[key])
        result.append(values)
    return result


# Named tuples, not dataclasses: ``dataclasses`` costs each light command ~9 ms to import
# and these classes ~1 ms each to build (bench/README.md, "fifth round").


class StoredStep(NamedTuple):
    """One recorded checklist step, as far as progress and upgrades need it."""

    key: str
    position: int
    status: str
    retired: bool


class StoredChecklist(NamedTuple):
    """One partnership's checklist with its steps (``checklists_by_partnership``)."""

    partnership_id: int
    template_id: str
    template_version: int
    steps: tuple[StoredStep, ...]


def all_checklists(connection: sqlite3.Connection) -> list[StoredChecklist]:
    """Every checklist with its steps."""
    steps: dict[int, list[StoredStep]] = {}
    for checklist_id, key, position, status, retired in connection.execute(
        "SELECT checklist_id, item_key, position, status, retired FROM checklist_items"
    ):
        steps.setdefault(checklist_id, []).append(StoredStep(key, position, status, _bool(retired)))
    return [
        StoredChecklist(partnership_id, template_id, version, tuple(steps.get(id_, ())))
        for id_, partnership_id, template_id, version in connection.execute(
            "SELECT id, partnership_id, template_id, template_version FROM checklists ORDER BY id"
        )
    ]


# --- help requests (store.repositories.requests) -------------------------------------------


def requests_newest_first(connection: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every request, the most recently changed first, with its partnership's name ("")."""
    rows = connection.execute(
        "SELECT r.id, r.uuid, r.subject, r.state, r.updated_at, r.remote_url, r.message_id,"
        " p.name FROM help_requests r LEFT JOIN partnerships p ON p.id = r.partnership_id"
        " ORDER BY r.updated_at DESC, r.id DESC"
    )
    return [
        {
            "id": id_,
            "uuid": uuid,
            "subject": subject,
            "state": state,
            "updated_at": _time(updated_at),
            "remote_url": remote_url,
            "message_id": message_id,
            "partnership": partnership or "",
        }
        for id_, uuid, subject, state, updated_at, remote_url, message_id, partnership in rows
    ]


def outbox_entries_by_request(connection: sqlite3.Connection) -> dict[int, list[dict[str, Any]]]:
    """Each request's delivery channels in the order they were made (``outbox_entries_of``)."""
    result: dict[int, list[dict[str, Any]]] = {}
    for id_, request_id, kind, state, last_error, next_attempt_at, attempts in connection.execute(
        "SELECT id, help_request_id, kind, state, last_error, next_attempt_at, attempts"
        " FROM outbox WHERE help_request_id IS NOT NULL ORDER BY id"
    ):
        result.setdefault(request_id, []).append(
            {
                "id": id_,
                "kind": kind,
                "state": state,
                "last_error": last_error,
                "next_attempt_at": _time(next_attempt_at),
                "attempts": attempts,
            }
        )
    return result


def unseen_reply_counts(connection: sqlite3.Connection) -> dict[int, int]:
    """How many replies of each request were not shown yet (``unseen_reply_count``)."""
    return dict(
        connection.execute(
            "SELECT help_request_id, count(*) FROM request_replies WHERE seen IS 0"
            " GROUP BY help_request_id"
        ).fetchall()
    )


# --- settings, the upload queue and wiki holds (repositories.settings, .uploads, .wiki_states)


def stored_settings(connection: sqlite3.Connection) -> dict[str, Any]:
    """Every stored setting, decoded (``load_settings`` lays them over the defaults)."""
    return {
        key: _json(value) for key, value in connection.execute("SELECT key, value FROM settings")
    }


def state_groups(connection: sqlite3.Connection) -> list[tuple[str, int, int, int, int]]:
    """Per job state: count, bytes, confirmed bytes, paused jobs (``uploads.status``)."""
    return connection.execute(
        "SELECT state, count(*), sum(file_size), sum(resume_offset),"
        " sum(CASE WHEN paused THEN 1 ELSE 0 END) FROM upload_jobs GROUP BY state"
    ).fetchall()


_JOB_FIELDS = (
    "id",
    "batch_id",
    "media_item_id",
    "title",
    "state",
    "paused",
    "file_size",
    "resume_offset",
    "sha1",
    "page_url",
    "error_code",
    "last_error",
    "warnings",
    "next_attempt_at",
    "verified_at",
    "lease_owner",
    "lease_expires_at",
    "async_phase",
    "wiki_stage",
    "requested_title",
)


class StoredJob(NamedTuple):
    """An upload job's columns that its view needs (``uploads.list_jobs``)."""

    id: int
    batch_id: int | None
    media_item_id: int | None
    title: str
    state: str
    paused: bool
    file_size: int
    resume_offset: int
    sha1: str
    page_url: str | None
    error_code: str | None
    last_error: str | None
    warnings: list[dict[str, Any]] | None
    next_attempt_at: datetime | None
    verified_at: datetime | None
    lease_owner: str | None
    lease_expires_at: datetime | None
    async_phase: str | None
    wiki_stage: str | None
    requested_title: str | None


def upload_jobs(connection: sqlite3.Connection) -> list[StoredJob]:
    """Every job in queue order."""
    rows = connection.execute(f"SELECT {', '.join(_JOB_FIELDS)} FROM upload_jobs ORDER BY id")
    jobs = []
    for row in rows:
        values = dict(zip(_JOB_FIELDS, row, strict=True))
        values["paused"] = _bool(values["paused"])
        values["warnings"] = _json(values["warnings"])
        for key in ("next_attempt_at", "verified_at", "lease_expires_at"):
            values[key] = _time(values[key])
        jobs.append(StoredJob(**values))
    return jobs


def wiki_hold_of(
    connection: sqlite3.Connection, api_url: str
) -> tuple[str | None, str | None, datetime | None] | None:
    """(code, message, until) stored for this wiki, or ``None`` (``wiki_states.active_hold``)."""
    row = connection.execute(
        "SELECT hold_code, hold_message, hold_until FROM wiki_upload_states WHERE api_url = ?",
        (api_url,),
    ).fetchone()
    if row is None:
        return None
    return row[0], row[1], _time(row[2])
