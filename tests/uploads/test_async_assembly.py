"""Large files: the wiki's job queue assembles and publishes them; the engine asks, never resends.

The test wiki runs its job queue (``runJobs.php``) like Commons, so ``async=1`` really
goes through ``AssembleUploadChunks`` and ``PublishStashedFile``. Small thresholds keep
the files small; the 1 GiB run is in ``test_one_gibibyte.py``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.store.db import Database
from desktop_app.store.models.uploads import UploadJob, UploadState
from desktop_app.sync.uploads.chunking import KIB, MIB, ChunkPolicy
from desktop_app.sync.uploads.engine import RunOutcome, UploadEngine, UploadProgress
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.uploads import WikiUploads
from tests.fixtures.mediawiki import TestWiki
from tests.fixtures.proxy import FaultyProxy

pytestmark = pytest.mark.wiki

QueueFile = Callable[..., tuple[int, Path, str]]
ASYNC_POLICY = ChunkPolicy(
    initial=256 * KIB,
    minimum=64 * KIB,
    maximum=512 * KIB,
    single_request_limit=64 * KIB,
    async_threshold=1 * MIB,
)


def _job(db: Database, job_id: int) -> UploadJob:
    with db.session() as session:
        return session.get_one(UploadJob, job_id)


def _engine(db: Database, client: WikiClient, **options: object) -> UploadEngine:
    options.setdefault("policy", ASYNC_POLICY)
    return UploadEngine(
        db,
        lambda: client,
        retry_base=0.05,
        retry_cap=0.5,
        poll_base=0.2,
        poll_cap=1.0,
        **options,  # type: ignore[arg-type]
    )


def _on_wiki(client: WikiClient, title: str, path: Path) -> None:
    published = WikiUploads(client).published_file(title)
    assert published is not None, title
    assert published.sha1 == hashlib.sha1(path.read_bytes()).hexdigest()


def _versions(client: WikiClient, title: str) -> int:
    page = client.site.simple_request(
        action="query", prop="imageinfo", titles=f"File:{title}", iilimit=10, formatversion=2
    ).submit()["query"]["pages"][0]
    return len(page.get("imageinfo", []))


@pytest.fixture
def runner_stopped(wiki_up: TestWiki) -> Iterator[TestWiki]:
    """The wiki with its job queue stopped (restarted afterwards, whatever happens)."""
    wiki_up.stop_job_runner()
    try:
        yield wiki_up
    finally:
        wiki_up.start_job_runner()


def test_large_file_is_assembled_and_published_by_the_wiki_job_queue(
    db: Database, client: WikiClient, queue_file: QueueFile
) -> None:
    job_id, path, title = queue_file(3 * MIB)
    phases: list[tuple[str | None, str | None]] = []

    def on_progress(progress: UploadProgress) -> None:
        phases.append((progress.async_phase, progress.wiki_stage))

    result = _engine(db, client).run_job(job_id, progress_cb=on_progress)

    assert result.outcome == RunOutcome.VERIFIED, _job(db, job_id).last_error
    assert ("assembling", "queued") in phases  # the last chunk went with async=1
    assert any(phase == "publishing" for phase, _ in phases)  # and so did the publish
    job = _job(db, job_id)
    assert (job.async_phase, job.wiki_stage, job.restarts) == (None, None, 0)
    _on_wiki(client, title, path)


def test_restart_during_assembly_asks_the_wiki_and_sends_nothing_again(
    db: Database,
    client: WikiClient,
    proxy: FaultyProxy,
    queue_file: QueueFile,
    runner_stopped: TestWiki,
) -> None:
    job_id, path, title = queue_file(2 * MIB)
    # The app stops (a crash, as far as the row can tell) while the wiki has the assembly
    # queued: every byte is confirmed, the phase is saved, the job queue has not run.
    first = _engine(db, client).run_job(
        job_id, cancel_check=lambda: _job(db, job_id).wiki_stage == "queued"
    )
    assert first.outcome == RunOutcome.INTERRUPTED
    saved = _job(db, job_id)
    assert (saved.state, saved.async_phase) == (UploadState.UPLOADING, "assembling")
    assert saved.resume_offset == path.stat().st_size
    runner_stopped.start_job_runner()
    proxy.reset_stats()

    second = _engine(db, client).run_job(job_id)

    assert second.outcome == RunOutcome.VERIFIED, _job(db, job_id).last_error
    assert proxy.stats.bytes_up < 100_000  # status questions and a publish, no chunk
    assert _job(db, job_id).restarts == 0
    _on_wiki(client, title, path)


def test_lost_answer_to_the_last_chunk_is_followed_by_a_status_question(
    db: Database, client: WikiClient, proxy: FaultyProxy, queue_file: QueueFile
) -> None:
    job_id, path, title = queue_file(1 * MIB + 50 * KIB)
    size = path.stat().st_size

    def is_async_chunk(request: bytes) -> bool:
        return b'name="async"' in request and b'name="chunk"' in request

    proxy.lose_response_if(is_async_chunk)
    proxy.watch("chunks", lambda request: b'name="chunk"' in request)
    proxy.reset_stats()

    small_chunks = replace(ASYNC_POLICY, initial=128 * KIB, maximum=128 * KIB)
    result = _engine(db, client, policy=small_chunks).run_job(job_id)

    assert proxy.stats.lost_responses == 1
    assert result.outcome == RunOutcome.VERIFIED, _job(db, job_id).last_error
    assert proxy.stats.watched["chunks"] == -(-size // (128 * KIB))  # none sent twice
    assert _job(db, job_id).restarts == 0
    _on_wiki(client, title, path)


def test_restart_while_the_wiki_publishes_never_publishes_twice(
    db: Database,
    client: WikiClient,
    proxy: FaultyProxy,
    queue_file: QueueFile,
    runner_stopped: TestWiki,
) -> None:
    job_id, path, title = queue_file(1 * MIB + 100 * KIB)
    runner_stopped.start_job_runner()  # assemble...
    first = _engine(db, client).run_job(
        job_id,
        # ...and stop the job queue and the app once the publish is queued.
        cancel_check=lambda: _stop_when_publishing(db, job_id, runner_stopped),
    )
    assert first.outcome == RunOutcome.INTERRUPTED
    saved = _job(db, job_id)
    assert (saved.state, saved.async_phase) == (UploadState.COMMITTING, "publishing")
    runner_stopped.start_job_runner()
    proxy.reset_stats()

    second = _engine(db, client).run_job(job_id)

    assert second.outcome == RunOutcome.VERIFIED, _job(db, job_id).last_error
    assert proxy.stats.bytes_up < 50_000
    assert _versions(client, title) == 1
    uploads = WikiUploads(client)
    assert uploads.titles_with_sha1(hashlib.sha1(path.read_bytes()).hexdigest()) == [
        f"File:{title}"
    ]
    _on_wiki(client, title, path)


def _stop_when_publishing(db: Database, job_id: int, wiki: TestWiki) -> bool:
    job = _job(db, job_id)
    if job.async_phase == "publishing" and job.wiki_stage == "queued":
        wiki.stop_job_runner()
        return True
    return False


def test_a_slow_job_queue_and_a_bad_link_while_waiting_never_resend_the_file(
    db: Database,
    client: WikiClient,
    proxy: FaultyProxy,
    queue_file: QueueFile,
    runner_stopped: TestWiki,
) -> None:
    job_id, path, title = queue_file(1 * MIB + 100 * KIB)
    proxy.watch("chunks", lambda request: b'name="chunk"' in request)
    impatient = _engine(db, client, async_patience=1.0)

    waited = impatient.run_job(job_id)  # the wiki's queue does not move: wait for later

    job = _job(db, job_id)
    assert waited.outcome == RunOutcome.WAITING and waited.fault is None
    assert (job.async_phase, job.wiki_stage) == ("assembling", "queued")
    assert job.next_attempt_at is not None
    chunks = proxy.stats.watched["chunks"]
    proxy.storm(3, retry_after=0)  # the link fails the next questions...
    runner_stopped.start_job_runner()  # ...while the wiki gets to work

    assert _engine(db, client).run_job(job_id).outcome == RunOutcome.VERIFIED

    assert proxy.stats.storm_replies == 3
    assert proxy.stats.watched["chunks"] == chunks  # asked again, never sent again
    _on_wiki(client, title, path)
