"""Two runners on one data folder: every request section and every file reaches the wiki once.

Issue 8's proof that "one job is never run by two workers" is structural: each outbox
entry and upload job is claimed with a lease before any network work. Here two
``fieldkit sync`` processes start at the same moment on the same folder, round after
round; and the GUI's background runners work while a ``fieldkit sync`` runs beside them.
Afterwards the wiki is read back: each request's marker once on the helpdesk page, each
file's bytes under exactly one title, every job verified, no entry failed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from desktop_app.cli import run
from desktop_app.core.help_request_text import request_marker
from desktop_app.core.uploads import UploadSpec, UploadState
from desktop_app.files.hashing import sha1_of_file
from desktop_app.services.requests.drafts import list_requests, new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.services.sync_pass import sync_once
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.services.uploads import list_jobs
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaBatch, OutboxEntry, Partnership, RequestState
from desktop_app.store.repositories.settings import update_settings
from desktop_app.sync.uploads.lane import build_upload_runner
from desktop_app.wiki.client import WikiAccount, WikiClient
from desktop_app.wiki.uploads import WikiUploads
from tests.fixtures.mediawiki import TestWiki
from tests.uploads.conftest import noise_file, unique_title

pytestmark = [pytest.mark.wiki, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
SIZES = (3_000, 40_000, 700_000)  # one request, one request, chunked (default policy)


@dataclass
class Work:
    """What was queued, to look for on the wiki afterwards."""

    request_uuids: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # title → SHA-1


@pytest.fixture
def folder(
    data_dir: Path,
    wiki_up: TestWiki,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Iterator[AppContext]:
    """A data folder set up for the test wiki, with no keyring (the password comes from
    the environment, also for the sync processes)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    assert run(["account", "set", "--api", wiki_up.api_url, "--user", wiki_up.bot_user]) == 0
    ctx = AppContext.open(data_dir)
    page = f"Project:Fieldkit two runners/{request.node.name}"
    with ctx.db.session() as session:
        update_settings(session, helpdesk_page=page)
        partner = Partnership(name="Two runners museum")
        session.add(MediaBatch(partnership=partner, name="Shared batch"))
    yield ctx
    ctx.close()


def _batch_id(ctx: AppContext) -> int:
    with ctx.db.session() as session:
        return session.query(MediaBatch).one().id


def queue_work(ctx: AppContext, files_dir: Path, work: Work, tag: str) -> None:
    """Two help requests and a batch of three files, all queued."""
    for number in range(2):
        request_id = new_request(ctx.db, subject=f"Round {tag} request {number}", body="Body")
        queue_request(ctx.db, request_id)
        work.request_uuids.append(next(r.uuid for r in list_requests(ctx.db) if r.id == request_id))
    specs = []
    for size in SIZES:
        path = noise_file(files_dir, size)
        title = unique_title(f"Two runners {tag}")
        work.files[title] = sha1_of_file(path)
        specs.append(UploadSpec(str(path), title, "== Summary ==\nTwo runners test."))
    UploadQueue(ctx.db).enqueue(specs, batch_id=_batch_id(ctx))


def start_sync(data_dir: Path) -> subprocess.Popen[str]:
    environment = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "sync", "--json"],
        cwd=REPO,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> dict[str, object]:
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, f"sync exited {process.returncode}: {out}\n{err[-3000:]}"
    result: dict[str, object] = json.loads(out)
    return result


def assert_everything_arrived_once(
    ctx: AppContext, wiki: TestWiki, data_dir: Path, work: Work
) -> None:
    reader = WikiClient(
        data_dir / "reader", WikiAccount(wiki.api_url, wiki.bot_user), wiki.bot_password
    )
    reader.connect()
    try:
        with ctx.db.session() as session:
            page = session.query(OutboxEntry).first().result["page_title"]  # type: ignore[union-attr,index]
        text = reader.page_text(page) or ""
        for uuid in work.request_uuids:
            assert text.count(request_marker(uuid)) == 1, f"request {uuid} is not on the page once"
        uploads = WikiUploads(reader)
        for title, sha1 in work.files.items():
            titles = uploads.titles_with_sha1(sha1)
            assert titles == [f"File:{title}"], f"{title}: on the wiki as {titles}"
    finally:
        reader.close()
    assert {r.state for r in list_requests(ctx.db)} == {RequestState.SENT}
    jobs = list_jobs(ctx)
    assert len(jobs) == len(work.files)
    assert {job.state for job in jobs} == {UploadState.VERIFIED}
    with ctx.db.session() as session:
        assert {entry.state for entry in session.query(OutboxEntry)} == {"sent"}
        assert all(entry.lease_owner is None for entry in session.query(OutboxEntry))


def test_two_syncs_at_once_send_each_request_and_file_once(
    folder: AppContext, wiki_up: TestWiki, data_dir: Path, tmp_path: Path
) -> None:
    work = Work()
    rounds = 3
    for number in range(rounds):
        queue_work(folder, tmp_path, work, f"{number}")
        first, second = start_sync(data_dir), start_sync(data_dir)
        reports = [finish(first), finish(second)]
        # Between them the two passes sent each of this round's requests exactly once.
        assert sum(int(report["sent"]) for report in reports) == 2  # type: ignore[call-overload]
        verified = sum(int(report["uploads"]["verified"]) for report in reports)  # type: ignore[index,call-overload]
        assert verified == len(SIZES)

    assert_everything_arrived_once(folder, wiki_up, data_dir, work)


def test_the_gui_runners_and_a_cli_sync_share_one_folder(
    folder: AppContext, wiki_up: TestWiki, data_dir: Path, tmp_path: Path
) -> None:
    work = Work()
    queue_work(folder, tmp_path, work, "gui")
    # As the app does: an upload runner thread, and the outbox sent by the sync monitor
    # on its own worker thread; at the same moment a terminal runs `fieldkit sync`.
    runner = build_upload_runner(folder, idle_seconds=0.2)
    cli = start_sync(data_dir)
    monitor = threading.Thread(target=lambda: sync_once(folder, due_only=False))
    runner.start()
    monitor.start()
    try:
        finish(cli)
        monitor.join(300)
        deadline = 300.0
        while deadline > 0 and any(job.state != UploadState.VERIFIED for job in list_jobs(folder)):
            threading.Event().wait(0.5)
            deadline -= 0.5
    finally:
        runner.stop()

    assert_everything_arrived_once(folder, wiki_up, data_dir, work)
