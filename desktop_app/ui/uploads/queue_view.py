"""The queue tab: batches with their progress, the files of the chosen batch, and actions.

The actions live next door: on batches in
:mod:`~desktop_app.ui.uploads.queue_batch_actions`, on the selected file in
:mod:`~desktop_app.ui.uploads.job_actions`. This view shows the queue and decides which
buttons can act (the others are disabled rather than failing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.uploads import RUNNABLE_STATES
from desktop_app.services.uploads import JobView
from desktop_app.ui.areas.base import body_label
from desktop_app.ui.bidi import isolate
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.message_label import MessageLabel
from desktop_app.ui.shortcuts import PAUSE_UPLOADS, START_UPLOADS, with_shortcut
from desktop_app.ui.text_patterns import listing
from desktop_app.ui.uploads.batch_list import ALL, BatchList
from desktop_app.ui.uploads.decision_dialog import DecisionDialog
from desktop_app.ui.uploads.job_actions import JobActions
from desktop_app.ui.uploads.job_model import (
    BATCH,
    UploadJobModel,
)
from desktop_app.ui.uploads.job_table import job_table
from desktop_app.ui.uploads.queue_batch_actions import QueueBatchActions
from desktop_app.ui.uploads.snapshot import QueueSnapshot, read_snapshot
from desktop_app.ui.uploads.texts import (
    error_text,
    hold_text,
    renamed_text,
    waiting_text,
    warning_title,
    wiki_hold_text,
)
from desktop_app.ui.uploads.worker_host import UploadWorkerHost

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext
    from desktop_app.sync.uploads.engine import UploadProgress

BANNER_STYLE = "QFrame#uploadBanner { background: #fff4e5; border: 1px solid #e0b070; }"
# Hold reasons fixed in Settings: the banner offers to go there.
SETTINGS_REASONS = frozenset({"not_configured", "no_password", "login_failed"})


class QueueView(Retranslatable, QWidget):
    """Batch list above the file table; ``showMediaItem(id)`` asks to open a file in Media."""

    showMediaItem = Signal(int)
    changed = Signal()  # the queue changed here (pending counts elsewhere may care)
    settings_requested = Signal()  # "Open Settings" on the banner (the account is the trouble)

    def __init__(
        self, ctx: AppContext, host: UploadWorkerHost, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host = host
        self.snapshot = QueueSnapshot()
        self.link_state = ""
        self.decision_dialog: DecisionDialog | None = None
        self.job_actions = JobActions(self)
        self.batch_actions = QueueBatchActions(self)

        self.hold_label = QLabel(self)
        self.hold_label.setObjectName("uploadHold")
        self.hold_label.setWordWrap(True)
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("uploadOpenSettings")
        self.banner = QFrame(self)
        self.banner.setObjectName("uploadBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(6, 4, 6, 4)
        banner_row.addWidget(self.hold_label, 1)
        banner_row.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.banner.hide()
        self.pause_all_button = QPushButton(self)
        self.pause_batch_button = QPushButton(self)
        self.cancel_batch_button = QPushButton(self)
        self.requeue_button = QPushButton(self)
        self.decide_button = QPushButton(self)
        self.retry_button = QPushButton(self)
        self.skip_button = QPushButton(self)
        self.fix_button = QPushButton(self)
        self.open_button = QPushButton(self)

        self.batches = BatchList(self)
        self.model = UploadJobModel(self)
        self.table = job_table(self.model, self)
        self.detail_label = MessageLabel(self)
        self.detail_label.setObjectName("uploadJobDetail")
        self.message_label = MessageLabel(self)
        self.message_label.setObjectName("uploadMessage")

        self.empty_label = body_label(self)
        self.empty_label.setObjectName("emptyStateText")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.empty_label.setMaximumWidth(640)
        self._build_layout()
        self._wire()
        self.retranslate_ui()

    def _build_layout(self) -> None:
        batch_row = QHBoxLayout()
        for button in (
            self.pause_all_button,
            self.pause_batch_button,
            self.cancel_batch_button,
            self.requeue_button,
        ):
            batch_row.addWidget(button)
        batch_row.addStretch(1)
        file_row = QHBoxLayout()
        for button in (
            self.decide_button,
            self.retry_button,
            self.skip_button,
            self.fix_button,
            self.open_button,
        ):
            file_row.addWidget(button)
        file_row.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(batch_row)
        top_layout.addWidget(self.batches, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(file_row)
        bottom_layout.addWidget(self.table, 1)
        bottom_layout.addWidget(self.detail_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([160, 400])
        self.splitter.setChildrenCollapsible(False)
        self.content = QStackedWidget(self)
        self.content.addWidget(self.empty_label)
        self.content.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.message_label)

    def _wire(self) -> None:
        self.settings_button.clicked.connect(self.settings_requested)
        self.pause_all_button.clicked.connect(self.batch_actions.toggle_pause_all)
        self.pause_batch_button.clicked.connect(self.batch_actions.toggle_pause_batch)
        self.cancel_batch_button.clicked.connect(self.batch_actions.cancel_batch)
        self.requeue_button.clicked.connect(self.batch_actions.requeue_batch)
        self.decide_button.clicked.connect(self.job_actions.open_decision)
        self.retry_button.clicked.connect(self.job_actions.retry)
        self.skip_button.clicked.connect(self.job_actions.skip)
        self.fix_button.clicked.connect(self.job_actions.fix)
        self.open_button.clicked.connect(self.job_actions.open_on_wiki)
        self.batches.batch_chosen.connect(lambda _key: self._show_jobs())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.table.activated.connect(self.job_actions.on_activated)
        self.host.progress.connect(self.apply_progress)
        self.host.held.connect(lambda _reason: self._update_hold())

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the queue (a few ms) and show it; selection and scroll stay."""
        self.snapshot = read_snapshot(self.ctx)
        self.content.setCurrentIndex(1 if self.snapshot.jobs else 0)
        self.batches.set_summaries(self.snapshot.batches(self.model.live_reports()))
        self._show_jobs()
        self._update_hold()

    def apply_progress(self, report: UploadProgress) -> None:
        """Live progress from the worker host (GUI thread)."""
        self.model.apply_progress(report)
        self.batches.set_summaries(self.snapshot.batches(self.model.live_reports()))
        self._update_detail()

    def selected_job(self) -> JobView | None:
        index = self.table.currentIndex()
        return self.model.job_at(index.row()) if index.isValid() else None

    def select_job(self, job_id: int) -> bool:
        """Make ``job_id`` the current row (showing all batches if needed)."""
        row = self.model.row_of(job_id)
        first = self.batches.topLevelItem(0)
        if row is None and first is not None:
            self.batches.setCurrentItem(first)  # "All batches" (or the only one)
            row = self.model.row_of(job_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def set_link_state(self, state: str, _detail: str = "") -> None:
        """What the sync monitor says about the wiki ("online", "offline", …), for the banner
        (``SyncMonitor.state_changed`` connects here)."""
        self.link_state = state
        self._update_hold()

    # -- Qt / texts ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.cancel_batch_button.setText(self.tr("&Cancel batch…"))
        self.cancel_batch_button.setProperty(
            "hint", self.tr("Stop the files of this batch that wait")
        )
        self.requeue_button.setText(self.tr("&Queue fixed files"))
        self.requeue_button.setProperty(
            "hint",
            self.tr("Queue the batch's ready files again with their current titles and texts"),
        )
        self.decide_button.setText(self.tr("&Decide…"))
        self.decide_button.setToolTip(self.tr("Answer the wiki's warning about this file"))
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setToolTip(self.tr("Try this file again now"))
        self.skip_button.setText(self.tr("S&kip"))
        self.skip_button.setToolTip(self.tr("Do not upload this file"))
        self.fix_button.setText(self.tr("&Fix metadata"))
        self.fix_button.setToolTip(self.tr("Open this file in Media to correct it"))
        self.open_button.setText(self.tr("&Open on wiki"))
        self.settings_button.setText(self.tr("Open &Settings"))
        self.table.setAccessibleName(self.tr("Files in the upload queue"))
        self.empty_label.setText(
            self.tr(
                "Nothing is queued for upload. In Media, check a batch and press “Upload”: "
                "its ready files wait here, continue after a dropped link or a restart, and "
                "you can follow each one to Wikimedia Commons."
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        self.update_actions()
        self._update_hold()

    # -- internals -------------------------------------------------------------------------
    def chosen_batch_id(self) -> int | None:
        key = self.batches.current_key()
        return key if isinstance(key, int) else None

    def _show_jobs(self) -> None:
        key = self.batches.current_key()
        filter_key: Any = True if key == ALL else (None if key == "none" else key)
        selected = self.selected_job()
        self.model.set_snapshot(self.snapshot, filter_key)
        # The batch column only says something when several batches are listed.
        self.table.setColumnHidden(BATCH, filter_key is not True)
        if selected is not None and self.selected_job() is None:
            row = self.model.row_of(selected.id)
            if row is not None:
                self.table.selectRow(row)
        self.update_actions()

    def after_change(self) -> None:
        """Re-read the queue after a change and tell the area."""
        self.refresh()
        self.changed.emit()

    def update_actions(self) -> None:
        paused_all = self.snapshot.paused_all
        self.pause_all_button.setText(
            self.tr("Resume &all") if paused_all else self.tr("Pause &all")
        )
        self.pause_all_button.setEnabled(bool(self.snapshot.jobs) or paused_all)
        self.pause_all_button.setToolTip(
            with_shortcut(self.tr("Every upload, every batch"), START_UPLOADS)
            if paused_all
            else with_shortcut(self.tr("Every upload, every batch"), PAUSE_UPLOADS)
        )
        summary = self.batches.summary_for(self.chosen_batch_id())
        batch_paused = bool(summary and summary.active and summary.paused == summary.active)
        self.pause_batch_button.setText(
            self.tr("R&esume batch") if batch_paused else self.tr("&Pause batch")
        )
        self.pause_batch_button.setEnabled(bool(summary and summary.active))
        batch_hint = "" if summary is not None else self.tr("Choose a batch in the list first")
        for button in (self.pause_batch_button, self.cancel_batch_button, self.requeue_button):
            button.setToolTip(batch_hint or button.property("hint") or "")
        self.cancel_batch_button.setEnabled(
            bool(summary and (summary.active or summary.needs_decision))
        )
        self.requeue_button.setEnabled(
            summary is not None and summary.batch_id is not None and bool(summary.failed)
        )
        job = self.selected_job()
        state = job.state if job else ""
        waiting = job is not None and self.snapshot.is_waiting(job)
        self.decide_button.setEnabled(state == "needs_decision")
        self.retry_button.setEnabled(state == "failed" or waiting)
        self.skip_button.setEnabled(state == "needs_decision" or state in RUNNABLE_STATES)
        self.fix_button.setEnabled(
            job is not None
            and job.media_item_id is not None
            and state in ("failed", "needs_decision")
        )
        self.open_button.setEnabled(bool(job and job.page_url))
        self._update_detail()

    def _update_detail(self) -> None:
        job = self.selected_job()
        if job is None:
            self.detail_label.show_message(
                lambda: self.tr("Choose a file to see what happens to it.")
            )
            return

        def text() -> str:
            # The title keeps its own direction inside a sentence of the other one.
            line = self.tr("{title} — {state}").format(
                title=isolate(job.title), state=self.model.state_words(job)
            )
            if job.state == "needs_decision":
                names = listing(warning_title(str(w.get("code", ""))) for w in job.warnings or [])
                line += "\n" + self.tr("The wiki warns: {warnings}. Press “Decide…”.").format(
                    warnings=names
                )
            elif job.error_code:
                line += "\n" + error_text(job.error_code, job.last_error)
            if job.waiting_until is not None:
                line += "\n" + waiting_text(job.waiting_until)
            if job.requested_title:
                line += "\n" + renamed_text(job.title, job.requested_title)
            return line

        # The engine logs every fault of a job as "Upload job N: code (message)".
        details = f"Upload job {job.id}:" if job.error_code else None
        self.detail_label.show_message(text, details=details)

    def _update_hold(self) -> None:
        reason = self.snapshot.hold_reason(self.host.held_reason, self.link_state)
        hold = self.snapshot.wiki_hold
        if reason == "wiki_hold" and hold is not None:
            self.hold_label.setText(wiki_hold_text(hold.code, hold.message, hold.until))
        else:
            self.hold_label.setText(hold_text(reason))
        self.banner.setVisible(bool(reason))
        self.settings_button.setVisible(reason in SETTINGS_REASONS)
