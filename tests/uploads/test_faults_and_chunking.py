"""Fault classification, retry delays, adaptive chunk size and the bandwidth cap (no wiki)."""

from __future__ import annotations

import pytest
import requests
from pywikibot import exceptions as pwb

from desktop_app.sync.uploads.chunking import KIB, BandwidthLimiter, ChunkPolicy, ChunkSizer
from desktop_app.wiki.client import LoginFailed
from desktop_app.wiki.faults import FaultKind, classify, retry_delay
from desktop_app.wiki.uploads import ResponseInfo, _parse_retry_after


def _api_error(code: str, info: str = "", **other: object) -> pwb.APIError:
    return pwb.APIError(code, info, **other)


@pytest.mark.parametrize(
    "code", ["filetype-banned", "verification-error", "abusefilter-disallowed",
             "permissiondenied", "fileexists-forbidden", "invalidtitle"],
)  # fmt: skip
def test_refusals_are_permanent_and_keep_their_code(code: str) -> None:
    fault = classify(_api_error(code, "because"))
    assert fault.kind == FaultKind.PERMANENT and fault.code == code and "because" in fault.message


@pytest.mark.parametrize("code", ["maxlag", "ratelimited", "readonly", "internal_api_error_X"])
def test_server_trouble_is_transient(code: str) -> None:
    assert classify(_api_error(code)).kind == FaultKind.TRANSIENT


def test_a_503_is_transient_ambiguous_and_carries_retry_after() -> None:
    error = pwb.ApiTimeoutError("Maximum retries attempted without success.")
    fault = classify(error, ResponseInfo(status=503, retry_after=7.0))
    assert (fault.kind, fault.code, fault.retry_after, fault.ambiguous) == (
        FaultKind.TRANSIENT, "http-503", 7.0, True,
    )  # fmt: skip


def test_a_reset_connection_is_transient_and_ambiguous() -> None:
    fault = classify(requests.exceptions.ConnectionError("Connection reset by peer"))
    assert fault.kind == FaultKind.TRANSIENT and fault.ambiguous


def test_offset_mismatch_tells_where_the_wiki_is() -> None:
    fault = classify(_api_error("stashfailed", "Invalid chunk offset", offset=524288))
    assert fault.code == "offset-mismatch" and fault.server_offset == 524288


def test_a_missing_stash_means_start_again() -> None:
    assert classify(_api_error("stashnosuchfilekey")).kind == FaultKind.STASH_LOST
    lost = classify(_api_error("stashfailed", "No chunked upload session with this key."))
    assert lost.kind == FaultKind.STASH_LOST


def test_login_trouble_halts_everything() -> None:
    assert classify(LoginFailed("WrongPass")).kind == FaultKind.AUTH
    assert classify(_api_error("assertuserfailed")).kind == FaultKind.AUTH


def test_a_vanished_local_file_is_permanent() -> None:
    assert classify(FileNotFoundError("gone.jpg")).kind == FaultKind.PERMANENT


def test_retry_delay_grows_with_jitter_and_never_undercuts_retry_after() -> None:
    assert retry_delay(1, base=1, rng=lambda: 0.0) == 0.5
    assert retry_delay(4, base=1, rng=lambda: 1.0) == 8.0
    assert retry_delay(30, base=1, cap=60, rng=lambda: 1.0) == 60.0
    assert retry_delay(1, base=1, retry_after=120, rng=lambda: 0.5) == 120


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
