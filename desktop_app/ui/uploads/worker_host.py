"""One upload worker thread for the open data folder, seen from the GUI thread.

The upload runner (:mod:`desktop_app.services.upload_runner`) works on a plain thread and
calls back from there. This host owns it and turns what it reports into Qt signals emitted on
the GUI thread (a private signal hops threads, a slot re-emits), so widgets and
``qtbot.waitSignal`` can connect directly. It also gives the worker its limits: the
``allowed`` callable holds jobs while "unmetered connections only" is on and the link is
(or may be) metered, and the :class:`BandwidthLimiter` reads the cap before every chunk.
Both read :mod:`desktop_app.services.upload_limits` at most every few seconds.

Lifecycle: :meth:`start` on demand (idempotent); :meth:`stop` on close (also on
``QCoreApplication.aboutToQuit``), which waits for the current chunk up to a timeout —
the job stays resumable either way. :meth:`on_link_state` / :meth:`link_returned` make
jobs that wait after a dropped link due again and wake the worker.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from desktop_app.services.upload_limits import UploadLimits, load_limits
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.services.upload_runner import (
    make_upload_runner,
    pending_uploads,
    retry_waiting_uploads,
)

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext
    from desktop_app.sync.runner import JobRunner
    from desktop_app.sync.uploads.engine import UploadProgress
    from desktop_app.ui.uploads.network_meter import NetworkMeter

log = logging.getLogger(__name__)

LIMITS_TTL_S = 3.0  # how stale the worker's copy of the limits may be
STOP_TIMEOUT_S = 5.0
ONLINE = "online"  # LinkState.ONLINE; a string so this module needs no sync_monitor


class UploadWorkerHost(QObject):
    """Owns the upload worker thread; every signal is emitted on the GUI thread."""

    progress = Signal(object)  # UploadProgress, after each chunk and state change
    held = Signal(str)  # "" (not held), "metered" or "metered_unknown"
    running_changed = Signal(bool)
    # Private hops from the worker thread (queued: this object lives in the GUI thread).
    _progress_hop = Signal(object)
    _held_hop = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        client_provider: Callable[[], Any] | None = None,
        metered: Callable[[], bool | None] | None = None,
        idle_seconds: float = 15.0,
        engine_options: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.queue = UploadQueue(ctx.db)
        self._client_provider = client_provider
        # Qt's network information (its library and a system backend, ~5 MB) is loaded
        # when the worker first starts: an idle window with nothing to upload never asks.
        self._meter: NetworkMeter | None = None
        self._measures_itself = metered is None
        self._metered = metered if metered is not None else self._meter_says
        self._idle_seconds = idle_seconds
        self._engine_options = dict(engine_options or {})
        self._worker: JobRunner | None = None
        self._limits = UploadLimits()
        self._limits_read_at = -LIMITS_TTL_S
        self._limits_lock = threading.Lock()
        self.held_reason = ""
        self._progress_hop.connect(self._deliver_progress)
        self._held_hop.connect(self._deliver_held)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # -- public, GUI thread ----------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._worker is not None

    def start(self) -> None:
        """Start the worker thread if it is not running (cheap when it is)."""
        if self._worker is not None:
            return
        if self._measures_itself and self._meter is None:
            from desktop_app.ui.uploads.network_meter import NetworkMeter

            self._meter = NetworkMeter(self)  # here: Qt wants it made on the GUI thread
        self.reload_limits()
        self._worker = make_upload_runner(
            self.ctx,
            allowed=self._allowed,
            progress_cb=self._progress_hop.emit,
            bytes_per_second=self._rate,
            client_provider=self._client_provider,
            idle_seconds=self._idle_seconds,
            engine_options=self._engine_options,
        )
        self._worker.start()
        log.info("Upload worker started")
        self.running_changed.emit(True)

    def start_if_pending(self) -> bool:
        """Start when jobs wait (at app start: the queue continues after a restart)."""
        if self._worker is None and pending_uploads(self.ctx):
            self.start()
        return self._worker is not None

    def wake(self) -> None:
        """Look at the queue now (after enqueue, resume, a decision or retry); starts it."""
        self.start()
        assert self._worker is not None
        self._worker.wake()

    def link_returned(self) -> None:
        """The wiki answers again: jobs waiting after transient trouble are due now."""
        waiting = retry_waiting_uploads(self.ctx)
        if waiting or pending_uploads(self.ctx):
            self.wake()

    @Slot(str, str)
    def on_link_state(self, state: str, _detail: str = "") -> None:
        """For ``SyncMonitor.state_changed``: act when the link comes back."""
        if state == ONLINE:
            self.link_returned()

    def reload_limits(self) -> UploadLimits:
        """Read the limits now (after the user changed them), not after the TTL."""
        limits = load_limits(self.ctx.db)
        with self._limits_lock:
            self._limits, self._limits_read_at = limits, time.monotonic()
        if self._worker is not None:
            self._worker.wake()  # a lifted hold takes effect at once
        return limits

    def restart(self) -> None:
        """Use a new account or wiki: stop (after the current chunk) and start afresh."""
        was_running = self._worker is not None
        self.stop()
        if was_running:
            self.start()

    @Slot()
    def stop(self, timeout: float = STOP_TIMEOUT_S) -> None:
        """Stop after the current chunk (waits up to ``timeout``); the job stays resumable."""
        worker, self._worker = self._worker, None
        if worker is None:
            return
        worker.stop(timeout)
        log.info("Upload worker stopped")
        self.running_changed.emit(False)

    # -- worker thread ---------------------------------------------------------------------
    def current_limits(self) -> UploadLimits:
        """The limits, re-read at most every :data:`LIMITS_TTL_S` (any thread)."""
        with self._limits_lock:
            fresh = time.monotonic() - self._limits_read_at < LIMITS_TTL_S
            if fresh:
                return self._limits
        try:
            limits = load_limits(self.ctx.db)
        except Exception:  # the database is busy or closing: keep the last known limits
            log.exception("Could not read upload limits; keeping the previous ones")
            return self._limits
        with self._limits_lock:
            self._limits, self._limits_read_at = limits, time.monotonic()
        return limits

    def _meter_says(self) -> bool | None:
        meter = self._meter
        return meter.is_metered() if meter is not None else None

    def _allowed(self) -> bool:
        reason = ""
        if self.current_limits().unmetered_only:
            metered = self._metered()
            if metered is None:
                reason = "metered_unknown"
            elif metered:
                reason = "metered"
        if reason != self.held_reason:
            self.held_reason = reason
            self._held_hop.emit(reason)
        return not reason

    def _rate(self) -> float | None:
        return self.current_limits().bytes_per_second

    # -- GUI thread ------------------------------------------------------------------------
    @Slot(object)
    def _deliver_progress(self, report: UploadProgress) -> None:
        self.progress.emit(report)

    @Slot(str)
    def _deliver_held(self, reason: str) -> None:
        self.held.emit(reason)
