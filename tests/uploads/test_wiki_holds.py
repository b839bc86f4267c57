"""The wiki says "not now" to everything: the queue waits once, says why and until when,
and resumes by itself; an expired login in the middle of a batch is renewed.

Each case is made by the real wiki (its own instance: read-only, rate limits, maxlag from
its job queue, blocks would disturb other tests), except the 429 with ``Retry-After``,
which Wikimedia's edge sends and the proxy imitates.
"""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from desktop_app.cli import run
from desktop_app.core.timeutil import utcnow
from desktop_app.core.uploads import UploadSpec
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.context import AppContext
from desktop_app.store.models.uploads import UploadJob, UploadState
from desktop_app.sync.runner import JobRunner
from desktop_app.sync.uploads.engine import UploadProgress
from desktop_app.sync.uploads.lane import build_upload_runner
from tests.fixtures.mediawiki import TestWiki, require_mediawiki
from tests.fixtures.proxy import FaultyProxy
from tests.uploads.conftest import TEST_POLICY, noise_file

pytestmark = [pytest.mark.wiki, pytest.mark.slow]

RATE_LIMITS = """
$wgRateLimits['upload'] = [ 'user' => [ 1, 8 ], 'newbie' => [ 1, 8 ] ];
foreach ( [ 'user', 'bot', 'sysop' ] as $group ) {
    $wgGroupPermissions[$group]['noratelimit'] = false;
}
$wgStatsCacheType = CACHE_DB;
"""


@pytest.fixture(scope="module")
def strict_wiki() -> Iterator[TestWiki]:
    require_mediawiki()
    wiki = TestWiki()
    try:
        wiki.start()
        yield wiki
    finally:
        wiki.destroy()


@pytest.fixture
def link(strict_wiki: TestWiki) -> Iterator[FaultyProxy]:
    proxy = FaultyProxy(strict_wiki.port).start()
    yield proxy
    proxy.stop()
    strict_wiki.set_overrides("")  # whatever a test switched on is off again


@pytest.fixture
def ctx(
    data_dir: Path, strict_wiki: TestWiki, link: FaultyProxy, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppContext]:
    """A data folder whose account talks to the strict wiki through the proxy."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setenv("FIELDKIT_PASSWORD", strict_wiki.bot_password)
    api = link.api_url_for(strict_wiki.api_url)
    assert run(["account", "set", "--api", api, "--user", strict_wiki.bot_user]) == 0
    context = AppContext.open(data_dir, log_to_file=False)
    yield context
    context.close()


def _queue(ctx: AppContext, tmp_path: Path, count: int, size: int = 20_000) -> list[int]:
    specs = [
        UploadSpec(str(noise_file(tmp_path, size)), f"Hold {uuid.uuid4().hex[:10]}.png", "Test.")
        for _ in range(count)
    ]
    return UploadQueue(ctx.db).enqueue(specs)


def _runner(ctx: AppContext, **options: object) -> JobRunner:
    return build_upload_runner(
        ctx,
        policy=TEST_POLICY,
        idle_seconds=0.3,
        retry_base=0.05,
        retry_cap=0.5,
        **options,  # type: ignore[arg-type]
    )


def _state(ctx: AppContext, job_id: int) -> UploadJob:
    with ctx.db.session() as session:
        return session.get_one(UploadJob, job_id)


def _status(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    run(["upload", "status", "--json"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _until_verified(runner: JobRunner, ctx: AppContext, job_ids: list[int], timeout: float) -> None:
    """Let the runner work on its thread (as in the app) until every job is verified."""
    runner.start()
    try:
        deadline = time.monotonic() + timeout
        while any(_state(ctx, job_id).state != UploadState.VERIFIED for job_id in job_ids):
            assert time.monotonic() < deadline, [_state(ctx, j).last_error for j in job_ids]
            time.sleep(0.2)
    finally:
        runner.stop()


def _held(ctx: AppContext, capsys: pytest.CaptureFixture[str], code: str, seconds: float) -> dict:  # type: ignore[type-arg]
    """The queue is held for ``code`` about ``seconds`` from now; the status says so."""
    status = _status(capsys)
    hold = status["wiki_hold"]
    assert hold is not None and hold["code"] == code, status
    until = hold["until"]
    remaining = (datetime.fromisoformat(until) - utcnow()).total_seconds()
    assert seconds - 3 < remaining <= seconds + 1, (remaining, hold)
    waiting = [job for job in status["jobs"] if job["waiting_for"]]
    assert waiting and all(job["waiting_for"] == code for job in waiting)
    assert all(job["waiting_until"] == until for job in waiting)
    return hold  # type: ignore[no-any-return]


def test_read_only_wiki_holds_the_batch_with_its_reason_and_resumes_by_itself(
    ctx: AppContext, strict_wiki: TestWiki, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    strict_wiki.set_overrides("$wgReadOnly = 'Fieldkit test: the database is being upgraded';")
    job_ids = _queue(ctx, tmp_path, 3)
    runner = _runner(ctx, hold_seconds={"readonly": 4})

    results = runner.run_pending()

    assert [(r.outcome, r.halt) for r in results] == [("waiting", True)]  # one try, not three
    hold = _held(ctx, capsys, "readonly", 4)
    assert "being upgraded" in hold["message"]
    assert runner.run_pending() == []  # held: nothing is even tried
    strict_wiki.set_overrides("")
    _until_verified(runner, ctx, job_ids, timeout=30)
    assert _status(capsys)["wiki_hold"] is None


def test_rate_limit_without_retry_after_waits_for_the_accounts_window(
    ctx: AppContext, strict_wiki: TestWiki, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    strict_wiki.set_overrides(RATE_LIMITS)  # one upload per 8 s
    job_ids = _queue(ctx, tmp_path, 2)
    runner = _runner(ctx)

    results = runner.run_pending()

    assert [r.outcome for r in results] == ["verified", "waiting"]
    _held(ctx, capsys, "ratelimited", 8)  # the window the wiki gives the account
    _until_verified(runner, ctx, job_ids, timeout=30)


def test_429_with_retry_after_is_honoured_for_the_whole_queue(
    ctx: AppContext, link: FaultyProxy, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runner = _runner(ctx)
    _queue(ctx, tmp_path, 1)  # connected and uploading, then the edge says "too many"
    assert [r.outcome for r in runner.run_pending()] == ["verified"]
    job_ids = _queue(ctx, tmp_path, 2)
    link.storm(1, retry_after=5, status=429)  # Wikimedia's edge: "too many requests"

    results = runner.run_pending()

    assert [(r.outcome, r.halt) for r in results] == [("waiting", True)]
    _held(ctx, capsys, "http-429", 5)
    _until_verified(runner, ctx, job_ids, timeout=30)


def test_maxlag_from_the_wikis_job_queue_holds_uploads_until_it_clears(
    ctx: AppContext, strict_wiki: TestWiki, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [first] = _queue(ctx, tmp_path, 1)
    runner = _runner(ctx)
    assert [r.outcome for r in runner.run_pending()] == ["verified"]  # leaves wiki jobs queued
    # Every queued job now counts as 1000 s of lag: far above pywikibot's maxlag of 5 s.
    strict_wiki.set_overrides("$wgJobQueueIncludeInMaxLagFactor = 0.001;")
    [second] = _queue(ctx, tmp_path, 1)

    results = runner.run_pending()

    assert [(r.outcome, r.fault.code if r.fault else None) for r in results] == [
        ("waiting", "maxlag")
    ]
    _held(ctx, capsys, "maxlag", 5)  # the wiki's Retry-After
    strict_wiki.set_overrides("")
    _until_verified(runner, ctx, [first, second], timeout=30)


def test_a_blocked_account_waits_until_the_block_ends_then_goes_on(
    ctx: AppContext, strict_wiki: TestWiki, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    job_ids = _queue(ctx, tmp_path, 2)
    strict_wiki.block(strict_wiki.username, expiry="12 seconds")
    try:
        runner = _runner(ctx)
        results = runner.run_pending()

        assert [(r.outcome, r.halt) for r in results] == [("waiting", True)]
        hold = _held(ctx, capsys, "blocked", 12)
        assert "expires" in hold["message"]
        _until_verified(runner, ctx, job_ids, timeout=40)
    finally:
        with contextlib.suppress(RuntimeError):  # normally the block has run out already
            strict_wiki.block(strict_wiki.username, unblock=True)


def test_an_expired_login_in_the_middle_of_a_batch_is_renewed_and_the_batch_goes_on(
    ctx: AppContext, strict_wiki: TestWiki, link: FaultyProxy, tmp_path: Path
) -> None:
    job_ids = _queue(ctx, tmp_path, 3)
    link.watch("login", lambda request: b"action=login" in request)
    expired: list[int] = []

    def expire_after_first(progress: UploadProgress) -> None:
        if progress.state == UploadState.VERIFIED and not expired:
            strict_wiki.expire_sessions()  # the server forgets every session
            expired.append(progress.job_id)

    runner = _runner(ctx, progress_cb=expire_after_first)
    results = runner.run_pending()

    assert expired == [job_ids[0]]
    assert [r.outcome for r in results] == ["verified"] * 3
    assert link.stats.watched["login"] == 2  # the first login, and one renewal
