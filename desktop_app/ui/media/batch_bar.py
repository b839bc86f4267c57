"""Which batch is open, making a new one, and importing files into it (with progress).

Importing reads every file (hashes, EXIF) and can take minutes for a big folder on an old
laptop, so it runs through :func:`run_in_background` with a progress bar and Cancel; the
database only changes in one short transaction at the end (cancelled = nothing added).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.form_checks import InvalidInput
from desktop_app.services.media_batches import BatchChoice, ensure_batch, list_batches
from desktop_app.services.media_import import ImportReport, import_paths, rescan_batch
from desktop_app.services.partnerships import list_partnerships
from desktop_app.ui.bidi import isolate
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.media.import_summary import import_summary, skipped_details
from desktop_app.ui.media.new_batch import NewBatchDialog, refusal_text
from desktop_app.ui.media.problem_text import problem_message
from desktop_app.ui.message_label import MessageLabel
from desktop_app.ui.operations import OpContext, Operation, run_in_background
from desktop_app.ui.shortcuts import IMPORT_FILES, IMPORT_FOLDER, with_shortcut

if TYPE_CHECKING:
    from desktop_app.store.db import Database

log = logging.getLogger(__name__)


class BatchBar(Retranslatable, QWidget):
    """Batch chooser, New batch, Import files/folder, progress and Cancel, last summary."""

    batch_chosen = Signal(int)  # batch id, or -1 for none
    imported = Signal(object)  # ImportReport

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._operation: Operation[ImportReport] | None = None
        self._partnership_of: dict[int, str] = {}  # batch id → its partnership's name
        self.batch_label = QLabel(self)
        self.batch_combo = QComboBox(self)
        self.batch_combo.setObjectName("batchChooser")
        self.batch_combo.setMinimumContentsLength(24)
        # Asks for 24 characters, takes whatever its line has left (the whole name then
        # shows), and says the whole name in its tooltip when that is not enough.
        self.batch_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.new_button = QPushButton(self)
        self.files_button = QPushButton(self)
        self.folder_button = QPushButton(self)
        self.sheet_button = QPushButton(self)
        self.sheet_button.setObjectName("importFromSheet")
        self.rescan_button = QPushButton(self)
        self.rescan_button.setObjectName("lookAgain")
        self.batch_label.setBuddy(self.batch_combo)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self)
        self.summary_label = MessageLabel(self)
        self.summary_label.setObjectName("importSummary")

        # The chooser takes the room left on its line; buttons that do not fit beside it
        # (a longer language, a small screen) go to a second line, never cut off.
        chooser = QWidget(self)
        chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        chooser_row = QHBoxLayout(chooser)
        chooser_row.setContentsMargins(0, 0, 0, 0)
        chooser_row.addWidget(self.batch_label)
        chooser_row.addWidget(self.batch_combo, 1)
        row = FlowLayout()
        for widget in (
            chooser,
            self.new_button,
            self.files_button,
            self.folder_button,
            self.sheet_button,
            self.rescan_button,
        ):
            row.addWidget(widget)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(progress_row)
        layout.addWidget(self.summary_label)
        self._show_progress(False)
        self.summary_label.hide()

        self.batch_combo.currentIndexChanged.connect(self._on_batch_index)
        self.new_button.clicked.connect(self.open_new_batch)
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.sheet_button.clicked.connect(self.choose_sheet)
        self.rescan_button.clicked.connect(self.start_rescan)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.batch_label.setText(self.tr("&Batch:"))
        self.new_button.setText(self.tr("&New batch…"))
        self.new_button.setToolTip(self.tr("Starts a new batch of files for a partnership."))
        self.files_button.setText(self.tr("Impor&t files…"))
        self.folder_button.setText(self.tr("&Import folder…"))
        self.files_button.setToolTip(
            with_shortcut(self.tr("Add chosen files to this batch"), IMPORT_FILES)
        )
        self.folder_button.setToolTip(
            with_shortcut(self.tr("Add every file of a folder to this batch"), IMPORT_FOLDER)
        )
        self.sheet_button.setText(self.tr("Import from &spreadsheet…"))
        self.sheet_button.setToolTip(
            self.tr("Import the files listed in a column of a CSV or XLSX spreadsheet")
        )
        self.rescan_button.setText(self.tr("Look a&gain"))
        self.rescan_button.setToolTip(
            self.tr(
                "Look at this batch's files again: read the ones edited since, follow the "
                "ones moved, mark the ones gone (a missing file is never uploaded)"
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setFormat(self.tr("%v of %m files"))
        if self.batch_combo.count() == 0:
            self.batch_combo.setPlaceholderText(self.tr("No batches yet"))

    # -- batches ---------------------------------------------------------------------------
    @property
    def batch_id(self) -> int | None:
        data = self.batch_combo.currentData()
        return int(data) if data is not None else None

    def refresh(self, select: int | None = None) -> None:
        """Reload the batch list, keeping (or moving to ``select``) the current batch."""
        wanted = select if select is not None else self.batch_id
        batches = list_batches(self._db)
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        self._partnership_of = {choice.id: choice.partnership for choice in batches}
        for choice in batches:
            self.batch_combo.addItem(self._label(choice), choice.id)
        index = self.batch_combo.findData(wanted) if wanted is not None else -1
        self.batch_combo.setCurrentIndex(index if index >= 0 else (0 if batches else -1))
        self.batch_combo.blockSignals(False)
        self.batch_combo.setToolTip(self.batch_combo.currentText())
        self._update_buttons()
        self.batch_chosen.emit(self.batch_id if self.batch_id is not None else -1)

    def create_batch(self, partnership: str, name: str) -> int | None:
        """Make (or reopen) the batch ``name`` of ``partnership`` and open it; ``None``, and
        the reason under the bar, when a name may not be made (a line break, too long)."""
        try:
            batch, _created = ensure_batch(self._db, partnership.strip(), name.strip())
        except InvalidInput as refused:
            problems = refused.problems  # said again in the new language after a switch
            self._say(lambda: " ".join(map(refusal_text, problems)), problem=True)
            return None
        self.refresh(select=batch.id)
        return batch.id

    def open_new_batch(self) -> None:
        names = [view.name for view in list_partnerships(self._db)]
        current = self._partnership_of.get(self.batch_id, "") if self.batch_id else ""
        dialog = NewBatchDialog(names, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        partnership = dialog.partnership_combo.currentText().strip()
        name = dialog.name_edit.text().strip()
        if partnership and name:
            self.create_batch(partnership, name)

    # -- importing -------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import files"))
        if paths:
            self.start_import(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self.start_import([folder])

    def choose_sheet(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from spreadsheet"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv)"),
        )
        if path:
            self.import_from_sheet(path)

    def import_from_sheet(self, sheet: str | Path) -> Operation[ImportReport] | None:
        """Import the paths a CSV/XLSX lists (as ``media import --from-sheet``).

        The sheet is read first, on this thread (it is small next to the files): a sheet
        without a path column imports nothing and says which columns it has.
        """
        from desktop_app.services.media_sheets import SheetError, paths_from_sheet

        if self.batch_id is None:
            self._say(lambda: self.tr("Create or choose a batch first, then import files into it."))
            return None
        try:
            paths = paths_from_sheet(sheet)
        except (SheetError, OSError) as exc:
            needle = note_failure(log, f"Spreadsheet {sheet} cannot be used", exc)
            problem = exc.problem if isinstance(exc, SheetError) else None

            def refusal() -> str:
                if problem is not None:
                    return self.tr(
                        "Nothing was imported: the spreadsheet cannot be used. {error}"
                    ).format(error=problem_message(problem))
                return self.tr(
                    "Nothing was imported: the spreadsheet cannot be used. It needs a column "
                    "of file paths (path, file or filename) and must be a readable CSV or XLSX."
                )

            self._say(refusal, problem=True, details=needle)
            return None
        return self.start_import(paths)

    def start_import(self, paths: Sequence[str | Path]) -> Operation[ImportReport] | None:
        """Import files/folders into the open batch in the background; None if impossible."""
        batch_id = self.batch_id
        if batch_id is None:
            self._say(lambda: self.tr("Create or choose a batch first, then import files into it."))
            return None
        if self._operation is not None and self._operation.is_running:
            self._say(lambda: self.tr("An import is already running."))
            return None
        inputs = [str(path) for path in paths]
        db = self._db

        def work(context: OpContext) -> ImportReport:
            return import_paths(
                db,
                batch_id,
                inputs,
                progress=context.progress,
                cancelled=lambda: context.cancelled,
            )

        self.progress.setRange(0, 0)  # counting files: busy until the first report
        self._show_progress(True)
        self.summary_label.hide()
        self._operation = run_in_background(
            work,
            success=self._on_imported,
            failure=self._on_failed,
            progress=self._on_progress,
            name="import media",
            owner=self,
        )
        return self._operation

    def start_rescan(self) -> Operation[ImportReport] | None:
        """Look at every file of the open batch again, in the background (the partner's
        folder changed: edited, moved or deleted files); None if impossible now."""
        batch_id = self.batch_id
        if batch_id is None:
            return None
        if self._operation is not None and self._operation.is_running:
            self._say(lambda: self.tr("An import is already running."))
            return None
        db = self._db

        def work(context: OpContext) -> ImportReport:
            return rescan_batch(
                db, batch_id, progress=context.progress, cancelled=lambda: context.cancelled
            )

        self.progress.setRange(0, 0)
        self._show_progress(True)
        self.summary_label.hide()
        self._operation = run_in_background(
            work,
            success=self._on_rescanned,
            failure=self._on_failed,
            progress=self._on_progress,
            name="look again at media",
            owner=self,
        )
        return self._operation

    def cancel_import(self) -> None:
        if self._operation is not None:
            self._operation.cancel()
            self.cancel_button.setEnabled(False)

    # -- internals ---------------------------------------------------------------------
    def _label(self, choice: BatchChoice) -> str:
        # Isolated: an Arabic partner name beside a Latin batch name keeps its order.
        return f"{isolate(choice.partnership)} — {isolate(choice.name)}"

    def _on_batch_index(self, _index: int) -> None:
        self.batch_combo.setToolTip(self.batch_combo.currentText())
        self._update_buttons()
        self.batch_chosen.emit(self.batch_id if self.batch_id is not None else -1)

    def _update_buttons(self) -> None:
        has_batch = self.batch_id is not None
        self.files_button.setEnabled(has_batch)
        self.folder_button.setEnabled(has_batch)
        self.sheet_button.setEnabled(has_batch)
        self.rescan_button.setEnabled(has_batch)

    def _show_progress(self, visible: bool) -> None:
        self.progress.setVisible(visible)
        self.cancel_button.setVisible(visible)
        self.cancel_button.setEnabled(True)
        for widget in (
            self.batch_combo,
            self.new_button,
            self.files_button,
            self.folder_button,
            self.sheet_button,
            self.rescan_button,
        ):
            widget.setEnabled(not visible)
        if not visible:
            self._update_buttons()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.progress.setToolTip(name)

    def _on_imported(self, report: ImportReport) -> None:
        self._show_progress(False)
        self._say(lambda: "\n".join([import_summary(report), *skipped_details(report)]))
        self.imported.emit(report)

    def _on_rescanned(self, report: ImportReport) -> None:
        self._show_progress(False)
        self._say(lambda: import_summary(report, rescan=True))
        self.imported.emit(report)  # rows, checks and wikitext follow what was found

    def _on_failed(self, error: BaseException) -> None:
        self._show_progress(False)
        needle = note_failure(log, "The import failed", error)
        self._say(lambda: self.tr("The import failed."), problem=True, details=needle)

    def _say(
        self, make: Callable[[], str], *, problem: bool = False, details: str | None = None
    ) -> None:
        """The line under the bar, made again when the language changes."""
        self.summary_label.show_message(make, problem=problem, details=details)
