"""What the user can do with the selected file of the queue: decide, retry, skip, fix, open.

Each action is a committed change through the upload queue service, then a refresh of the
queue view and a nudge to the runner. A warning from the wiki is never decided without
the user: the decision dialog asks. Texts keep the ``QueueView`` translation context.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from desktop_app.core.uploads import RUNNABLE_STATES
from desktop_app.services.uploads import cancel_uploads
from desktop_app.ui.uploads.decision_dialog import DecisionDialog

if TYPE_CHECKING:
    from desktop_app.ui.uploads.queue_view import QueueView

log = logging.getLogger(__name__)


class JobActions(QObject):
    """The per-file buttons of the queue view (and a double click on a waiting file)."""

    def __init__(self, view: QueueView) -> None:
        super().__init__(view)
        self.view = view

    def open_decision(self) -> DecisionDialog | None:
        """Show the decision dialog for the selected file (window-modal, not blocking)."""
        view = self.view
        job = view.selected_job()
        if job is None or job.state != "needs_decision":
            return None
        dialog = DecisionDialog(job.title, list(job.warnings or []), view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_decision(job.id, dialog))
        dialog.finished.connect(lambda _result: setattr(view, "decision_dialog", None))
        view.decision_dialog = dialog
        dialog.open()
        return dialog

    def apply_decision(self, job_id: int, dialog: DecisionDialog) -> None:
        view = self.view
        decision = dialog.decision()
        if decision is None:
            return
        try:
            view.host.queue.decide(job_id, decision, dialog.new_title() or None)
        except (ValueError, LookupError) as error:
            # Another window or a "fieldkit upload decide" answered first, most likely.
            log.warning("Decision on upload job %s refused: %s", job_id, error)
            view.message_label.show_message(
                lambda: QCoreApplication.translate(
                    "QueueView",
                    "The decision could not be saved: the file no longer waits for one.",
                ),
                problem=True,
                details=f"Decision on upload job {job_id} refused",
            )
        else:
            if decision != "skip":
                view.host.wake()
        view.after_change()

    def retry(self) -> None:
        view = self.view
        job = view.selected_job()
        if job is None:
            return
        view.host.queue.retry_now(job.id)
        view.host.wake()
        view.after_change()

    def skip(self) -> None:
        view = self.view
        job = view.selected_job()
        if job is None:
            return
        if job.state == "needs_decision":
            view.host.queue.decide(job.id, "skip")
        elif job.state in RUNNABLE_STATES:
            cancel_uploads(view.ctx, job_id=job.id)
        view.after_change()

    def fix(self) -> None:
        job = self.view.selected_job()
        if job is not None and job.media_item_id is not None:
            self.view.showMediaItem.emit(job.media_item_id)

    def open_on_wiki(self) -> None:
        job = self.view.selected_job()
        if job is not None and job.page_url:
            QDesktopServices.openUrl(QUrl(job.page_url))

    def on_activated(self, index: QModelIndex) -> None:
        job = self.view.model.job_at(index.row())
        if job is not None and job.state == "needs_decision":
            self.open_decision()
