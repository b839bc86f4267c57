"""Two runners on one data folder: every request section and every file reaches the wiki once.

Issue 8 made "one job is never run by two workers" structural: each outbox entry and
upload job is claimed with a lease before any network work. Issue 9 (item 3) asks for the
proof: here two ``fieldkit sync`` processes start at the same moment on the same folder,
ten rounds; and the app's own parts (the sync monitor and the upload worker host, on the
GUI's event loop) work while a ``fieldkit sync`` runs beside them, ten rounds. After each
round the wiki is read back: each request's marker once on the helpdesk page, each file's
bytes under exactly one title, every job verified, every entry sent, no lease left.
(That a runner which lost its lease can never undo a finished job is
``tests/sync/test_stale_runner.py``.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from pytestqt.qtbot import QtBot

from desktop_app.cli import run
from desktop_app.core.help_request_text import request_marker
from desktop_app.core.uploads import UploadSpec, UploadState
from desktop_app.files.hashing import sha1_of_file
from desktop_app.services.requests.drafts import list_requests, new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.services.uploads import list_jobs
from desktop_app.store.context import AppContext
from desktop_app.store.models import (
    MediaBatch,
    OutboxEntry,
    Partnership,
    RequestState,
    UploadJob,
)
from desktop_app.store.repositories.settings import update_settings
from desktop_app.ui.sync_monitor import SyncMonitor
from desktop_app.ui.uploads.worker_host import UploadWorkerHost
from tests.fixtures.mediawiki import TestWiki
from tests.ui.conftest import wait_for_operations
from tests.uploads.conftest import noise_file, unique_title

pytestmark = [pytest.mark.wiki, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
SIZES = (3_000, 700_000)  # one request; chunked (default policy)
ROUNDS = 10


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


class WikiReader:
    """Reads the wiki back over plain HTTP (public reads need no login): no pywikibot in
    the test's own hands, so nothing of it can disturb the app's sessions."""

    def __init__(self, api_url: str) -> None:
        self.api_url = api_url

    def _query(self, **parameters: str) -> dict[str, Any]:
        query = urllib.parse.urlencode({"format": "json", "formatversion": "2", **parameters})
        with urllib.request.urlopen(f"{self.api_url}?{query}", timeout=30) as answer:
            result: dict[str, Any] = json.load(answer)
            return result

    def page_text(self, title: str) -> str:
        pages = self._query(
            action="query", prop="revisions", titles=title, rvprop="content", rvslots="main"
        )["query"]["pages"]
        revisions = pages[0].get("revisions") or [{"slots": {"main": {"content": ""}}}]
        return str(revisions[0]["slots"]["main"]["content"])

    def titles_with_sha1(self, sha1: str) -> list[str]:
        found = self._query(action="query", list="allimages", aisha1=sha1, ailimit="max")
        return [str(row["title"]) for row in found["query"]["allimages"]]


@pytest.fixture
def reader(wiki_up: TestWiki) -> WikiReader:
    return WikiReader(wiki_up.api_url)


def assert_everything_arrived_once(ctx: AppContext, reader: WikiReader, work: Work) -> None:
    """Each request's section and each file once on the wiki; every row in its final state."""
    with ctx.db.session() as session:
        page = session.query(OutboxEntry).first().result["page_title"]  # type: ignore[union-attr,index]
    text = reader.page_text(page)
    for uuid in work.request_uuids:
        assert text.count(request_marker(uuid)) == 1, f"request {uuid} is not on the page once"
    for title, sha1 in work.files.items():
        titles = reader.titles_with_sha1(sha1)
        assert titles == [f"File:{title}"], f"{title}: on the wiki as {titles}"
    assert {r.state for r in list_requests(ctx.db)} == {RequestState.SENT}
    jobs = list_jobs(ctx)
    assert len(jobs) == len(work.files)
    assert {job.state for job in jobs} == {UploadState.VERIFIED}
    assert all(job.page_url and job.error_code is None for job in jobs)
    with ctx.db.session() as session:
        entries = session.query(OutboxEntry).all()
        assert {entry.state for entry in entries} == {"sent"}
        assert all(entry.lease_owner is None for entry in entries)
        assert all(job.lease_owner is None for job in session.query(UploadJob))


def test_two_syncs_at_once_send_each_request_and_file_once(
    folder: AppContext, reader: WikiReader, data_dir: Path, tmp_path: Path
) -> None:
    work = Work()
    for number in range(ROUNDS):
        queue_work(folder, tmp_path, work, f"{number}")
        first, second = start_sync(data_dir), start_sync(data_dir)
        reports = [finish(first), finish(second)]
        # Between them the two passes sent each of this round's requests exactly once.
        assert sum(int(report["sent"]) for report in reports) == 2  # type: ignore[call-overload]
        verified = sum(int(report["uploads"]["verified"]) for report in reports)  # type: ignore[index,call-overload]
        assert verified == len(SIZES)
        assert_everything_arrived_once(folder, reader, work)


def test_the_app_and_a_cli_sync_share_one_folder_round_after_round(
    qtbot: QtBot, folder: AppContext, reader: WikiReader, data_dir: Path, tmp_path: Path
) -> None:
    # The app's own parts, on the GUI's event loop: the sync monitor sends the outbox on
    # its worker thread, the upload worker host runs its runner thread; at the same
    # moment a terminal runs `fieldkit sync` on the same folder.
    monitor = SyncMonitor(folder, interval_ms=3_600_000)
    host = UploadWorkerHost(folder, metered=lambda: False, idle_seconds=0.2)
    work = Work()
    try:
        for number in range(ROUNDS):
            queue_work(folder, tmp_path, work, f"app {number}")
            cli = start_sync(data_dir)
            host.start()
            host.wake()
            monitor.send_now()
            qtbot.waitUntil(lambda: all_done(folder), timeout=240_000)
            finish(cli)
            qtbot.waitUntil(lambda: not monitor.busy, timeout=60_000)
            assert_everything_arrived_once(folder, reader, work)
    finally:
        monitor.stop()
        host.stop()
        wait_for_operations(qtbot)


def all_done(ctx: AppContext) -> bool:
    requests_sent = all(r.state == RequestState.SENT for r in list_requests(ctx.db))
    return requests_sent and all(job.state == UploadState.VERIFIED for job in list_jobs(ctx))
