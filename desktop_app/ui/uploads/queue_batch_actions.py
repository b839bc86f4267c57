"""What the user can do with the queue's batches: pause or resume everything, pause, cancel
or re-queue the chosen batch.

Each action is a committed change through the upload queue (or the uploads service), then
a refresh of the queue view and a nudge to the worker; the running worker notices pauses
and cancels between chunks. Texts keep the ``QueueView`` translation context.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.uploads import EnqueueReport, cancel_uploads, enqueue_batch
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.operations import run_in_background

if TYPE_CHECKING:
    from desktop_app.ui.uploads.queue_view import QueueView

log = logging.getLogger(__name__)


class QueueBatchActions(QObject):
    """The batch buttons of the queue view, and the menu's start / pause of all uploads."""

    def __init__(self, view: QueueView) -> None:
        super().__init__(view)
        self.view = view

    def toggle_pause_all(self) -> None:
        view = self.view
        if view.snapshot.paused_all:
            view.host.queue.resume()
            view.host.wake()
        else:
            view.host.queue.pause()
        view.after_change()

    def resume_all(self) -> None:
        """Start or resume everything that waits ("Start or resume uploads", Ctrl+U)."""
        view = self.view
        if view.snapshot.paused_all or any(job.paused for job in view.snapshot.jobs):
            view.host.queue.resume()
        view.host.link_returned()  # the user says "now": files waiting to retry go too
        view.after_change()

    def pause_all(self) -> None:
        """Pause every upload, new ones too (Ctrl+Shift+U); a no-op when paused already."""
        if not self.view.snapshot.paused_all:
            self.toggle_pause_all()

    def toggle_pause_batch(self) -> None:
        view = self.view
        batch_id = view.chosen_batch_id()
        summary = view.batches.summary_for(batch_id)
        if batch_id is None or summary is None:
            return
        if summary.active and summary.paused == summary.active:
            view.host.queue.resume(batch_id=batch_id)
            view.host.wake()
        else:
            view.host.queue.pause(batch_id=batch_id)
        view.after_change()

    def cancel_batch(self, *, confirm: bool = True) -> None:
        view = self.view
        batch_id = view.chosen_batch_id()
        summary = view.batches.summary_for(batch_id)
        if batch_id is None or summary is None:
            return
        if confirm:
            translate = QCoreApplication.translate
            unfinished = summary.active + summary.needs_decision  # a plain name for lupdate
            answer = QMessageBox.question(
                view,
                translate("QueueView", "Cancel batch"),
                translate(
                    "QueueView",
                    "Stop uploading the %n files of this batch that are not on the wiki yet? "
                    "Files already uploaded stay.",
                    "",
                    unfinished,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        cancel_uploads(view.ctx, batch_id=batch_id)
        view.after_change()

    def requeue_batch(self) -> None:
        """Queue the batch's files again with their current metadata (after fixing them)."""
        view = self.view
        batch_id = view.chosen_batch_id()
        if batch_id is None:
            return
        view.requeue_button.setEnabled(False)
        view.message_label.show_message(
            lambda: QCoreApplication.translate("QueueView", "Queuing the batch's ready files…")
        )
        ctx = view.ctx
        run_in_background(
            lambda _op: enqueue_batch(ctx, batch_id),
            success=self._on_requeued,
            failure=self._on_failed,
            name="uploads-requeue",
            owner=view,
        )

    def _on_requeued(self, report: EnqueueReport) -> None:
        queued = report.count("queued")
        self.view.message_label.show_message(
            lambda: QCoreApplication.translate("QueueView", "%n files queued again.", "", queued)
        )
        if queued:
            self.view.host.wake()
        self.view.after_change()

    def _on_failed(self, error: BaseException) -> None:
        needle = note_failure(log, "Queueing the batch again failed", error)
        self.view.message_label.show_message(
            lambda: QCoreApplication.translate("QueueView", "That did not work."),
            problem=True,
            details=needle,
        )
        self.view.update_actions()
