"""A worker process killed mid-upload (SIGKILL) resumes from its saved offset."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.store.db import Database
from desktop_app.store.models.uploads import UploadJob, UploadState
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.uploads import WikiUploads
from tests.conftest import REPO_ROOT
from tests.fixtures.mediawiki import TestWiki
from tests.fixtures.proxy import FaultyProxy

pytestmark = [pytest.mark.wiki, pytest.mark.slow]


def _worker(db: Database, data_dir: Path, proxy: FaultyProxy, wiki: TestWiki, job_id: int):
    env = dict(os.environ, FIELDKIT_PASSWORD=wiki.bot_password, PYTHONPATH=str(REPO_ROOT))
    database = str(db.engine.url.database)
    command = [
        sys.executable,
        "-m",
        "tests.uploads.worker_process",
        database,
        str(data_dir),
        proxy.api_url_for(wiki.api_url),
        wiki.bot_user,
        str(job_id),
    ]
    return subprocess.Popen(
        command, env=env, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )


def _row(db: Database, job_id: int) -> UploadJob:
    with db.session() as session:
        return session.get_one(UploadJob, job_id)


def test_worker_killed_mid_upload_resumes_from_its_saved_offset(
    db: Database,
    data_dir: Path,
    proxy: FaultyProxy,
    wiki_up: TestWiki,
    client: WikiClient,
    queue_file: Callable[..., tuple[int, Path, str]],
) -> None:
    job_id, path, title = queue_file(20 * 1024 * 1024)
    size = path.stat().st_size
    proxy.reset_stats()
    proxy.throttle(8 * 1024 * 1024)  # ~2.5 s for the file: time to kill it half-way

    first = _worker(db, data_dir, proxy, wiki_up, job_id)
    deadline = time.monotonic() + 60
    while _row(db, job_id).resume_offset < 0.4 * size:
        assert first.poll() is None, first.stdout.read() if first.stdout else ""
        assert time.monotonic() < deadline, "the first worker made no progress"
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    killed_at = _row(db, job_id)
    assert killed_at.state == UploadState.UPLOADING and killed_at.file_key
    assert killed_at.resume_offset < size
    proxy.throttle(None)

    second = _worker(db, data_dir, proxy, wiki_up, job_id)
    output = second.communicate(timeout=120)[0].decode()
    assert second.returncode == 0, output

    job = _row(db, job_id)
    assert job.state == UploadState.VERIFIED and job.restarts == 0
    assert proxy.stats.bytes_up < 1.25 * size  # well below 2×: nothing sent twice but a chunk
    published = WikiUploads(client).published_file(title)
    assert published is not None
    assert published.sha1 == hashlib.sha1(path.read_bytes()).hexdigest()
