"""Fixtures for upload tests: a database, the bad-link proxy, a client through it, files."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.core.uploads import UploadSpec
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.db import Database, open_database
from desktop_app.sync.uploads.chunking import KIB, ChunkPolicy
from desktop_app.sync.uploads.engine import UploadEngine
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from tests.fixtures.mediawiki import TestWiki
from tests.fixtures.proxy import FaultyProxy

# Small chunks so that cuts land inside uploads of a few megabytes.
TEST_POLICY = ChunkPolicy(
    initial=128 * KIB, minimum=64 * KIB, maximum=1024 * KIB, single_request_limit=64 * KIB
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "fieldkit.sqlite3")
    yield database
    database.close()


@pytest.fixture
def proxy(wiki_up: TestWiki) -> Iterator[FaultyProxy]:
    bad_link = FaultyProxy(wiki_up.port).start()
    yield bad_link
    bad_link.stop()


@pytest.fixture
def client(proxy: FaultyProxy, wiki_up: TestWiki, data_dir: Path) -> Iterator[WikiClient]:
    """A logged-in client whose every request goes through the proxy."""
    account = WikiAccount(proxy.api_url_for(wiki_up.api_url), wiki_up.bot_user)
    wiki_client = WikiClient(DataPaths(data_dir).pywikibot_home, account, wiki_up.bot_password)
    wiki_client.connect()
    yield wiki_client
    wiki_client.close()


@pytest.fixture
def engine(db: Database, client: WikiClient) -> UploadEngine:
    return UploadEngine(db, lambda: client, policy=TEST_POLICY, retry_base=0.05, retry_cap=0.5)


def noise_file(folder: Path, size: int, suffix: str = ".png") -> Path:
    """A file of random bytes behind a PNG signature (MediaWiki checks only the start)."""
    path = folder / f"noise-{uuid.uuid4().hex[:8]}{suffix}"
    with path.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        remaining = size - 8
        while remaining > 0:
            block = os.urandom(min(remaining, 1024 * 1024))
            out.write(block)
            remaining -= len(block)
    return path


def unique_title(stem: str = "Fieldkit upload", suffix: str = ".png") -> str:
    return f"{stem} {uuid.uuid4().hex[:10]}{suffix}"


@pytest.fixture
def queue_file(db: Database, tmp_path: Path) -> Callable[..., tuple[int, Path, str]]:
    """Queue a fresh random file of ``size`` bytes; returns (job id, path, title)."""

    def make(size: int, *, batch_id: int | None = None, **extra: object) -> tuple[int, Path, str]:
        path = noise_file(tmp_path, size)
        title = str(extra.pop("title", unique_title()))
        spec = UploadSpec(str(path), title, "== Summary ==\nFieldkit test.", **extra)  # type: ignore[arg-type]
        [job_id] = UploadQueue(db).enqueue([spec], batch_id=batch_id)
        return job_id, path, title

    return make
