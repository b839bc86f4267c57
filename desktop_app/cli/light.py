"""``partnership list``, ``request list``, ``upload status`` and the re-import of an unchanged
folder (``media import``) without the full CLI and store.

These read-only commands are what scripts and status bars run most, and loading the
argument parser of every command, SQLAlchemy, the models and the services cost ten times
the read itself (issue 11). Their plain forms (``[--data-dir DIR] GROUP ACTION
[--json]``) are recognised here and read through :mod:`desktop_app.services.light_reads`
(stdlib ``sqlite3``), printed by the same renderer as the ordinary commands
(:mod:`desktop_app.cli.listings`): same bytes, same exit code. ``media import`` of files
the batch holds unchanged is answered by :mod:`desktop_app.services.light_import`, and of
files no batch holds yet by :mod:`desktop_app.services.light_first_import`.

Anything else (other flags, ``--help``, a database to create, migrate or recover, a
checklist to upgrade, an unusual value) returns ``None`` before printing anything, and
the ordinary CLI runs the command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

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


def _data_dir(arguments: Sequence[str]) -> tuple[str | None, list[str]]:
    """A leading ``--data-dir DIR`` (or ``--data-dir=DIR``) taken off the arguments."""
    rest = list(arguments)
    if len(rest) >= 2 and rest[0] == "--data-dir" and rest[1][:1] not in ("-", ""):
        return rest[1], rest[2:]
    if rest and rest[0].startswith("--data-dir=") and rest[0] != "--data-dir=":
        return rest[0].removeprefix("--data-dir="), rest[1:]
    return None, rest


def light_command(arguments: Sequence[str]) -> tuple[str | None, str, str, bool] | None:
    """(data folder or ``None``, group, action, ``--json``) when ``arguments`` are a light
    command's plain form; ``None`` for anything else (the ordinary parser takes it)."""
    data_dir, rest = _data_dir(arguments)
    as_json = rest[2:] == ["--json"]
    if len(rest) not in (2, 3) or (len(rest) == 3 and not as_json):
        return None
    if (rest[0], rest[1]) not in COMMANDS:
        return None
    return data_dir, rest[0], rest[1], as_json


class ReImport(NamedTuple):
    """``[--data-dir DIR] media import --partnership NAME --batch NAME PATH... [--json]``."""

    data_dir: str | None
    partnership: str
    batch: str
    paths: tuple[str, ...]
    as_json: bool


def re_import_command(arguments: Sequence[str]) -> ReImport | None:
    """The plain form of ``media import`` (flags in any order, nothing else); ``None`` for
    anything else, and the ordinary parser takes it."""
    data_dir, rest = _data_dir(arguments)
    if rest[:2] != ["media", "import"]:
        return None
    named: dict[str, str] = {}
    paths: list[str] = []
    as_json = False
    words = iter(rest[2:])
    for word in words:
        if word in ("--partnership", "--batch") and word not in named:
            value = next(words, "")
            if value[:1] in ("-", ""):
                return None
            named[word] = value
        elif word == "--json" and not as_json:
            as_json = True
        elif word[:1] in ("-", ""):
            return None  # --from-sheet, --help, an abbreviation...: the ordinary parser
        else:
            paths.append(word)
    if len(named) != 2 or not paths:
        return None
    return ReImport(data_dir, named["--partnership"], named["--batch"], tuple(paths), as_json)


def _re_import(command: ReImport) -> int:
    """The files all unchanged (a stat each), or all new (scanned and written with
    ``sqlite3``); anything between raises ``NotLight`` and the ordinary import runs."""
    from desktop_app.services.light_import import unchanged_import

    arguments = (command.data_dir, command.partnership, command.batch, command.paths)
    try:
        report = unchanged_import(*arguments)
    except light_reads.NotLight:
        from desktop_app.services.light_first_import import first_import

        report = first_import(*arguments)
    return listings.show_import(report, command.batch, command.partnership, as_json=command.as_json)


def run_light(arguments: Sequence[str]) -> int | None:
    """Run a light command; its exit code, or ``None`` when the ordinary CLI must run it."""
    re_import = re_import_command(arguments)
    if re_import is not None:
        try:
            return _re_import(re_import)
        except light_reads.NotLight:
            return None  # nothing printed yet: the ordinary import scans and writes
    command = light_command(arguments)
    if command is None:
        return None
    data_dir, group, action, as_json = command
    try:
        return COMMANDS[group, action](data_dir, as_json)
    except light_reads.NotLight:
        return None  # nothing printed yet: the ordinary path migrates or explains
