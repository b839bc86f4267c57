"""The batch's way out: "Check against the wiki" and "Upload ready files".

Both talk to the network or copy files, so both run in the background; each says what it
did in one translated sentence under the table (``message``). The bar has a place of its
own, always in sight: in the table's tool bar it folded into "»" on an ordinary window,
and it matters more than any edit. It wraps onto a second line rather than hide an action.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop_app.services.media_online import OnlineFindings, WikiUnreachable, fetch_online_findings
from desktop_app.services.uploads import EnqueueReport, enqueue_batch
from desktop_app.ui.action_row import ActionRow
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.message_label import Notice
from desktop_app.ui.operations import OpContext, Operation, run_in_background
from desktop_app.ui.text_patterns import clauses

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext

log = logging.getLogger(__name__)


def enqueue_summary(report: EnqueueReport) -> str:
    """One translated sentence: what "Upload ready files" did (empty counts left out)."""
    translate, count = QCoreApplication.translate, report.count
    # Literal strings and plain names in each call, so every lupdate finds every one of
    # them (PySide6 6.11's skips a call whose count is an expression).
    queued, already_queued = count("queued"), count("already_queued")
    already_uploaded, not_ready, failed = (
        count("already_uploaded"),
        count("not_ready"),
        count("failed"),
    )
    parts = [
        (queued, translate("UploadSummary", "Queued for upload: %n", "", queued)),
        (already_queued, translate("UploadSummary", "already queued: %n", "", already_queued)),
        (
            already_uploaded,
            translate("UploadSummary", "already uploaded: %n", "", already_uploaded),
        ),
        (
            not_ready,
            translate("UploadSummary", "not ready yet: %n — see Problems", "", not_ready),
        ),
        (failed, translate("UploadSummary", "could not be prepared: %n", "", failed)),
    ]
    texts = [text for number, text in parts if number]
    if not texts:
        return translate("UploadSummary", "This batch has no files to upload.")
    if not count("queued"):
        texts.insert(0, translate("UploadSummary", "Nothing new was queued"))
    return translate("UploadSummary", "{parts}.").format(parts=clauses(texts))


class BatchActions(Retranslatable, ActionRow):
    """Online check and upload for the open batch.

    ``message(Notice)``: what an action did, for the line under the table.
    ``findings(OnlineFindings)``: the wiki answered about the open batch.
    ``batch_queued(batch_id)``: at least one file was queued for upload.
    """

    message = Signal(object)  # Notice
    findings = Signal(object)
    batch_queued = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, align_end=True)
        self.ctx = ctx
        self.batch_id: int | None = None
        self._queueing: Operation[EnqueueReport] | None = None
        self._checking_online: Operation[OnlineFindings] | None = None
        self.setObjectName("mediaBatchActions")
        self.online_check_action = QAction(self)
        self.online_check_action.setObjectName("checkOnline")
        self.upload_action = QAction(self)
        self.upload_action.setObjectName("uploadReady")
        self.addAction(self.online_check_action)
        self.addAction(self.upload_action)
        self.online_check_action.triggered.connect(self.check_online)
        self.upload_action.triggered.connect(self.upload_ready)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.online_check_action.setText(self.tr("Check against the &wiki"))
        self.online_check_action.setToolTip(
            self.tr(
                "Look for files already on the wiki (same content or same title) and read "
                "the wiki's accepted file types; needs a connection"
            )
        )
        self.upload_action.setText(self.tr("Up&load ready files"))
        self.upload_action.setToolTip(
            self.tr("Queue the files without problems for upload; the others stay here")
        )
        self._update_actions()

    def set_batch(self, batch_id: int | None) -> None:
        """The batch the actions work on (``None``: none open, both disabled)."""
        self.batch_id = batch_id
        self._update_actions()

    def _update_actions(self) -> None:
        has_batch = self.batch_id is not None
        self.upload_action.setEnabled(
            has_batch and not (self._queueing is not None and self._queueing.is_running)
        )
        self.online_check_action.setEnabled(
            has_batch
            and not (self._checking_online is not None and self._checking_online.is_running)
        )

    # -- checking against the wiki --------------------------------------------------------
    def check_online(self) -> Operation[OnlineFindings] | None:
        """Ask the wiki about the batch in the background; its problems join the others."""
        batch_id = self.batch_id
        if batch_id is None:
            return None
        if self._checking_online is not None and self._checking_online.is_running:
            return self._checking_online
        ctx = self.ctx

        def work(_context: OpContext) -> OnlineFindings:
            return fetch_online_findings(ctx, batch_id)

        self.message.emit(Notice(lambda: self.tr("Checking against the wiki…")))
        self._checking_online = run_in_background(
            work,
            success=self._on_online_findings,
            failure=self._on_online_failed,
            name="check media batch online",
            owner=self,
        )
        self._update_actions()
        return self._checking_online

    def _on_online_findings(self, online: OnlineFindings) -> None:
        self._checking_online = None  # still marked running while it delivers
        self._update_actions()
        if online.batch_id != self.batch_id:
            return
        found = len(online.findings.by_sha1) + len(online.findings.by_title)

        def text() -> str:
            if found:
                return self.tr(
                    "Checked against the wiki; already there: %n — see Problems.", "", found
                )
            return self.tr("Checked against the wiki: none of these files is there yet.")

        self.message.emit(Notice(text))
        self.findings.emit(online)

    def _on_online_failed(self, error: BaseException) -> None:
        self._checking_online = None  # still marked running while it delivers
        self._update_actions()
        needle = note_failure(log, "The check against the wiki failed", error)
        code = error.code if isinstance(error, WikiUnreachable) else ""

        def text() -> str:
            reasons = {
                "offline": self.tr("The wiki cannot be reached"),
                "not_configured": self.tr("No wiki account yet — set it up in Settings"),
                "no_password": self.tr("No password for the wiki account — enter it in Settings"),
                "login_failed": self.tr("Login refused: check the bot password"),
            }
            if not code:
                return self.tr("The check against the wiki failed.")
            reason = reasons.get(code, self.tr("The wiki answered with an error"))
            return self.tr(
                "{reason}, so nothing was checked against it. The offline checks still "
                "apply; try again when that is solved."
            ).format(reason=reason)

        self.message.emit(Notice(text, problem=True, details=needle))

    # -- uploading ------------------------------------------------------------------------
    def upload_ready(self) -> Operation[EnqueueReport] | None:
        """Queue the batch's ready files in the background (GPS stripping copies files)."""
        batch_id = self.batch_id
        if batch_id is None:
            return None
        if self._queueing is not None and self._queueing.is_running:
            return self._queueing
        ctx = self.ctx

        def work(_context: OpContext) -> EnqueueReport:
            return enqueue_batch(ctx, batch_id)

        self.message.emit(Notice(lambda: self.tr("Queueing the ready files for upload…")))
        self._queueing = run_in_background(
            work,
            success=self._on_queued,
            failure=self._on_queue_failed,
            name="queue media batch for upload",
            owner=self,
        )
        self._update_actions()
        return self._queueing

    def _on_queued(self, report: EnqueueReport) -> None:
        self._queueing = None  # still marked running while it delivers
        self._update_actions()
        error = not report.count("queued") and bool(report.files)
        self.message.emit(Notice(lambda: enqueue_summary(report), problem=error))
        if report.count("queued"):
            self.batch_queued.emit(report.batch_id)

    def _on_queue_failed(self, error: BaseException) -> None:
        self._queueing = None  # still marked running while it delivers
        self._update_actions()
        needle = note_failure(log, "Queueing the batch for upload failed", error)
        self.message.emit(
            Notice(lambda: self.tr("The files could not be queued."), problem=True, details=needle)
        )
