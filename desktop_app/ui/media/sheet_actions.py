"""Spreadsheets from the table's tool bar: export the batch, apply an edited sheet back.

Exporting reads every file's metadata, so it runs in the background; applying goes
through :class:`~desktop_app.ui.media.edits.BatchEdits` so the whole sheet is one undo
step, and its per-row report opens in a dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.services.media_sheets import ApplyReport, SheetError, SheetExport, export_sheet
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.media.edits import BatchEdits
from desktop_app.ui.media.problem_text import problem_message
from desktop_app.ui.media.sheet_report import SheetReportDialog
from desktop_app.ui.message_label import Notice
from desktop_app.ui.operations import OpContext, Operation, run_in_background

if TYPE_CHECKING:
    from desktop_app.store.db import Database

log = logging.getLogger(__name__)


class SheetActions(QObject):
    """ "Export spreadsheet…" and "Apply spreadsheet…" for the batch ``edits`` holds.

    ``message(Notice)``: what happened, for the line under the table. The owner
    calls :meth:`retranslate` when the language changes (actions get no event of their
    own).
    """

    message = Signal(object)  # Notice

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
            failure=self._on_export_failed,
            name="export media sheet",
            owner=self,
        )

    def _exported(self, export: SheetExport) -> None:
        def text() -> str:
            done = self.tr("Exported to {path} (files: %n).", "", export.files)
            done = done.format(path=export.path)
            if not export.kept_out:
                return done
            kept = self.tr(
                "%n texts are longer than a spreadsheet cell holds: their cells say so, and "
                "the texts stay in Fieldkit unless you replace those cells.",
                "",
                len(export.kept_out),
            )
            return f"{done} {kept}"

        self.message.emit(Notice(text))

    def _on_export_failed(self, error: BaseException) -> None:
        needle = note_failure(log, "Spreadsheet export failed", error)
        problem = error.problem if isinstance(error, SheetError) else None

        def text() -> str:
            if problem is not None:
                return self.tr("Export failed: {error}").format(error=problem_message(problem))
            return self.tr("The export failed.")

        self.message.emit(Notice(text, problem=True, details=needle))

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
        except (SheetError, OSError, ValueError) as exc:  # nothing was changed
            needle = note_failure(log, f"Spreadsheet {path} not applied", exc)
            problem = exc.problem if isinstance(exc, SheetError) else None

            def text() -> str:
                if problem is not None:
                    return self.tr("The spreadsheet cannot be read: {error}").format(
                        error=problem_message(problem)
                    )
                return self.tr("The spreadsheet cannot be read.")

            self.message.emit(Notice(text, problem=True, details=needle))
            refusal = exc.problem if isinstance(exc, SheetError) else None
            report = ApplyReport(sheet_problems=[refusal] if refusal is not None else [])
            self.sheet_report = SheetReportDialog(report, self._window, refused=True)
            return self.sheet_report
        self.sheet_report = SheetReportDialog(report, self._window)
        return self.sheet_report
