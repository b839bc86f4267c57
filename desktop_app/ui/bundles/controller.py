"""Export bundle… / Import bundle… / Export receipt… / Import receipt…: the actions and
their flow in the window — a form, the work in the background with progress and Cancel,
then a summary or the reason it was refused.

The main window puts the actions in its File menu; the Partnerships and Media areas
show them where their users look. The area in front says what to suggest (its
partnership or batch) through :meth:`BundleController.set_context`. All work goes
through the bundle services on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop_app.core.bundle_format import BundleRefused
from desktop_app.services.bundles.conflicts import open_conflicts, resolve_conflict
from desktop_app.services.media_batches import list_batches
from desktop_app.services.partnerships import list_partnerships
from desktop_app.ui.bundles.export_dialog import ExportChoice, ExportDialog
from desktop_app.ui.bundles.import_dialog import ImportDialog
from desktop_app.ui.bundles.summary_dialog import SummaryDialog
from desktop_app.ui.bundles.texts import refusal_text
from desktop_app.ui.operations import OpContext, Operation, OperationCancelled, run_in_background
from desktop_app.ui.text_patterns import labelled

if TYPE_CHECKING:  # writing and reading bundles (tar, manifests) loads on first use
    from desktop_app.core.bundle_merge import ImportSummary
    from desktop_app.services.bundles.export import ExportReport
    from desktop_app.services.bundles.receipts import ReceiptReport, ReceiptSummary
    from desktop_app.store.context import AppContext

T = TypeVar("T")
PROGRESS_STEPS = 1000  # QProgressDialog counts in int: bytes of a 5 GB bundle would not fit


class BundleController(QObject):
    """The bundle actions of one window. ``changed``: an import altered stored data."""

    changed = Signal()

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.export_action = QAction(window)
        self.export_action.setObjectName("exportBundle")
        self.import_action = QAction(window)
        self.import_action.setObjectName("importBundle")
        self.receipt_action = QAction(window)
        self.receipt_action.setObjectName("exportReceipt")
        self.import_receipt_action = QAction(window)
        self.import_receipt_action.setObjectName("importReceipt")
        self.conflicts_action = QAction(window)
        self.conflicts_action.setObjectName("bundleConflicts")
        self.export_action.triggered.connect(self.export_bundle)
        self.import_action.triggered.connect(self.import_bundle)
        self.receipt_action.triggered.connect(self.export_receipt)
        self.import_receipt_action.triggered.connect(self.import_receipt)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self._context: Callable[[], ExportChoice] = ExportChoice
        self.operation: Operation[Any] | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: QDialog | None = None  # the form, summary or message shown last
        self.retranslate()

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("E&xport bundle…"))
        self.export_action.setToolTip(
            self.tr("Write a partnership and its files to a bundle for another computer")
        )
        self.import_action.setText(self.tr("&Import bundle…"))
        self.import_action.setToolTip(self.tr("Merge a bundle made on another computer"))
        self.receipt_action.setText(self.tr("Export &receipt…"))
        self.receipt_action.setToolTip(
            self.tr("Tell the computer a bundle came from what became of its files and requests")
        )
        self.import_receipt_action.setText(self.tr("Import re&ceipt…"))
        self.import_receipt_action.setToolTip(
            self.tr("Mark the files and requests another computer uploaded and sent as done")
        )
        self.conflicts_action.setText(self.tr("&Bundle conflicts…"))

    def set_context(self, provider: Callable[[], ExportChoice]) -> None:
        """Who suggests the partnership and batch to export (the area in front)."""
        self._context = provider

    def area_actions(self) -> list[QAction]:
        """The actions an area shows in its own bar."""
        return [self.export_action, self.import_action, self.receipt_action]

    # -- export ---------------------------------------------------------------------------------
    def export_bundle(self) -> ExportDialog:
        """Open the export form with the current area's partnership or batch chosen."""
        batches: dict[str, list[str]] = {view.name: [] for view in list_partnerships(self.ctx.db)}
        for choice in list_batches(self.ctx.db):
            batches.setdefault(choice.partnership, []).append(choice.name)
        dialog = ExportDialog(batches, self._context(), self.window)
        dialog.accepted.connect(lambda: self.start_export(dialog.choice()))
        self._show(dialog)
        return dialog

    def start_export(self, choice: ExportChoice) -> Operation[ExportReport]:
        ctx, out = self.ctx, choice.out or Path("bundle.fkb")

        from desktop_app.services.bundles.export import export_bundle

        def work(context: OpContext) -> ExportReport:
            return export_bundle(
                ctx,
                out,
                choice.partnership,
                choice.batches,
                include_media=choice.include_media,
                volume_size=choice.volume_size,
                progress=lambda done, total: context.progress(done, total),
                should_stop=context.raise_if_cancelled,
            )

        return self._run(work, self.tr("Writing the bundle…"), self._exported)

    def _exported(self, report: ExportReport) -> None:
        files = "\n".join(report.paths)
        text = self.tr("The bundle is written (files: %n):", "", len(report.paths))
        if report.missing_files:
            text += "\n\n" + self.tr(
                "Not found, so their records travel without them: %n", "", len(report.missing_files)
            )
        self._tell(self.tr("Bundle exported"), f"{text}\n{files}")

    # -- import ---------------------------------------------------------------------------------
    def import_bundle(self, bundle: Path | None = None) -> ImportDialog:
        from desktop_app.services.bundles.importing import default_media_dir

        dialog = ImportDialog(default_media_dir(self.ctx), bundle, self.window)
        dialog.accepted.connect(lambda: self.start_import(dialog.bundle(), dialog.media_dir()))
        self._show(dialog)
        return dialog

    def start_import(self, bundle: Path, media_dir: Path) -> Operation[ImportSummary]:
        ctx = self.ctx

        from desktop_app.services.bundles.importing import import_bundle

        def work(context: OpContext) -> ImportSummary:
            return import_bundle(
                ctx,
                bundle,
                media_dir,
                progress=lambda done, total, _stage: context.progress(done, total),
                should_stop=context.raise_if_cancelled,
            )

        return self._run(work, self.tr("Checking and importing the bundle…"), self._imported)

    def _imported(self, summary: ImportSummary) -> None:
        self.changed.emit()
        dialog = SummaryDialog(summary, open_conflicts(self.ctx.db), self.window)
        dialog.answered.connect(
            lambda conflict_id, choice: self._answer(dialog, conflict_id, choice)
        )
        self._show(dialog)

    def show_conflicts(self) -> SummaryDialog:
        dialog = SummaryDialog(None, open_conflicts(self.ctx.db), self.window)
        dialog.answered.connect(
            lambda conflict_id, choice: self._answer(dialog, conflict_id, choice)
        )
        self._show(dialog)
        return dialog

    def _answer(self, dialog: SummaryDialog, conflict_id: int, choice: str) -> None:
        try:
            resolve_conflict(self.ctx.db, conflict_id, choice)
        except (LookupError, ValueError) as error:
            QMessageBox.warning(self.window, self.tr("Conflict"), str(error))
        dialog.show_conflicts(open_conflicts(self.ctx.db))
        self.changed.emit()

    # -- receipts -------------------------------------------------------------------------------
    def export_receipt(self) -> None:
        bundle, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Which bundle is the receipt for?"),
            "",
            self.tr("Fieldkit bundle (*.fkb)"),
        )
        if not bundle:
            return
        out, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the receipt"),
            str(Path(bundle).with_suffix(".fkr")),
            self.tr("Fieldkit receipt (*.fkr)"),
        )
        if out:
            self.start_receipt(Path(bundle), Path(out))

    def start_receipt(self, bundle: Path, out: Path) -> Operation[ReceiptReport]:
        from desktop_app.services.bundles.receipts import export_receipt

        ctx = self.ctx
        return self._run(
            lambda _context: export_receipt(ctx, bundle, out),
            self.tr("Writing the receipt…"),
            self._receipt_written,
        )

    def _receipt_written(self, report: ReceiptReport) -> None:
        self._tell(
            self.tr("Receipt exported"),
            self.tr(
                "The receipt is written to {path}: files uploaded {uploads}, requests "
                "delivered {deliveries}. Take it to the computer the bundle came from."
            ).format(path=report.path, uploads=report.uploads, deliveries=report.deliveries),
        )

    def import_receipt(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import receipt"), "", self.tr("Fieldkit receipt (*.fkr)")
        )
        if path:
            self.start_import_receipt(Path(path))

    def start_import_receipt(self, path: Path) -> Operation[ReceiptSummary]:
        from desktop_app.services.bundles.receipts import import_receipt

        ctx = self.ctx
        return self._run(
            lambda _context: import_receipt(ctx, path),
            self.tr("Reading the receipt…"),
            self._receipt_imported,
        )

    def _receipt_imported(self, summary: ReceiptSummary) -> None:
        self.changed.emit()
        pages = "\n".join(labelled(page["title"], page["page_url"]) for page in summary.pages)
        text = self.tr(
            "Marked as uploaded: {files}; marked as delivered: {requests}; known already: {known}."
        ).format(
            files=summary.files_marked,
            requests=summary.requests_marked,
            known=summary.files_already_done + summary.requests_already_done,
        )
        self._tell(self.tr("Receipt imported"), f"{text}\n\n{pages}".strip())

    # -- running and telling --------------------------------------------------------------------
    def _run(
        self, work: Callable[[OpContext], T], label: str, success: Callable[[T], None]
    ) -> Operation[T]:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, PROGRESS_STEPS, self.window)
        progress.setObjectName("bundleProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress

        def on_progress(done: int, total: int, _text: str) -> None:
            progress.setValue(done * PROGRESS_STEPS // total if total else 0)

        def finish() -> None:
            progress.close()
            progress.deleteLater()
            self.progress = None

        def succeeded(result: T) -> None:
            finish()
            success(result)

        def failed(error: BaseException) -> None:
            finish()
            self._failed(error)

        def cancelled() -> None:
            finish()
            self._cancelled()

        operation: Operation[T] = run_in_background(
            work,
            success=succeeded,
            failure=failed,
            cancelled=cancelled,
            progress=on_progress,
            name="bundle",
            owner=self,
        )
        progress.canceled.connect(operation.cancel)
        self.operation = operation
        return operation

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, BundleRefused):
            text = refusal_text(error.code, error.params, error.message)
            self._tell(self.tr("Nothing was changed"), text, warning=True)
        elif isinstance(error, OperationCancelled):
            self._cancelled()
        else:
            self._tell(
                self.tr("Something went wrong"),
                self.tr("{error} (details in the log). Nothing was changed.").format(error=error),
                warning=True,
            )

    def _cancelled(self) -> None:
        self._tell(self.tr("Cancelled"), self.tr("Cancelled: nothing was written or changed."))

    def _tell(self, title: str, text: str, *, warning: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("bundleMessage")
        self._show(box)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
