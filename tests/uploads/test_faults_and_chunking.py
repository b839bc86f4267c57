"""The wiki gate's fault classification, the one backoff, adaptive chunks, the bandwidth cap."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import requests
from pywikibot import exceptions as pwb

from desktop_app.core.backoff import backoff_seconds
from desktop_app.core.faults import Fault, FaultKind, holds_the_wiki, stops_the_pass
from desktop_app.sync.uploads.chunking import (
    KIB,
    MIB,
    BandwidthLimiter,
    ChunkPolicy,
    ChunkSizer,
)
from desktop_app.wiki.errors import LoginFailed, ResponseInfo, classify, error_for
from desktop_app.wiki.errors import parse_retry_after as _parse_retry_after


def _api_error(code: str, info: str = "", **other: object) -> pwb.APIError:
    return pwb.APIError(code, info, **other)


@pytest.mark.parametrize(
    "code",
    [
        "filetype-banned",
        "verification-error",
        "abusefilter-disallowed",
        "permissiondenied",
        "fileexists-forbidden",
        "invalidtitle",
    ],
)
def test_refusals_are_permanent_and_keep_their_code(code: str) -> None:
    fault = classify(_api_error(code, "because"))
    assert fault.kind == FaultKind.PERMANENT and fault.code == code and "because" in fault.message


@pytest.mark.parametrize("code", ["maxlag", "readonly", "internal_api_error_X"])
def test_server_trouble_is_temporary(code: str) -> None:
    fault = classify(_api_error(code))
    assert fault.kind == FaultKind.TEMPORARY and fault.retryable and stops_the_pass(fault)


def test_rate_limits_say_how_long_to_wait() -> None:
    fault = classify(_api_error("ratelimited"), ResponseInfo(status=200, retry_after=30.0))
    assert (fault.kind, fault.retry_after, fault.retryable) == (FaultKind.RATE_LIMITED, 30.0, True)
    too_many = classify(pwb.ServerError("429"), ResponseInfo(status=429, retry_after=12.0))
    assert (too_many.kind, too_many.code, too_many.retry_after) == (
        FaultKind.RATE_LIMITED,
        "http-429",
        12.0,
    )


def test_a_503_is_temporary_ambiguous_and_carries_retry_after() -> None:
    error = pwb.ApiTimeoutError("Maximum retries attempted without success.")
    fault = classify(error, ResponseInfo(status=503, retry_after=7.0))
    assert (fault.kind, fault.code, fault.retry_after, fault.ambiguous) == (
        FaultKind.TEMPORARY,
        "http-503",
        7.0,
        True,
    )


def test_a_reset_connection_is_offline_ambiguous_and_halts_the_pass() -> None:
    fault = classify(requests.exceptions.ConnectionError("Connection reset by peer"))
    assert fault.kind == FaultKind.OFFLINE and fault.ambiguous and stops_the_pass(fault)


def test_edit_conflicts_are_their_own_kind() -> None:
    fault = classify(_api_error("editconflict", "Edit conflict"))
    assert (fault.kind, fault.code, fault.retryable) == (FaultKind.CONFLICT, "edit_conflict", True)


def test_every_kind_has_an_exception_that_carries_the_fault() -> None:
    for kind in FaultKind:
        fault = Fault(kind, "some-code", "what happened")
        error = error_for(fault)
        assert error.fault is fault and classify(error) is fault and error.code == "some-code"


def test_offset_mismatch_tells_where_the_wiki_is() -> None:
    fault = classify(_api_error("stashfailed", "Invalid chunk offset", offset=524288))
    assert fault.code == "offset-mismatch" and fault.server_offset == 524288


def test_a_missing_stash_means_start_again() -> None:
    assert classify(_api_error("stashnosuchfilekey")).code == "stash-lost"
    lost = classify(_api_error("stashfailed", "No chunked upload session with this key."))
    assert (lost.kind, lost.code) == (FaultKind.TEMPORARY, "stash-lost")


def test_login_trouble_halts_everything() -> None:
    assert classify(LoginFailed("WrongPass")).kind == FaultKind.LOGIN
    fault = classify(_api_error("assertuserfailed"))
    assert (fault.kind, fault.code, stops_the_pass(fault)) == (
        FaultKind.LOGIN,
        "login_failed",
        True,
    )


def test_the_one_backoff_grows_with_jitter_and_never_undercuts_retry_after() -> None:
    assert backoff_seconds(1, base=1, cap=60, rng=lambda: 0.0) == 0.5
    assert backoff_seconds(4, base=1, cap=60, rng=lambda: 1.0) == 8.0
    assert backoff_seconds(30, base=1, cap=60, rng=lambda: 1.0) == 60.0
    assert backoff_seconds(1, base=1, cap=60, retry_after=120, rng=lambda: 0.5) == 120
    assert backoff_seconds(3, base=30, cap=6 * 3600, rng=lambda: 0.5) == 90  # the outbox's scale


def test_retry_after_may_be_seconds_or_a_date() -> None:
    assert _parse_retry_after("5") == 5.0
    assert _parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert _parse_retry_after(None) is None and _parse_retry_after("soon") is None


def test_chunks_start_small_double_while_fine_and_halve_after_a_loss() -> None:
    policy = ChunkPolicy(initial=256 * KIB, minimum=64 * KIB, maximum=4096 * KIB)
    sizer = ChunkSizer(policy)
    sizes = [sizer.size]
    for _ in range(5):
        sizer.succeeded(sizer.size, 1.0)
        sizes.append(sizer.size)
    assert sizes == [256 * KIB, 512 * KIB, 1024 * KIB, 2048 * KIB, 4096 * KIB, 4096 * KIB]
    sent = sum(sizes[:-1])  # 7936 KiB confirmed, then the loss
    sizer.failed()
    assert sizer.size == sent // 8  # an eighth of the bytes that got through between losses
    for _ in range(4):
        sizer.succeeded(sizer.size, 1.0)
    assert sizer.size == sent // 8  # the link dropped after ~8 MB: stay there
    before = sizer.size
    for _ in range(6):
        sizer.succeeded(sizer.size, 1.0)
    assert before < sizer.size <= before + 6 * 256 * KIB  # held up longer: grow gently
    for _ in range(10):
        sizer.failed()
    assert sizer.size == 64 * KIB


def test_slow_chunks_stop_growing_and_very_slow_ones_shrink() -> None:
    sizer = ChunkSizer(ChunkPolicy(initial=256 * KIB, target_seconds=10))
    sizer.succeeded(sizer.size, 15.0)
    assert sizer.size == 256 * KIB
    sizer.succeeded(sizer.size, 25.0)
    assert sizer.size == 128 * KIB


def test_bandwidth_cap_paces_chunks_and_can_be_interrupted() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = BandwidthLimiter(lambda: 100_000.0, clock=lambda: now[0], sleep=sleep)
    assert limiter.acquire(100_000)  # the first chunk goes at once
    assert limiter.acquire(100_000)  # the second waits a second
    assert sum(slept) == pytest.approx(1.0)
    assert not limiter.acquire(100_000, should_stop=lambda: True)
    assert BandwidthLimiter(lambda: None).acquire(10**9)  # no cap


def test_a_wiki_limit_caps_the_chunk_at_once_and_growth_stays_under_it() -> None:
    sizer = ChunkSizer(ChunkPolicy(initial=256 * KIB, minimum=64 * KIB, maximum=16 * MIB))
    for _ in range(8):
        sizer.succeeded(sizer.size, 1.0)
    assert sizer.size == 16 * MIB  # a good link: up to the policy's ceiling
    sizer.cap(2 * MIB)  # the wiki named its limit
    assert sizer.size == 2 * MIB
    for _ in range(8):
        sizer.succeeded(sizer.size, 1.0)
    assert sizer.size == 2 * MIB and sizer.ceiling == 2 * MIB
    tiny = ChunkSizer(ChunkPolicy(minimum=64 * KIB), limit=32 * KIB)
    assert tiny.size == 32 * KIB  # the wiki's limit wins over our minimum


def test_a_refused_chunk_names_the_servers_limit() -> None:
    named = classify(
        _api_error(
            "badupload",
            'The uploaded file for "chunk" exceeds the server\'s maximum of 2 MB.',
            size=2097152,
        )
    )
    assert (named.kind, named.code, named.size_limit) == (
        FaultKind.TEMPORARY,
        "chunk-too-large",
        2 * MIB,
    )
    worded = classify(_api_error("badupload", "exceeds the server's maximum of 1.5 MB."))
    assert worded.size_limit == int(1.5 * MIB)
    other = classify(_api_error("badupload", "File upload parameter chunk is not a file upload"))
    assert other.kind == FaultKind.PERMANENT


def test_a_body_php_dropped_is_told_apart_from_a_wrong_site() -> None:
    dropped = pwb.SiteDefinitionError("Invalid AutoFamily('127.0.0.1:8080')")
    fault = classify(dropped, ResponseInfo(status=200, retry_after=None), body_bytes=9 * MIB)
    assert fault.code == "request-too-large"
    assert classify(dropped, ResponseInfo(status=200, retry_after=None)).code == "network"


def test_blocks_wait_until_they_end_and_indefinite_ones_are_looked_at_hourly() -> None:
    ends = (datetime.now(UTC) + timedelta(minutes=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
    timed = classify(
        _api_error(
            "blocked",
            "You have been blocked from editing.",
            blockinfo={"blockexpiry": ends, "blockreason": "Spam"},
        )
    )
    assert timed.kind == FaultKind.TEMPORARY and holds_the_wiki(timed)
    assert timed.retry_after is not None and 590 < timed.retry_after <= 600
    assert "Spam" in timed.message and ends in timed.message
    forever = classify(_api_error("autoblocked", "x", blockinfo={"blockexpiry": "infinite"}))
    assert (forever.code, forever.retry_after) == ("autoblocked", 3600.0)


def test_wiki_wide_refusals_hold_the_queue_and_carry_the_wikis_words() -> None:
    readonly = classify(_api_error("readonly", "read-only", readonlyreason="Upgrading"))
    assert readonly.message.endswith("(Upgrading)") and holds_the_wiki(readonly)
    assert holds_the_wiki(classify(_api_error("ratelimited", "slow down")))
    assert holds_the_wiki(classify(_api_error("maxlag", "lagged")))
    assert not holds_the_wiki(classify(_api_error("stashfailed", "x")))
    assert not holds_the_wiki(classify(requests.exceptions.ConnectionError("reset")))
    assert classify(_api_error("missingresult", "No result")).code == "status-unknown"
