"""One GiB of random bytes to the wiki through a link cut every 64 MiB, the uploading
process killed while the wiki assembles the file, and restarted: the wiki ends with exactly
our bytes, nothing is sent twice after the restart, and the uploader's memory stays flat.

The one big test of the suite (a few minutes on two cores); everything else uses small
files. The wiki is its own instance so its gigabytes are deleted as soon as it is done.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.core.uploads import UploadSpec
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.db import Database
from desktop_app.store.models.uploads import UploadJob, UploadState
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from desktop_app.wiki.errors import WikiError
from desktop_app.wiki.uploads import WikiUploads
from tests.conftest import REPO_ROOT
from tests.fixtures.mediawiki import TestWiki, require_mediawiki
from tests.fixtures.proxy import FaultyProxy
from tests.uploads.conftest import unique_title

pytestmark = [pytest.mark.wiki, pytest.mark.slow, pytest.mark.timeout(1800)]

GIB = 1024**3
MIB = 1024**2
RSS_LIMIT = 250 * MIB


class RssSampler:
    """Samples the resident memory of the processes it is given, ten times a second."""

    def __init__(self) -> None:
        self.pids: list[int] = []
        self.peak = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._done.set()
        self._thread.join(5)

    def _run(self) -> None:
        while not self._done.wait(0.1):
            for pid in list(self.pids):
                self.peak = max(self.peak, _rss(pid))


def _rss(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


@pytest.fixture(scope="module")
def big_wiki() -> Iterator[TestWiki]:
    require_mediawiki()
    wiki = TestWiki()
    try:
        wiki.start()
        yield wiki
    finally:
        wiki.destroy()  # its stash and images: some GiB


@pytest.fixture
def big_file(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """1 GiB of random bytes behind a PNG signature, and its SHA-1."""
    path = tmp_path / "film-scan.png"
    digest = hashlib.sha1(usedforsecurity=False)
    with path.open("wb") as out:
        block = b"\x89PNG\r\n\x1a\n" + os.urandom(MIB - 8)
        for _ in range(GIB // MIB):
            out.write(block)
            digest.update(block)
            block = os.urandom(MIB)
    yield path, digest.hexdigest()
    path.unlink(missing_ok=True)


def _worker(db: Database, data_dir: Path, proxy: FaultyProxy, wiki: TestWiki, job_id: int):
    env = dict(os.environ, FIELDKIT_PASSWORD=wiki.bot_password, PYTHONPATH=str(REPO_ROOT))
    command = [
        sys.executable,
        "-m",
        "tests.uploads.worker_process",
        str(db.engine.url.database),
        str(data_dir),
        proxy.api_url_for(wiki.api_url),
        wiki.bot_user,
        str(job_id),
        "--app-policy",
    ]
    with (data_dir / "worker.log").open("ab") as log:  # both runs, for a failure's message
        return subprocess.Popen(
            command, env=env, cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT
        )


def _log_tail(process: subprocess.Popen[bytes], lines: int = 40) -> str:
    """The end of the uploader's log, in the data folder it was given."""
    data_dir = Path(str(process.args[4]))  # type: ignore[index]
    log = data_dir / "worker.log"
    if not log.is_file():
        return "(no worker.log)"
    return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def _row(db: Database, job_id: int) -> UploadJob:
    with db.session() as session:
        return session.get_one(UploadJob, job_id)


def _wait(
    condition: Callable[[], bool], what: str, process: subprocess.Popen[bytes], timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, (
            f"the uploader exited ({process.returncode}) before {what}:\n{_log_tail(process)}"
        )
        assert time.monotonic() < deadline, f"no {what} within {timeout:.0f} s"
        time.sleep(0.1)


def test_one_gibibyte_through_cuts_and_a_restart_during_assembly(
    db: Database, data_dir: Path, big_wiki: TestWiki, big_file: tuple[Path, str]
) -> None:
    path, sha1 = big_file
    title = unique_title("Fieldkit one gibibyte")
    [job_id] = UploadQueue(db).enqueue([UploadSpec(str(path), title, "One GiB of noise.")])
    proxy = FaultyProxy(big_wiki.port).start()
    client = WikiClient(
        DataPaths(data_dir).pywikibot_home,
        WikiAccount(proxy.api_url_for(big_wiki.api_url), big_wiki.bot_user),
        big_wiki.bot_password,
    )
    client.connect()
    proxy.watch("chunks", lambda request: b'name="chunk"' in request)
    big_wiki.stop_job_runner()  # the assembly waits in the wiki's queue until we say
    try:
        with RssSampler() as rss:
            proxy.reset_stats()
            proxy.cut_every(64 * MIB)
            first = _worker(db, data_dir, proxy, big_wiki, job_id)
            rss.pids.append(first.pid)
            _wait(lambda: _row(db, job_id).wiki_stage == "queued", "assembly", first, 1200)
            sent = proxy.stats.bytes_up
            cuts = proxy.stats.cuts
            proxy.cut_every(None)
            # The wiki starts assembling; the uploader dies in the middle of it.
            big_wiki.start_job_runner()
            _wait_for_the_wiki_to_assemble(WikiUploads(client), _row(db, job_id).file_key)
            first.send_signal(signal.SIGKILL)
            first.wait(10)
            killed = _row(db, job_id)
            assert (killed.state, killed.async_phase) == (UploadState.UPLOADING, "assembling")
            chunks_before = proxy.stats.watched["chunks"]
            assert chunks_before >= GIB // (16 * MIB)  # (counted: none is larger than 16 MiB)

            second = _worker(db, data_dir, proxy, big_wiki, job_id)
            rss.pids.append(second.pid)
            assert second.wait(600) == 0, data_dir / "worker.log"
        job = _row(db, job_id)
        assert job.state == UploadState.VERIFIED and job.restarts == 0
        assert proxy.stats.watched["chunks"] == chunks_before  # asked, never sent again
        published = WikiUploads(client).published_file(job.title)
        assert published is not None
        assert (published.sha1, published.size) == (sha1, GIB)
        assert cuts >= 14, cuts
        assert sent < 1.25 * GIB, sent / GIB
        assert 0 < rss.peak < RSS_LIMIT, rss.peak / MIB
        print(
            f"\n1 GiB: {sent / GIB:.3f} bytes up per file byte with {cuts} cuts;"
            f" uploader RSS peak {rss.peak / MIB:.0f} MiB"
        )
    finally:
        proxy.stop()
        client.close()
        big_wiki.start_job_runner()


def _wait_for_the_wiki_to_assemble(wiki: WikiUploads, file_key: str | None) -> None:
    """Until the wiki says it is assembling (or already done: a fast machine)."""
    assert file_key
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            status = wiki.check_status(file_key)
        except WikiError:
            time.sleep(0.1)
            continue
        if status.stage == "assembling" or status.result == "Success":
            return
        time.sleep(0.1)
    raise AssertionError("the wiki's job queue never started assembling")
