"""From a prepared batch to verified files on the wiki: queueing, GPS-free copies, sync.

Real sample photos (copied), a real wiki, the real CLI. The GPS sample must reach the
wiki without its location while the partner's original stays byte-for-byte the same.
"""

from __future__ import annotations

import io
import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import exifread
import pytest

from desktop_app.cli import run
from desktop_app.services.uploads import cancel_uploads, enqueue_batch, list_jobs
from desktop_app.store.context import AppContext
from desktop_app.sync.uploads.copies import copies_dir
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from desktop_app.wiki.uploads import WikiUploads
from tests.fixtures.mediawiki import TestWiki
from tests.reports.helpers import configure_wiki, ready_batch, sha1_file


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.open(data_dir, log_to_file=False)
    yield context
    context.close()


def _gps_tags(data: bytes) -> list[str]:
    tags = exifread.process_file(io.BytesIO(data), details=False)
    return sorted(name for name in tags if name.startswith("GPS") or name == "Image GPSInfo")


def _copies(ctx: AppContext) -> list[Path]:
    return sorted(path for path in copies_dir(ctx.paths.cache).rglob("*") if path.is_file())


def test_upload_queues_only_ready_files_with_a_kept_copy_without_gps(
    ctx: AppContext, tmp_path: Path
) -> None:
    batch = ready_batch(ctx, tmp_path / "photos")
    original_sha1 = sha1_file(batch.gps_file)
    assert _gps_tags(batch.gps_file.read_bytes())  # the sample really has a location

    report = enqueue_batch(ctx, batch.batch_id)

    assert report.count("queued") == 2 and report.count("not_ready") == 1
    unready = next(f for f in report.files if f.status == "not_ready")
    assert unready.path == str(batch.unready_file)
    assert "licence-missing" in {problem.code for problem in unready.problems}
    jobs = {job.title: job for job in list_jobs(ctx, batch.batch_id)}
    assert set(jobs) == set(batch.titles.values())
    [copy] = _copies(ctx)
    gps_job = jobs[batch.gps_title]
    assert copy.name == batch.gps_file.name and not _gps_tags(copy.read_bytes())
    assert gps_job.sha1 == sha1_file(copy) != original_sha1  # the bytes that will go up
    assert sha1_file(batch.gps_file) == original_sha1
    plain_job = jobs[batch.titles[batch.plain_file.name]]
    assert plain_job.sha1 == sha1_file(batch.plain_file)


def test_pressing_upload_twice_queues_nothing_twice(ctx: AppContext, tmp_path: Path) -> None:
    batch = ready_batch(ctx, tmp_path / "photos")
    enqueue_batch(ctx, batch.batch_id)

    again = enqueue_batch(ctx, batch.batch_id)

    assert again.count("queued") == 0 and again.count("already_queued") == 2
    assert len(list_jobs(ctx, batch.batch_id)) == 2


def test_keep_policy_uploads_the_original_itself(ctx: AppContext, tmp_path: Path) -> None:
    batch = ready_batch(ctx, tmp_path / "photos", gps_policy="keep")

    enqueue_batch(ctx, batch.batch_id)

    assert _copies(ctx) == []
    job = next(j for j in list_jobs(ctx) if j.title == batch.gps_title)
    assert job.sha1 == sha1_file(batch.gps_file)


def test_cancelling_deletes_the_kept_copy_and_never_the_original(
    ctx: AppContext, tmp_path: Path
) -> None:
    batch = ready_batch(ctx, tmp_path / "photos")
    enqueue_batch(ctx, batch.batch_id)
    assert len(_copies(ctx)) == 1

    cancel_uploads(ctx, batch_id=batch.batch_id)

    assert _copies(ctx) == []
    assert {job.state for job in list_jobs(ctx, batch.batch_id)} == {"cancelled"}
    assert batch.gps_file.is_file() and batch.plain_file.is_file()
    # Cancelled files may be queued again (a fresh copy is made).
    assert enqueue_batch(ctx, batch.batch_id).count("queued") == 2


@pytest.mark.wiki
def test_sync_uploads_ready_files_verified_and_without_gps(
    ctx: AppContext,
    tmp_path: Path,
    wiki_up: TestWiki,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    configure_wiki(ctx, wiki_up)
    batch = ready_batch(ctx, tmp_path / "photos")
    original_sha1 = sha1_file(batch.gps_file)
    data = ["--data-dir", str(ctx.paths.root)]

    assert run([*data, "upload", "--batch", batch.batch, "--json"]) == 1  # one not ready
    queued = json.loads(capsys.readouterr().out)
    assert queued["queued"] == 2 and queued["counts"]["not_ready"] == 1
    assert queued["exit_code"] == 1 and queued["partnership"] == batch.partnership

    assert run([*data, "sync", "--json"]) == 0
    synced = json.loads(capsys.readouterr().out)
    assert synced["uploads"]["verified"] == 2 and synced["uploads"]["remaining"] == 0
    assert {"sent", "failed", "offline", "halted_by", "remaining", "errors", "replies"} <= set(
        synced
    )

    account = WikiAccount(wiki_up.api_url, wiki_up.bot_user)
    client = WikiClient(
        DataPaths(tmp_path / "reader").pywikibot_home, account, wiki_up.bot_password
    )
    client.connect()
    try:
        jobs = {job.title: job for job in list_jobs(ctx, batch.batch_id)}
        for title in batch.titles.values():
            published = WikiUploads(client).published_file(title)
            assert published is not None and published.sha1 == jobs[title].sha1
            assert jobs[title].state == "verified" and jobs[title].page_url
            assert "{{Information" in (client.page_text(f"File:{title}") or "")
        info = client.site.simple_request(
            action="query",
            prop="imageinfo",
            titles=f"File:{batch.gps_title}",
            iiprop="url",
            formatversion=2,
        ).submit()["query"]["pages"][0]["imageinfo"][0]
    finally:
        client.close()
    with urllib.request.urlopen(info["url"], timeout=10) as response:
        on_wiki = response.read()
    assert _gps_tags(on_wiki) == []
    assert sha1_file(batch.gps_file) == original_sha1  # the partner's file is untouched
    assert _gps_tags(batch.gps_file.read_bytes())
    assert _copies(ctx) == []  # the kept copy went once the upload was verified

    assert run([*data, "upload", "status", "--batch", batch.batch, "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["jobs_by_state"] == {"verified": 2} and status["pending"] == 0
    assert status["confirmed_bytes"] == status["total_bytes"] > 0
    assert {job["title"] for job in status["jobs"]} == set(batch.titles.values())


@pytest.mark.wiki
def test_sync_while_the_wiki_is_down_keeps_uploads_queued_and_exits_3(
    ctx: AppContext,
    tmp_path: Path,
    wiki_up: TestWiki,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    configure_wiki(ctx, wiki_up)
    batch = ready_batch(ctx, tmp_path / "photos")
    enqueue_batch(ctx, batch.batch_id)
    wiki_up.stop()
    try:
        assert run(["--data-dir", str(ctx.paths.root), "sync", "--json"]) == 3
    finally:
        wiki_up.start()
    report = json.loads(capsys.readouterr().out)
    assert report["exit_code"] == 3
    assert report["uploads"]["offline"] is True and report["uploads"]["remaining"] == 2
    assert {job.state for job in list_jobs(ctx, batch.batch_id)} == {"queued"}
    assert len(_copies(ctx)) == 1  # kept for the next attempt
