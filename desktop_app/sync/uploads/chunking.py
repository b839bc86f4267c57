"""Chunk size that adapts to the link, and an optional bandwidth cap.

A lost chunk costs everything sent of it (the wiki keeps only whole chunks), so on a
link that drops, chunks must be small; on a good link, small chunks waste round trips.
:class:`ChunkSizer` works like TCP's congestion window: it starts small and doubles
while chunks succeed ("slow start"), halves after a failure and from then on grows by
one initial size per success. It also remembers how many bytes get through between
failures (a running average) and keeps chunks at most an eighth of that, so a link that
drops every couple of megabytes loses only a few percent to cut chunks. Chunks that
take longer than ``target_seconds`` are not grown further (a slow link times out big
chunks) and shrink when far too slow. A wiki's own limit (PHP's ``upload_max_filesize``,
learnt from a refused chunk and remembered per wiki) caps the size from then on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class ChunkPolicy:
    """Bounds for the adaptive chunk size, and which files go in chunks at all."""

    initial: int = 256 * KIB
    minimum: int = 64 * KIB
    # pywikibot builds each request body in memory (a few copies of the chunk): 16 MiB
    # chunks keep the uploading process well under 250 MB whatever the file's size.
    maximum: int = 16 * MIB
    target_seconds: float = 20.0
    # Files up to this size go in one request (no stash round trips).
    single_request_limit: int = 256 * KIB
    # Files above this size are assembled and published by the wiki's job queue
    # (``async=1``), as UploadWizard does above 10 MB: a synchronous assembly of a big
    # file outlasts the wiki's request timeout.
    async_threshold: int = 10 * MIB


class ChunkSizer:
    """The current chunk size for one upload; tell it how each chunk went."""

    def __init__(
        self, policy: ChunkPolicy, start: int | None = None, limit: int | None = None
    ) -> None:
        self.policy = policy
        self.limit = limit  # the wiki's own ceiling, if it named one
        self.size = self._bounded(start or policy.initial)
        self._threshold: int | None = None  # None: still in slow start
        self._since_failure = 0
        self._good_run: float | None = None  # average bytes between failures

    @property
    def ceiling(self) -> int:
        """The largest chunk allowed: the policy's maximum or the wiki's limit."""
        if self.limit is None:
            return self.policy.maximum
        return min(self.policy.maximum, self.limit)

    def _bounded(self, size: int) -> int:
        ceiling = self.ceiling
        return max(min(self.policy.minimum, ceiling), min(ceiling, size))

    def cap(self, limit: int) -> None:
        """The wiki refused a chunk above ``limit`` bytes: never send more than that."""
        self.limit = limit if self.limit is None else min(self.limit, limit)
        self.size = self._bounded(self.size)
        self._threshold = self.size

    def _loss_cap(self) -> int:
        if self._good_run is None:
            return self.policy.maximum
        return int(max(self._good_run, self._since_failure) / 8)

    def succeeded(self, nbytes: int, seconds: float) -> None:
        """A chunk of ``nbytes`` was confirmed after ``seconds``."""
        self._since_failure += nbytes
        if seconds > 2 * self.policy.target_seconds:
            self.size = self._bounded(self.size // 2)
            return
        if seconds > self.policy.target_seconds:
            return
        if self._threshold is None or self.size < self._threshold:
            grown = self.size * 2
        else:
            grown = self.size + self.policy.initial
        self.size = self._bounded(min(grown, max(self.size, self._loss_cap())))

    def failed(self) -> None:
        """A chunk was lost: halve (or less, on a link that drops often), grow gently."""
        run = float(self._since_failure)
        self._good_run = run if self._good_run is None else (self._good_run + run) / 2
        self._since_failure = 0
        self.size = self._bounded(min(self.size // 2, self._loss_cap()))
        self._threshold = self.size


class BandwidthLimiter:
    """A token bucket shared by all uploads: ``acquire`` sleeps to keep under the cap.

    The cap is read on every call (``rate`` returns bytes per second, ``None`` for no
    cap), so the user can change it while uploads run. The granularity is one chunk:
    pywikibot sends a request body in one piece.
    """

    def __init__(
        self,
        rate: Callable[[], float | None],
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.rate = rate
        self.clock = clock
        self.sleep = sleep
        self._lock = threading.Lock()
        self._free_at = 0.0

    def acquire(self, nbytes: int, should_stop: Callable[[], bool] | None = None) -> bool:
        """Wait until ``nbytes`` may be sent; False if ``should_stop`` said stop meanwhile."""
        rate = self.rate()
        if not rate or rate <= 0:
            return True
        with self._lock:
            now = self.clock()
            start = max(self._free_at, now)
            self._free_at = start + nbytes / rate
            wait = start - now
        while wait > 0:
            if should_stop is not None and should_stop():
                return False
            step = min(wait, 0.25)
            self.sleep(step)
            wait -= step
        return True
