"""The background upload runner for the GUI: built from the settings, started on demand.

The GUI's upload host (``ui/uploads/worker_host.py``) owns one runner thread; this
module builds it with the user's limits (a bandwidth cap read before every chunk, a
hold on metered links) and lets the host wake it when the link returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.context import AppContext

if TYPE_CHECKING:
    from desktop_app.sync.runner import JobRunner
    from desktop_app.sync.uploads.engine import UploadProgress


def make_upload_runner(
    ctx: AppContext,
    *,
    allowed: Callable[[], bool],
    progress_cb: Callable[[UploadProgress], None],
    bytes_per_second: Callable[[], float | None],
    client_provider: Callable[[], Any] | None = None,
    idle_seconds: float = 15.0,
    engine_options: dict[str, Any] | None = None,
) -> JobRunner:
    """A runner (not started) that asks ``allowed`` before each job and paces chunks.

    The engine, the wiki client and the runner load here, when there is something to
    upload: an idle window, or one with nothing queued, never needs them.
    """
    from desktop_app.sync.uploads.chunking import BandwidthLimiter
    from desktop_app.sync.uploads.lane import build_upload_runner

    return build_upload_runner(
        ctx,
        client_provider,
        allowed=allowed,
        progress_cb=progress_cb,
        limiter=BandwidthLimiter(bytes_per_second),
        idle_seconds=idle_seconds,
        **(engine_options or {}),
    )


def pending_uploads(ctx: AppContext) -> int:
    """Jobs still on their way (for starting the runner at app start)."""
    return UploadQueue(ctx.db).status().pending


def retry_waiting_uploads(ctx: AppContext) -> list[int]:
    """The link came back: jobs waiting after transient trouble are due now."""
    return UploadQueue(ctx.db).retry_waiting()
