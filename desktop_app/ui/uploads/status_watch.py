"""What the status bar says about uploads, with or without the Uploads area (issue 11).

The window builds the Uploads area only when it is first shown, but from the start the
status bar counts the files on their way and says when the account stopped the queue
("Login refused"). This watch reads both from the queue — once at start, when the worker
starts or stops, on each job's change of state and, while the worker runs, every
:data:`REFRESH_ACTIVE_MS` — and tells only what changed. The area, once built, reads the
same queue for its table and tells the status bar too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.services.upload_queue import UploadQueue

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext
    from desktop_app.sync.uploads.engine import UploadProgress
    from desktop_app.ui.uploads.worker_host import UploadWorkerHost

REFRESH_ACTIVE_MS = 1500  # while the worker runs
STATE_CHANGE_DELAY_MS = 150  # a job's new state: read soon, once for a burst


class UploadStatusWatch(QObject):
    """``pending_changed(n)`` and ``account_halt_changed(code)`` for the status bar."""

    pending_changed = Signal(int)
    account_halt_changed = Signal(str)  # the account code the worker stopped on, or ""

    def __init__(self, ctx: AppContext, host: UploadWorkerHost, parent: QObject) -> None:
        super().__init__(parent)
        self._queue = UploadQueue(ctx.db)
        self._told: tuple[int, str] | None = None
        self._states: dict[int, str] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_ACTIVE_MS)
        self._timer.timeout.connect(self.refresh)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(STATE_CHANGE_DELAY_MS)
        self._soon.timeout.connect(self.refresh)
        host.running_changed.connect(self._on_running_changed)
        host.progress.connect(self._on_progress)

    def refresh(self) -> None:
        """Read the queue now (two small queries); signal what changed since the last."""
        told = (self._queue.status().pending, self._queue.account_halt())
        if told != self._told:
            self._told = told
            self.pending_changed.emit(told[0])
            self.account_halt_changed.emit(told[1])

    def _on_running_changed(self, running: bool) -> None:
        if running:
            self._timer.start()
        else:
            self._timer.stop()
        self.refresh()

    def _on_progress(self, report: UploadProgress) -> None:
        if self._states.get(report.job_id) != report.state:
            self._states[report.job_id] = report.state
            self._soon.start()
