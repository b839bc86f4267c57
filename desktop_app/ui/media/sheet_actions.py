"""Spreadsheets from the table's tool bar: export the batch, apply an edited sheet back.

Exporting reads every file's metadata, so it runs in the background; applying goes
through :class:`~desktop_app.ui.media.edits.BatchEdits` so the whole sheet is one undo
step, and its per-row report opens in a dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.services.media_sheets import ApplyReport, SheetError, SheetExport, export_sheet
from desktop_app.ui.media.edits import BatchEdits
from desktop_app.ui.media.problem_text import problem_message
from desktop_app.ui.media.sheet_report import SheetReportDialog
from desktop_app.ui.operations import OpContext, Operation, run_in_background

if TYPE_CHECKING:
    from desktop_app.store.db import Database


class SheetActions(QObject):
    """ "Export spreadsheet…" and "Apply spreadsheet…" for the batch ``edits`` holds.

    ``message(text, is_error)``: what happened, for the line under the table. The owner
    calls :meth:`retranslate` when the language changes (actions get no event of their
    own).
    """

    message = Signal(str, bool)

    def __init__(self, db: Database, edits: BatchEdits, window: QWidget) -> None:
        super().__init__(window)
        self._db = db
        self._edits = edits
        self._window = window  # parent of the file dialogs and the report
        self.sheet_report: SheetReportDialog | None = None
        self.export_action = QAction(window)
        self.import_sheet_action = QAction(window)
        self.export_action.triggered.connect(self.choose_export)
        self.import_sheet_action.triggered.connect(self.choose_sheet)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("E&xport spreadsheet…"))
        self.export_action.setToolTip(self.tr("Save the batch's metadata as CSV or XLSX"))
        self.import_sheet_action.setText(self.tr("Appl&y spreadsheet…"))
        self.import_sheet_action.setToolTip(
            self.tr("Read a CSV or XLSX edited elsewhere back into the batch (undoable)")
        )

    def choose_export(self) -> None:
        if self._edits.batch_id is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export spreadsheet"),
            "",
            self.tr("Spreadsheet (*.xlsx);;Comma-separated values (*.csv)"),
        )
        if path:
            self.export_sheet(Path(path))

    def export_sheet(self, path: Path) -> Operation[SheetExport] | None:
        """Write the batch's metadata to ``path`` (.csv or .xlsx) in the background."""
        batch_id = self._edits.batch_id
        if batch_id is None:
            return None
        db = self._db

        def work(_context: OpContext) -> SheetExport:
            return export_sheet(db, batch_id, path)

        return run_in_background(
            work,
            success=self._exported,
            failure=lambda error: self.message.emit(
                self.tr("Export failed: {error}").format(error=self._reason(error)), True
            ),
            name="export media sheet",
            owner=self,
        )

    def _exported(self, export: SheetExport) -> None:
        text = self.tr("Exported to {path} (files: %n).", "", export.files).format(path=export.path)
        if export.kept_out:
            text += " " + self.tr(
                "%n texts are longer than a spreadsheet cell holds: their cells say so, and "
                "the texts stay in Fieldkit unless you replace those cells.",
                "",
                len(export.kept_out),
            )
        self.message.emit(text, False)

    def _reason(self, error: BaseException) -> str:
        if isinstance(error, SheetError):
            return problem_message(error.problem)
        if isinstance(error, OSError) and error.strerror:
            return f"{error.filename or ''}: {error.strerror}".lstrip(": ")
        return str(error)

    def choose_sheet(self) -> None:
        if self._edits.batch_id is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Apply spreadsheet"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv)"),
        )
        if path:
            self.apply_sheet(Path(path)).open()

    def apply_sheet(self, path: Path) -> SheetReportDialog:
        """Apply a CSV/XLSX (one undo step) and return the report dialog (not yet shown)."""
        try:
            report = self._edits.apply_sheet(path)
        except (SheetError, OSError) as exc:  # nothing was changed
            reason = self._reason(exc)
            self.message.emit(
                self.tr("The spreadsheet cannot be read: {error}").format(error=reason), True
            )
            refusal = exc.problem if isinstance(exc, SheetError) else None
            report = ApplyReport(sheet_problems=[refusal] if refusal is not None else [])
            self.sheet_report = SheetReportDialog(report, self._window, refused=True)
            return self.sheet_report
        self.sheet_report = SheetReportDialog(report, self._window)
        return self.sheet_report
