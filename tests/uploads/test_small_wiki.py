"""A wiki served with PHP's default limits (2 MB per uploaded part, 8 MB per request).

Many small wikis run like this. A chunk above ``upload_max_filesize`` is refused with
``badupload`` naming the limit; one above ``post_max_size`` loses its whole body without a
word. Either way the engine sends smaller chunks, goes on, and remembers the limit for
that wiki, so the next file starts below it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.uploads import UploadSpec
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.db import Database
from desktop_app.store.models.uploads import UploadJob
from desktop_app.store.repositories import wiki_states
from desktop_app.sync.uploads.chunking import KIB, MIB, ChunkPolicy
from desktop_app.sync.uploads.engine import RunOutcome, UploadEngine
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from desktop_app.wiki.uploads import WikiUploads
from tests.fixtures.mediawiki import TestWiki, require_mediawiki
from tests.fixtures.proxy import FaultyProxy
from tests.uploads.conftest import noise_file, unique_title

pytestmark = pytest.mark.wiki

# Starts above post_max_size (8 MB): the first chunk vanishes in PHP, the next is too big.
BIG_CHUNKS = ChunkPolicy(
    initial=12 * MIB,
    minimum=64 * KIB,
    maximum=16 * MIB,
    single_request_limit=64 * KIB,
    async_threshold=64 * MIB,
)


@pytest.fixture(scope="module")
def small_wiki() -> Iterator[TestWiki]:
    """A second wiki: PHP defaults, and no asynchronous uploads (an older setup)."""
    require_mediawiki()
    wiki = TestWiki(php_defaults=True, job_runner=False)
    try:
        wiki.start()
        wiki.set_overrides("$wgEnableAsyncUploads = false;")
        yield wiki
    finally:
        wiki.destroy()


@pytest.fixture
def small_proxy(small_wiki: TestWiki) -> Iterator[FaultyProxy]:
    link = FaultyProxy(small_wiki.port).start()
    yield link
    link.stop()


@pytest.fixture
def small_client(
    small_wiki: TestWiki, small_proxy: FaultyProxy, data_dir: Path
) -> Iterator[WikiClient]:
    account = WikiAccount(small_proxy.api_url_for(small_wiki.api_url), small_wiki.bot_user)
    client = WikiClient(DataPaths(data_dir).pywikibot_home, account, small_wiki.bot_password)
    client.connect()
    yield client
    client.close()


def _queue(db: Database, tmp_path: Path, size: int) -> tuple[int, Path, str]:
    path = noise_file(tmp_path, size)
    title = unique_title("Small wiki")
    [job_id] = UploadQueue(db).enqueue([UploadSpec(str(path), title, "Small wiki test.")])
    return job_id, path, title


def _job(db: Database, job_id: int) -> UploadJob:
    with db.session() as session:
        return session.get_one(UploadJob, job_id)


def test_chunks_shrink_to_what_a_small_wiki_takes_and_the_limit_is_remembered(
    db: Database, small_client: WikiClient, small_proxy: FaultyProxy, tmp_path: Path
) -> None:
    api_url = small_client.account.api_url
    engine = UploadEngine(db, lambda: small_client, policy=BIG_CHUNKS, retry_base=0.05)
    job_id, path, title = _queue(db, tmp_path, 14 * MIB)

    assert engine.run_job(job_id).outcome == RunOutcome.VERIFIED, _job(db, job_id).last_error

    job = _job(db, job_id)
    assert job.restarts == 0 and job.chunk_size <= 2 * MIB
    assert job.bytes_sent > path.stat().st_size  # the refused chunks were sent (and lost)
    with db.session() as session:
        assert wiki_states.chunk_limit(session, api_url) == 2 * MIB  # as the wiki named it
    published = WikiUploads(small_client).published_file(title)
    assert published and published.sha1 == hashlib.sha1(path.read_bytes()).hexdigest()

    # A later run (a new engine, as after a restart) starts below the limit: nothing lost.
    second_id, second_path, _ = _queue(db, tmp_path, 5 * MIB)
    later = UploadEngine(db, lambda: small_client, policy=BIG_CHUNKS, retry_base=0.05)
    assert later.run_job(second_id).outcome == RunOutcome.VERIFIED
    assert _job(db, second_id).bytes_sent == second_path.stat().st_size
