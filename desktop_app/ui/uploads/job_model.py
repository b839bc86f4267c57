"""The upload queue as a table: one row per job, the database's state plus live progress.

Rows are :class:`JobView` values from the last snapshot; the worker's progress reports
(bytes, rate, ETA) are kept beside them and win while the job is still moving, so the
bar moves after every chunk without a database read. A refresh with the same jobs in
the same order only repaints (selection and scroll position stay); otherwise the model
resets. Roles are module constants: ``Qt.ItemDataRole`` lookups in ``data()`` are slow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.core.uploads import RUNNABLE_STATES
from desktop_app.services.uploads import JobView
from desktop_app.ui.text_patterns import clauses, percent_text
from desktop_app.ui.uploads.formatting import eta_text, progress_text, rate_text
from desktop_app.ui.uploads.snapshot import QueueSnapshot, confirmed_bytes
from desktop_app.ui.uploads.texts import error_text, error_title, state_text, warning_title

if TYPE_CHECKING:
    from desktop_app.sync.uploads.engine import UploadProgress

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
JOB_ID_ROLE = Qt.ItemDataRole.UserRole
FRACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # 0…1 for the progress delegate
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw state code (tests, actions)
ATTENTION = QColor("#b00020")  # failed or waiting for the user; never colour alone
RIGHT = int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)

_ROOT = QModelIndex()

TITLE, BATCH, STATE, PROGRESS, SIZE, RATE, ETA, PROBLEM = range(8)
COLUMN_COUNT = 8


class UploadJobModel(QAbstractTableModel):
    """Jobs of the chosen batch (or all); live progress merged in."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._jobs: list[JobView] = []
        self._row_of: dict[int, int] = {}
        self._live: dict[int, UploadProgress] = {}
        self._snapshot = QueueSnapshot()

    # -- filling ---------------------------------------------------------------------------
    def set_snapshot(self, snapshot: QueueSnapshot, batch_id: int | bool | None = True) -> None:
        """Show the snapshot's jobs; ``batch_id`` ``True`` means every batch."""
        jobs = [job for job in snapshot.jobs if batch_id is True or job.batch_id == batch_id]
        self._snapshot = snapshot
        for job in jobs:  # the database caught up with (or passed) the live report
            live = self._live.get(job.id)
            if live is None:
                continue
            caught_up = job.confirmed_bytes >= live.confirmed_bytes and live.state == job.state
            if job.state not in RUNNABLE_STATES or caught_up:
                self._live.pop(job.id, None)
        if [job.id for job in jobs] == [job.id for job in self._jobs]:
            self._jobs = jobs
            if jobs:
                self.dataChanged.emit(self.index(0, 0), self.index(len(jobs) - 1, COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._jobs = jobs
        self._row_of = {job.id: row for row, job in enumerate(jobs)}
        self.endResetModel()

    def apply_progress(self, progress: UploadProgress) -> None:
        """A chunk was confirmed (or the state moved): repaint that row only."""
        self._live[progress.job_id] = progress
        row = self._row_of.get(progress.job_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    # -- reading ---------------------------------------------------------------------------
    def job_at(self, row: int) -> JobView | None:
        return self._jobs[row] if 0 <= row < len(self._jobs) else None

    def row_of(self, job_id: int) -> int | None:
        return self._row_of.get(job_id)

    def live(self, job_id: int) -> UploadProgress | None:
        return self._live.get(job_id)

    def live_reports(self) -> dict[int, UploadProgress]:
        return dict(self._live)

    def is_waiting(self, job: JobView) -> bool:
        """Held back until its next attempt, and not moving right now."""
        return self._snapshot.is_waiting(job) and self._moving(job) is None

    def display_state(self, job: JobView) -> str:
        """The state to show: the live one while the job moves, else the row's."""
        live = self._live.get(job.id)
        if live is not None and job.state in RUNNABLE_STATES:
            return live.state
        return job.state

    def is_moving(self, job: JobView) -> bool:
        """A runner works on the job now (live progress here, or a lease held elsewhere)."""
        return job.running or self._moving(job) is not None

    def state_words(self, job: JobView) -> str:
        """The translated state, "Publishing" only while it really is."""
        return state_text(
            self.display_state(job),
            paused=job.paused,
            waiting=self.is_waiting(job),
            moving=self.is_moving(job),
            phase=job.async_phase,
        )

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        headers = (
            self.tr("File"),
            self.tr("Batch"),
            self.tr("State"),
            self.tr("Progress"),
            self.tr("Sent"),
            self.tr("Speed"),
            self.tr("Time left"),
            self.tr("Problem"),
        )
        return headers[section] if 0 <= section < COLUMN_COUNT else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        job = self._jobs[index.row()]
        column = index.column()
        if role == DISPLAY:
            return self._display(job, column)
        if role == JOB_ID_ROLE:
            return job.id
        if role == STATE_ROLE:
            return self.display_state(job)
        if role == FRACTION_ROLE:
            return self._fraction(job)
        if role == TOOLTIP:
            return self._tooltip(job, column)
        if role == FOREGROUND and column in (STATE, PROBLEM):
            return ATTENTION if job.state in ("failed", "needs_decision") else None
        if role == ALIGNMENT and column in (SIZE, RATE, ETA):
            return RIGHT
        return None

    def _fraction(self, job: JobView) -> float:
        if not job.file_size:
            return 1.0 if job.state in ("verified", "published") else 0.0
        return confirmed_bytes(job, self._live.get(job.id)) / job.file_size

    def _moving(self, job: JobView) -> UploadProgress | None:
        live = self._live.get(job.id)
        return live if live is not None and job.state in RUNNABLE_STATES else None

    def _display(self, job: JobView, column: int) -> str | None:
        if column == TITLE:
            return job.title
        if column == BATCH:
            if job.batch_id is None:
                return self.tr("(no batch)")
            return self._snapshot.batch_names.get(job.batch_id, f"#{job.batch_id}")
        if column == STATE:
            return self.state_words(job)
        if column == PROGRESS:
            return percent_text(round(self._fraction(job) * 100))
        if column == SIZE:
            return progress_text(confirmed_bytes(job, self._live.get(job.id)), job.file_size)
        moving = self._moving(job)
        if column == RATE:
            return rate_text(moving.rate_bytes_per_second) if moving else ""
        if column == ETA:
            return eta_text(moving.eta_seconds) if moving else ""
        if column == PROBLEM:
            return self.problem_text(job)
        return None

    def problem_text(self, job: JobView) -> str:
        """The one-line reason shown in the table (the full text goes in the tooltip)."""
        if job.state == "needs_decision" and job.warnings:
            return clauses(warning_title(str(w.get("code", ""))) for w in job.warnings)
        if job.state in ("failed", *RUNNABLE_STATES) and job.error_code:
            return error_title(job.error_code)
        return ""

    def _tooltip(self, job: JobView, column: int) -> str | None:
        if column == PROBLEM and job.state == "needs_decision" and job.warnings:
            return self.problem_text(job)
        if column == PROBLEM and job.error_code:
            return error_text(job.error_code)  # the wiki's own words are in the log
        if column == TITLE:
            # Long titles are elided in the cell: the whole one (and where it went) here.
            return f"{job.title}\n{job.page_url}" if job.page_url else job.title
        return None
