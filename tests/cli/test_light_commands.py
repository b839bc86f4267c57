"""The light ``partnership list``, ``request list`` and ``upload status`` (issue 11).

They read with ``sqlite3`` instead of the ORM, so every test here compares them with the
ordinary commands over folders built with the real services: same bytes, same exit
code, plain and ``--json``. Where the ordinary open would do more than read (an older
schema, no database, a checklist to upgrade, an unusual value), the light path steps
aside and the ordinary one runs.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from desktop_app.cli.light import light_command, run_light
from desktop_app.cli.main import run
from desktop_app.core.replies import ParsedReply
from desktop_app.core.timeutil import utcnow
from desktop_app.core.uploads import UploadState, WikiHold
from desktop_app.services import light_reads
from desktop_app.services.checklists import add_checklist, get_checklists, update_item
from desktop_app.services.partnerships import create_partnership, update_partnership
from desktop_app.services.requests.drafts import new_request
from desktop_app.store.context import AppContext
from desktop_app.store.db import open_database
from desktop_app.store.models import OutboxEntry, UploadJob
from desktop_app.store.repositories import requests as request_rows
from desktop_app.store.repositories import wiki_states
from desktop_app.store.repositories.settings import load_settings, update_settings
from desktop_app.store.schema_version import HEAD_REVISION, stored_revision
from tests.partnerships.helpers import ARABIC, HEBREW, queued

COMMANDS = [
    [group, action, *extra]
    for group, action in (("partnership", "list"), ("request", "list"), ("upload", "status"))
    for extra in ([], ["--json"])
]
Build = Callable[[AppContext], None]


def _partnerships(ctx: AppContext) -> None:
    """Many partnerships: Latin, accented, Arabic, Hebrew, CJK names; checklists ticked."""
    names = ["zeta Archive", "Åbo museum", "Musée d'Orsay", ARABIC, HEBREW, "東京国立博物館"]
    names += [f"Partner {number:02}" for number in range(12)]
    for index, name in enumerate(names):
        view = create_partnership(
            ctx.db,
            name,
            kind=("museum", "archive", "library", "other")[index % 4],
            status=("idea", "talking", "agreed", "paused")[index % 4],
            country=("SE", "", "FR", "EG")[index % 4],
        )
        if index % 3 == 0:
            update_partnership(
                ctx.db, view.id, first_contact_on="2026-01-31", notes="نص\nsecond line"
            )
        if index % 2 == 0:
            add_checklist(ctx.db, view.id, "forming-partnership")
            if index % 4 == 0:
                add_checklist(ctx.db, view.id, "batch-upload")
            for checklist in get_checklists(ctx.db, view.id):
                for number, item in enumerate(checklist.items[: index + 2]):
                    status = ("done", "not_applicable", "open")[number % 3]
                    update_item(ctx.db, item.id, status=status)


def _requests(ctx: AppContext) -> None:
    """Requests in every state, with two channels, errors, retries and unseen replies."""
    draft = new_request(ctx.db, subject="Nur ein Entwurf — مسودة")
    waiting = queued(ctx.db, partner="Queued partner", subject=f"{HEBREW} queued")
    states = {"sending": "sending", "sent": "sent", "failed": "failed"}
    made = {state: queued(ctx.db, partner=f"{state} partner") for state in states}
    later = utcnow() + timedelta(days=3)
    with ctx.db.session() as session:
        for state, request_id in made.items():
            request = request_rows.get_request(session, request_id)
            request.state = state
            for entry in request_rows.outbox_entries_of(session, request_id):
                entry.state = state
                if state == "failed":
                    entry.last_error = "refused:protectedpage: The page is protected"
                    entry.attempts = 4
                    entry.next_attempt_at = None
            if state == "sent":
                request.remote_url = "https://commons.example/wiki/Help#x"
                request.message_id = "<abc@example.org>"
        session.add(
            OutboxEntry(
                kind="help_request.email",
                help_request_id=waiting,
                state="failed",
                last_error="smtp: connection refused",
                next_attempt_at=later,
                attempts=2,
            )
        )
        request_rows.store_new_replies(
            session,
            made["sent"],
            [ParsedReply("Thanks!", "Helper", "12:00, 1 December 2026"), ParsedReply("Ok", "", "")],
            utcnow(),
        )
        request_rows.store_new_replies(
            session, waiting, [ParsedReply("شكرا", "مساعد", "")], utcnow()
        )
    assert draft


def _jobs(ctx: AppContext, *, calm: bool) -> None:
    """Upload jobs in every state (or only calm ones), a wiki hold, pause-all."""
    now = utcnow()
    states = [UploadState.QUEUED, UploadState.VERIFIED] if calm else list(UploadState)
    with ctx.db.session() as session:
        for number, state in enumerate(states):
            session.add(
                UploadJob(
                    title=f"Bild {number} — صورة.jpg",
                    state=state.value,
                    sha1=f"{number:040x}",
                    file_size=1000 + number,
                    resume_offset=number * 10,
                    paused=not calm and number % 3 == 0,
                    warnings=[{"code": "duplicate", "files": ["X.jpg"]}] if number == 6 else None,
                    error_code="http-500" if number == 2 else None,
                    last_error="Server error" if number in (2, 7) else None,
                    next_attempt_at=now + timedelta(hours=number) if number % 2 else None,
                    verified_at=now - timedelta(days=1) if state == UploadState.VERIFIED else None,
                    lease_owner="runner-1" if number == 1 else None,
                    lease_expires_at=now + timedelta(hours=1) if number == 1 else None,
                    async_phase="assembling" if number == 1 else None,
                    requested_title="Wanted.jpg" if number == 4 else None,
                )
            )
        if not calm:
            api_url = load_settings(session).wiki_api_url
            hold = WikiHold("ratelimited", "Slow down — تمهل", now + timedelta(hours=2))
            wiki_states.set_hold(session, api_url, hold)
            update_settings(session, uploads_paused_all=True)


FOLDERS: dict[str, Build] = {
    "empty": lambda ctx: None,
    "partnerships": _partnerships,
    "requests": _requests,
    "every upload state": lambda ctx: _jobs(ctx, calm=False),
    "calm uploads": lambda ctx: _jobs(ctx, calm=True),
}


class Folder(NamedTuple):
    name: str
    path: Path


@pytest.fixture(scope="module", params=list(FOLDERS))
def folder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Folder:
    """A data folder at the schema head, filled by the real services."""
    path = tmp_path_factory.mktemp("light") / "data"
    with AppContext.open(path, log_to_file=False) as ctx:
        FOLDERS[request.param](ctx)
    return Folder(request.param, path)


def _output(
    capsys: pytest.CaptureFixture[str], command: Callable[[list[str]], int | None], line: list[str]
) -> tuple[int | None, str]:
    capsys.readouterr()
    code = command(line)
    return code, capsys.readouterr().out


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_light_command_prints_what_the_ordinary_one_prints(
    folder: Folder, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    line = ["--data-dir", str(folder.path), *command]
    light_code, light = _output(capsys, run_light, line)
    assert light_code is not None, "the light path stepped aside"
    code, ordinary = _output(capsys, run, line)
    assert (light_code, light) == (code, ordinary)


def test_the_folders_hold_what_the_comparisons_claim(folder: Folder) -> None:
    """The comparisons above are between rich outputs: the builders did build."""
    partnerships, progress = light_reads.partnerships_with_progress(str(folder.path))
    summaries = light_reads.request_summaries(str(folder.path))
    status, jobs, hold = light_reads.upload_queue(str(folder.path))
    if folder.name == "partnerships":
        assert len(partnerships) == 18
        assert {ARABIC, HEBREW} <= {view.name for view in partnerships}
        assert any(found.done and found.applicable < found.total for found in progress.values())
        assert any(view.first_contact_on for view in partnerships)
    elif folder.name == "requests":
        assert {summary.state for summary in summaries} == {
            "draft",
            "queued",
            "sending",
            "sent",
            "failed",
        }
        assert any(summary.new_replies == 2 for summary in summaries)
        assert any(len(summary.channels) == 2 for summary in summaries)
    elif folder.name == "every upload state":
        assert set(status.jobs_by_state) == {state.value for state in UploadState}
        assert status.paused_all and status.paused_jobs
        assert hold is not None and any(job.running for job in jobs)
        assert {job.waiting_for for job in jobs} >= {"ratelimited", "retry", None}
        assert any(job.warnings for job in jobs)
    else:
        assert not (partnerships or summaries) and hold is None


def test_light_commands_run_as_a_process_without_sqlalchemy(folder: Folder) -> None:
    """``python -m desktop_app``'s own entry, in a fresh process: same output as the
    ordinary command there, and SQLAlchemy (nor Alembic, nor the models) never imported."""
    probe = (
        "import sys\n"
        "from desktop_app.__main__ import main\n"
        "code = main(sys.argv[1:])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')"
        " or m.startswith('desktop_app.store.models'))\n"
        "print('EXIT', code, heavy, file=sys.stderr)\n"
    )
    for command in COMMANDS:
        line = ["--data-dir", str(folder.path), *command]
        light = subprocess.run(
            [sys.executable, "-c", probe, *line], capture_output=True, check=True, timeout=120
        )
        ordinary = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from desktop_app.cli.main import run; "
                "code = run(sys.argv[1:]); print('EXIT', code, [], file=sys.stderr)",
                *line,
            ],
            capture_output=True,
            check=True,
            timeout=120,
        )
        assert light.stderr.decode().splitlines()[-1].endswith("[]"), light.stderr
        assert (light.stdout, light.stderr) == (ordinary.stdout, ordinary.stderr)


def test_an_older_schema_is_migrated_by_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    open_database(folder / "fieldkit.sqlite3", migrate_to="0009").close()
    assert stored_revision(folder / "fieldkit.sqlite3") == "0009"
    with pytest.raises(light_reads.NotLight):
        light_reads.partnerships_with_progress(str(folder))
    from desktop_app.__main__ import main

    assert main(["--data-dir", str(folder), "partnership", "list", "--json"]) == 0
    assert '"partnerships": []' in capsys.readouterr().out
    assert stored_revision(folder / "fieldkit.sqlite3") == HEAD_REVISION


def test_a_missing_database_is_created_by_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.__main__ import main

    folder = tmp_path / "new"
    assert run_light(["--data-dir", str(folder), "request", "list"]) is None
    assert main(["--data-dir", str(folder), "upload", "status"]) == 0
    assert capsys.readouterr().out == "Nothing queued.\n"
    assert stored_revision(folder / "fieldkit.sqlite3") == HEAD_REVISION


def test_a_checklist_behind_its_template_is_upgraded_by_the_ordinary_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    with AppContext.open(folder, log_to_file=False) as ctx:
        view = create_partnership(ctx.db, "Old checklist museum")
        add_checklist(ctx.db, view.id, "forming-partnership")
    database = folder / "fieldkit.sqlite3"
    with sqlite3.connect(database) as connection:  # as an older build left it
        connection.execute("UPDATE checklists SET template_version = 0")
        connection.execute(
            "DELETE FROM checklist_items WHERE id = (SELECT max(id) FROM checklist_items)"
        )
    line = ["--data-dir", str(folder), "partnership", "list"]
    assert run_light(line) is None
    code, upgraded = _output(capsys, run, line)
    assert code == 0
    light_code, light = _output(capsys, run_light, line)  # nothing left to upgrade
    assert (light_code, light) == (code, upgraded)
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT min(template_version) FROM checklists").fetchone()[0]


@pytest.mark.parametrize(
    ("damage", "command"),
    [
        ("UPDATE partnerships SET created_at = '2026-11-30T10:00:00'", "partnership list"),
        ("UPDATE partnerships SET first_contact_on = '2026-1-5'", "partnership list"),
        ("UPDATE checklist_items SET retired = 2", "partnership list"),
        ("UPDATE help_requests SET state = 'lost'", "request list"),
        ("UPDATE outbox SET next_attempt_at = 'soon'", "request list"),
        ("UPDATE upload_jobs SET warnings = 'not json'", "upload status"),
        ("UPDATE upload_jobs SET paused = 7", "upload status"),
        ("UPDATE settings SET value = '{' WHERE key = 'language'", "upload status"),
        ("PRAGMA journal_mode = DELETE", "partnership list"),
        ("DELETE FROM alembic_version", "request list"),
    ],
)
def test_unusual_values_leave_the_command_to_the_ordinary_path(
    tmp_path: Path, damage: str, command: str
) -> None:
    folder = tmp_path / "data"
    with AppContext.open(folder, log_to_file=False) as ctx:
        _partnerships(ctx)
        _requests(ctx)
        _jobs(ctx, calm=True)
        with ctx.db.session() as session:
            update_settings(session, language="sv")  # a row to damage
    line = ["--data-dir", str(folder), *command.split()]
    assert run_light(line) is not None  # sound: light
    connection = sqlite3.connect(folder / "fieldkit.sqlite3")
    connection.execute(damage)
    connection.commit()
    connection.close()
    assert run_light(line) is None


@pytest.mark.parametrize(
    "arguments",
    [
        ["partnership", "list", "--search", "x"],
        ["partnership", "list", "--kind", "museum"],
        ["upload", "status", "--batch", "B"],
        ["upload", "--json", "status"],
        ["request", "list", "-h"],
        ["--data-dir=", "request", "list"],
        ["--data-dir", "--json", "request", "list"],
        ["request", "show", "1"],
        ["partnership", "list", "--json", "--json"],
    ],
)
def test_other_forms_go_to_the_ordinary_parser(arguments: list[str]) -> None:
    assert light_command(arguments) is None


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["partnership", "list"], (None, "partnership", "list", False)),
        (["--data-dir", "/d", "request", "list", "--json"], ("/d", "request", "list", True)),
        (["--data-dir=/d", "upload", "status"], ("/d", "upload", "status", False)),
    ],
)
def test_the_plain_forms_are_light(
    arguments: list[str], expected: tuple[str | None, str, str, bool]
) -> None:
    assert light_command(arguments) == expected
