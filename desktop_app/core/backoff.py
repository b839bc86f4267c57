"""The one backoff: how long to wait before trying again after the n-th failure in a row.

Exponential with "equal jitter" (half fixed, half random), capped, and never shorter than
what the server asked for with ``Retry-After``. The outbox, the upload queue and the
upload engine's quick in-run retries use it with their own base and cap.
"""

from __future__ import annotations

import random
from collections.abc import Callable


def backoff_seconds(
    failures: int,
    *,
    base: float,
    cap: float,
    retry_after: float | None = None,
    rng: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait after ``failures`` failures in a row (``failures`` ≥ 1)."""
    exponent = min(max(failures - 1, 0), 30)
    ceiling = min(cap, base * 2**exponent)
    delay = ceiling / 2 + ceiling / 2 * rng()
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay
