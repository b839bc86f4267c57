"""``partnership list``, ``request list`` and ``upload status`` without the full CLI and store.

These read-only commands are what scripts and status bars run most, and loading the
argument parser of every command, SQLAlchemy, the models and the services cost ten times
the read itself (issue 11). Their plain forms (``[--data-dir DIR] GROUP ACTION
[--json]``) are recognised here and read through :mod:`desktop_app.services.light_reads`
(stdlib ``sqlite3``), printed by the same renderer as the ordinary commands
(:mod:`desktop_app.cli.listings`): same bytes, same exit code.

Anything else (other flags, ``--help``, a database to create, migrate or recover, a
checklist to upgrade, an unusual value) returns ``None`` before printing anything, and
the ordinary CLI runs the command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop_app.cli import listings
from desktop_app.services import light_reads


def _partnership_list(data_dir: str | None, as_json: bool) -> int:
    views, progress = light_reads.partnerships_with_progress(data_dir)
    return listings.show_partnerships(views, progress, as_json=as_json)


def _request_list(data_dir: str | None, as_json: bool) -> int:
    summaries = light_reads.request_summaries(data_dir)
    return listings.show_requests(summaries, as_json=as_json)


def _upload_status(data_dir: str | None, as_json: bool) -> int:
    status, jobs, hold = light_reads.upload_queue(data_dir)
    return listings.show_upload_status(status, jobs, hold, batch=None, as_json=as_json)


COMMANDS: dict[tuple[str, str], Callable[[str | None, bool], int]] = {
    ("partnership", "list"): _partnership_list,
    ("request", "list"): _request_list,
    ("upload", "status"): _upload_status,
}


def light_command(arguments: Sequence[str]) -> tuple[str | None, str, str, bool] | None:
    """(data folder or ``None``, group, action, ``--json``) when ``arguments`` are a light
    command's plain form; ``None`` for anything else (the ordinary parser takes it)."""
    rest = list(arguments)
    data_dir: str | None = None
    if len(rest) >= 2 and rest[0] == "--data-dir" and rest[1][:1] not in ("-", ""):
        data_dir, rest = rest[1], rest[2:]
    elif rest and rest[0].startswith("--data-dir=") and rest[0] != "--data-dir=":
        data_dir, rest = rest[0].removeprefix("--data-dir="), rest[1:]
    as_json = rest[2:] == ["--json"]
    if len(rest) not in (2, 3) or (len(rest) == 3 and not as_json):
        return None
    if (rest[0], rest[1]) not in COMMANDS:
        return None
    return data_dir, rest[0], rest[1], as_json


def run_light(arguments: Sequence[str]) -> int | None:
    """Run a light command; its exit code, or ``None`` when the ordinary CLI must run it."""
    command = light_command(arguments)
    if command is None:
        return None
    data_dir, group, action, as_json = command
    try:
        return COMMANDS[group, action](data_dir, as_json)
    except light_reads.NotLight:
        return None  # nothing printed yet: the ordinary path migrates or explains
