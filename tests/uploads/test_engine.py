"""The upload engine against the real test wiki, through a proxy that misbehaves on cue."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.uploads import UploadSpec
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.db import Database
from desktop_app.store.models.uploads import UploadJob, UploadState
from desktop_app.sync.uploads.engine import RunOutcome, UploadEngine, UploadProgress
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.uploads import WikiUploads
from tests.fixtures.proxy import FaultyProxy

pytestmark = pytest.mark.wiki

MB = 1024 * 1024
QueueFile = Callable[..., tuple[int, Path, str]]


def _sha1(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def _job(db: Database, job_id: int) -> UploadJob:
    with db.session() as session:
        return session.get_one(UploadJob, job_id)


def _assert_on_wiki_intact(client: WikiClient, title: str, path: Path) -> None:
    published = WikiUploads(client).published_file(title)
    assert published is not None
    assert published.sha1 == _sha1(path)
    assert published.size == path.stat().st_size


def test_small_file_goes_in_one_request_and_is_verified(
    engine: UploadEngine,
    db: Database,
    client: WikiClient,
    proxy: FaultyProxy,
    queue_file: QueueFile,
) -> None:
    job_id, path, title = queue_file(20_000)
    proxy.reset_stats()

    result = engine.run_job(job_id)

    assert result.outcome == RunOutcome.VERIFIED
    job = _job(db, job_id)
    assert job.state == UploadState.VERIFIED and job.verified_at is not None
    assert job.sha1 == _sha1(path)
    assert job.page_url and job.page_url.endswith(title.replace(" ", "_"))
    # One request carries the file; the rest are small (SHA-1 check, paraminfo, token).
    assert proxy.stats.requests <= 6
    assert proxy.stats.bytes_up < 20_000 + 15_000
    _assert_on_wiki_intact(client, title, path)


def test_chunked_upload_saves_its_offset_after_every_chunk(
    engine: UploadEngine, db: Database, client: WikiClient, queue_file: QueueFile
) -> None:
    job_id, path, title = queue_file(3 * MB)
    seen: list[tuple[int, int]] = []

    def on_progress(progress: UploadProgress) -> None:
        # The row is committed before progress is reported: a crash now loses nothing.
        seen.append((progress.confirmed_bytes, _job(db, job_id).resume_offset))

    result = engine.run_job(job_id, progress_cb=on_progress)

    assert result.outcome == RunOutcome.VERIFIED
    assert len(seen) >= 5
    assert all(reported == saved for reported, saved in seen)
    offsets = [reported for reported, _ in seen]
    assert offsets == sorted(offsets) and offsets[-1] == path.stat().st_size
    assert _job(db, job_id).chunk_size > 128 * 1024  # grew on a clean link
    _assert_on_wiki_intact(client, title, path)


def test_twenty_megabytes_arrive_intact_through_repeated_cuts(
    engine: UploadEngine,
    db: Database,
    client: WikiClient,
    proxy: FaultyProxy,
    queue_file: QueueFile,
) -> None:
    job_id, path, title = queue_file(20 * MB)
    proxy.reset_stats()
    proxy.cut_every(1_500_000)

    result = engine.run_job(job_id)

    proxy.cut_every(None)
    assert result.outcome == RunOutcome.VERIFIED, _job(db, job_id).last_error
    assert proxy.stats.cuts >= 10
    assert _job(db, job_id).restarts == 0
    assert proxy.stats.bytes_up < 1.5 * path.stat().st_size
    _assert_on_wiki_intact(client, title, path)


def test_upload_resumes_from_the_last_confirmed_chunk_after_a_restart(
    db: Database, client: WikiClient, proxy: FaultyProxy, queue_file: QueueFile
) -> None:
    from tests.uploads.conftest import TEST_POLICY

    job_id, path, title = queue_file(4 * MB)
    size = path.stat().st_size
    first = UploadEngine(db, lambda: client, policy=TEST_POLICY)
    # Stop the first run (a crash, as far as the row can tell) once 40 % is confirmed.
    result = first.run_job(job_id, cancel_check=lambda: _job(db, job_id).resume_offset > 0.4 * size)
    assert result.outcome == RunOutcome.INTERRUPTED
    saved = _job(db, job_id)
    assert saved.state == UploadState.UPLOADING and saved.file_key
    assert 0.4 * size < saved.resume_offset < size
    proxy.reset_stats()

    second = UploadEngine(db, lambda: client, policy=TEST_POLICY)
    assert second.run_job(job_id).outcome == RunOutcome.VERIFIED

    assert proxy.stats.bytes_up < (size - saved.resume_offset) * 1.1 + 100_000
    assert _job(db, job_id).restarts == 0
    _assert_on_wiki_intact(client, title, path)


def test_expired_stash_is_noticed_and_the_file_starts_again_cleanly(
    engine: UploadEngine, db: Database, client: WikiClient, queue_file: QueueFile
) -> None:
    job_id, path, title = queue_file(1 * MB)
    engine.run_job(job_id, cancel_check=lambda: _job(db, job_id).resume_offset > 0)
    with db.session() as session:  # the wiki forgot the partial upload
        session.get_one(UploadJob, job_id).file_key = "1a2b3c4d5e6f.abcdef.1.png"

    result = engine.run_job(job_id)

    assert result.outcome == RunOutcome.VERIFIED
    job = _job(db, job_id)
    assert job.restarts == 1
    _assert_on_wiki_intact(client, title, path)


def test_lost_answer_to_publishing_never_makes_a_second_file(
    engine: UploadEngine,
    db: Database,
    client: WikiClient,
    proxy: FaultyProxy,
    queue_file: QueueFile,
) -> None:
    job_id, path, title = queue_file(1 * MB)

    def is_publish(request: bytes) -> bool:
        head, _, body = request.partition(b"\r\n\r\n")
        return b"multipart" not in head and b"filekey=" in body and b"action=upload" in body

    proxy.lose_response_if(is_publish)

    result = engine.run_job(job_id)

    assert proxy.stats.lost_responses == 1
    assert result.outcome == RunOutcome.VERIFIED
    uploads = WikiUploads(client)
    assert uploads.titles_with_sha1(_sha1(path)) == [f"File:{title}"]
    history = client.site.simple_request(
        action="query", prop="imageinfo", titles=f"File:{title}", iilimit=10, formatversion=2
    ).submit()["query"]["pages"][0]["imageinfo"]
    assert len(history) == 1  # one version: the retry did not upload again
    _assert_on_wiki_intact(client, title, path)


def test_a_503_storm_is_waited_out_honouring_retry_after(
    engine: UploadEngine,
    db: Database,
    client: WikiClient,
    proxy: FaultyProxy,
    queue_file: QueueFile,
) -> None:
    job_id, path, title = queue_file(600_000)
    proxy.storm(5, retry_after=1)
    began = time.monotonic()

    result = engine.run_job(job_id)

    assert result.outcome == RunOutcome.VERIFIED, _job(db, job_id).last_error
    assert proxy.stats.storm_replies == 5
    assert time.monotonic() - began >= 4.0  # Retry-After: 1 s, far above retry_base
    _assert_on_wiki_intact(client, title, path)


def test_duplicate_warning_waits_for_a_decision_and_ignore_resends_nothing(
    engine: UploadEngine,
    db: Database,
    client: WikiClient,
    proxy: FaultyProxy,
    queue_file: QueueFile,
) -> None:
    first_id, path, _ = queue_file(300_000)
    assert engine.run_job(first_id).outcome == RunOutcome.VERIFIED
    second_title = f"Copy of {_job(db, first_id).title}"
    [second_id] = UploadQueue(db).enqueue([UploadSpec(str(path), second_title, "copy")])

    assert engine.run_job(second_id).outcome == RunOutcome.NEEDS_DECISION
    waiting = _job(db, second_id)
    assert [warning["code"] for warning in waiting.warnings or []] == ["duplicate"]
    assert waiting.file_key  # the bytes stay stashed
    assert engine.run_job(second_id).outcome == RunOutcome.NOTHING_TO_DO  # never silently

    UploadQueue(db).decide(second_id, "ignore")
    proxy.reset_stats()
    assert engine.run_job(second_id).outcome == RunOutcome.VERIFIED
    assert proxy.stats.bytes_up < 30_000  # published from the stash, not sent again
    _assert_on_wiki_intact(client, second_title, path)


def test_permanent_error_stops_the_file_with_a_reason_and_the_next_file_goes_on(
    engine: UploadEngine, db: Database, tmp_path: Path, queue_file: QueueFile
) -> None:
    from tests.uploads.conftest import noise_file

    bad = noise_file(tmp_path, 2000)  # PNG-named, not a PNG inside: the wiki refuses it
    bad.write_bytes(b"\xff\xd8\xff\xe0" + bad.read_bytes()[4:])
    [bad_id] = UploadQueue(db).enqueue([UploadSpec(str(bad), f"Fieldkit {bad.stem}.png", "x")])
    good_id, _, _ = queue_file(2000)

    assert engine.run_job(bad_id).outcome == RunOutcome.FAILED
    failed = _job(db, bad_id)
    assert failed.state == UploadState.FAILED
    assert failed.error_code == "verification-error"
    assert failed.last_error and "png" in failed.last_error.lower()
    assert engine.run_job(good_id).outcome == RunOutcome.VERIFIED


def test_a_type_the_wiki_refuses_is_stopped_before_a_byte_is_sent(
    engine: UploadEngine, db: Database, proxy: FaultyProxy, tmp_path: Path
) -> None:
    from tests.uploads.conftest import noise_file

    bad = noise_file(tmp_path, 300_000, ".exe")
    [bad_id] = UploadQueue(db).enqueue([UploadSpec(str(bad), "Fieldkit forbidden.exe", "x")])
    proxy.reset_stats()

    assert engine.run_job(bad_id).outcome == RunOutcome.FAILED
    failed = _job(db, bad_id)
    assert (failed.error_code, failed.bytes_sent) == ("filetype-not-accepted", 0)
    assert failed.last_error and ".exe" in failed.last_error and "png" in failed.last_error
    assert proxy.stats.bytes_up < 20_000  # questions about the wiki, never the file


def test_bad_file_name_warning_becomes_a_choice_and_rename_publishes(
    engine: UploadEngine, db: Database, client: WikiClient, queue_file: QueueFile
) -> None:
    job_id, path, _ = queue_file(3000, title="Bad [name] here.png")

    assert engine.run_job(job_id).outcome == RunOutcome.NEEDS_DECISION
    assert [w["code"] for w in _job(db, job_id).warnings or []] == ["badfilename"]

    new_title = f"Good name {job_id} {path.stem}.png"
    UploadQueue(db).decide(job_id, "rename", new_title)
    assert engine.run_job(job_id).outcome == RunOutcome.VERIFIED
    _assert_on_wiki_intact(client, new_title, path)


def test_captions_are_skipped_and_said_so_on_a_wiki_without_structured_data(
    engine: UploadEngine, db: Database, queue_file: QueueFile
) -> None:
    job_id, _, _ = queue_file(5000, captions={"en": "Noise"}, depicts=["Q42"])
    plain_id, _, _ = queue_file(5000)

    assert engine.run_job(job_id).outcome == RunOutcome.VERIFIED
    assert engine.run_job(plain_id).outcome == RunOutcome.VERIFIED
    assert _job(db, job_id).structured_data == "skipped-no-mediainfo"
    assert _job(db, plain_id).structured_data == "none"


def test_pywikibot_talks_only_to_the_proxy(
    engine: UploadEngine, client: WikiClient, proxy: FaultyProxy, queue_file: QueueFile
) -> None:
    """$wgServer names the wiki's own port; pywikibot must still use only the API URL."""
    from pywikibot.comms import http

    urls: list[str] = []

    def record(response: object, *args: object, **kwargs: object) -> None:
        urls.append(str(getattr(response, "url", "")))

    http.session.hooks["response"].append(record)
    try:
        job_id, _, _ = queue_file(400_000)
        assert engine.run_job(job_id).outcome == RunOutcome.VERIFIED
    finally:
        http.session.hooks["response"].remove(record)
    assert urls
    assert all(url.startswith(f"http://127.0.0.1:{proxy.port}/") for url in urls), urls


def test_chunks_ending_in_carriage_returns_arrive_byte_exact(
    engine: UploadEngine, db: Database, client: WikiClient, tmp_path: Path
) -> None:
    """Every chunk (even sizes after an 8-byte signature) and the file end in ``\\r``,
    the byte a careless multipart framing loses."""
    from tests.uploads.conftest import unique_title

    path = tmp_path / "carriage-returns.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\n\r" * (700 * 1024))
    title = unique_title("Carriage returns")
    [job_id] = UploadQueue(db).enqueue([UploadSpec(str(path), title, "CR test.")])

    assert engine.run_job(job_id).outcome == RunOutcome.VERIFIED

    _assert_on_wiki_intact(client, title, path)
