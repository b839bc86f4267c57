"""The report tab: what a batch's uploads came to, for the partner, and its export.

The report is built by :func:`desktop_app.services.reports.build_report` from the store
only (it works offline, thumbnails read from the files), on a worker thread; "Refresh
usage" asks the wiki where the files are used (network, worker thread) and rebuilds.
Export writes HTML, CSV or PDF through the report service.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.filenames import safe_file_name
from desktop_app.core.report import OutcomeReport
from desktop_app.services.report_usage import UsageRefresh, refresh_usage
from desktop_app.services.reports import (
    batches_with_uploads,
    build_report,
    export_report,
    report_html,
)
from desktop_app.ui.accessible import describe
from desktop_app.ui.areas.base import body_label
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.message_label import MessageLabel
from desktop_app.ui.operations import Operation, run_in_background

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext

log = logging.getLogger(__name__)


class ReportView(Retranslatable, QWidget):
    """Batch chooser, the report as HTML, and Refresh usage / Export buttons."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: OutcomeReport | None = None
        self.html = ""
        self._building: Operation[OutcomeReport] | None = None
        self._refreshing: Operation[UsageRefresh] | None = None

        self.batch_label = QLabel(self)
        self.batch_combo = QComboBox(self)
        self.batch_combo.setObjectName("reportBatch")
        self.batch_combo.setMinimumContentsLength(20)
        self.batch_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.batch_label.setBuddy(self.batch_combo)
        self.usage_button = QPushButton(self)
        self.html_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("reportBrowser")
        self.browser.setOpenExternalLinks(True)
        self.empty_label = body_label(self)
        self.empty_label.setObjectName("emptyStateText")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.status_label = MessageLabel(self)
        self.status_label.setObjectName("reportStatus")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.browser)

        # The chooser takes the room left on its line; buttons that do not fit beside it
        # go to a second line (a longer language, 150 % scale), never squeezed.
        chooser = QWidget(self)
        chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        chooser_row = QHBoxLayout(chooser)
        chooser_row.setContentsMargins(0, 0, 0, 0)
        chooser_row.addWidget(self.batch_label)
        chooser_row.addWidget(self.batch_combo, 1)
        row = FlowLayout()
        for widget in (chooser, self.usage_button, self.html_button, self.pdf_button):
            row.addWidget(widget)
        row.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)

        self.batch_combo.currentIndexChanged.connect(lambda _i: self.build())
        self.usage_button.clicked.connect(self.refresh_usage)
        self.html_button.clicked.connect(lambda: self.export(".html"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.csv_button.clicked.connect(lambda: self.export(".csv"))
        self.retranslate_ui()
        self._update_buttons()

    def current_batch(self) -> int | None:
        value = self.batch_combo.currentData()
        return value if isinstance(value, int) else None

    def reload_batches(self, prefer: int | None = None) -> None:
        """Fill the chooser (cheap); keeps the chosen batch, or picks ``prefer``."""
        keep = prefer if prefer is not None else self.current_batch()
        batches = batches_with_uploads(self.ctx)
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        for batch_id, name in batches:
            self.batch_combo.addItem(name, batch_id)
        position = self.batch_combo.findData(keep) if keep is not None else -1
        self.batch_combo.setCurrentIndex(max(position, 0) if batches else -1)
        self.batch_combo.blockSignals(False)
        self.build()

    def build(self) -> None:
        """Build the chosen batch's report on a worker thread and show it."""
        batch_id = self.current_batch()
        if batch_id is None:
            self.report, self.html = None, ""
            self.stack.setCurrentIndex(0)
            self._update_buttons()
            return
        if self._building is not None:
            self._building.cancel()
        ctx = self.ctx
        self.status_label.show_message(lambda: self.tr("Making the report…"))
        self._building = run_in_background(
            lambda _op: build_report(ctx, batch_id=batch_id),
            success=lambda report: self._show(batch_id, report),
            failure=self._on_failure,
            name="uploads-report",
            owner=self,
        )

    def refresh_usage(self) -> None:
        """Ask the wiki where the uploaded files are used (network), then rebuild."""
        batch_id = self.current_batch()
        if batch_id is None or self._refreshing is not None:
            return
        ctx = self.ctx
        self.status_label.show_message(lambda: self.tr("Asking the wiki where the files are used…"))
        self._refreshing = run_in_background(
            lambda _op: refresh_usage(ctx, batch_id=batch_id),
            success=self._on_usage,
            failure=self._on_usage_failure,
            name="uploads-usage",
            owner=self,
        )
        self._update_buttons()

    def export(self, suffix: str, out: Path | None = None) -> Path | None:
        """Write the shown report as ``suffix``; asks where unless ``out`` is given."""
        if self.report is None:
            return None
        if out is None:
            filters = {
                ".html": self.tr("Web page (*.html)"),
                ".pdf": self.tr("PDF (*.pdf)"),
                ".csv": self.tr("Spreadsheet (*.csv)"),
            }
            name = safe_file_name(self.batch_combo.currentText(), suffix, fallback="report")
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export report"), str(Path.home() / name), filters[suffix]
            )
            if not chosen:
                return None
            out = Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)
        try:
            export_report(self.report, out, pdf_title=self.tr("Outcome report"))
        except Exception as error:  # shown to the user and logged
            needle = note_failure(log, f"Report export to {out} failed", error)
            self.status_label.show_message(
                lambda: self.tr("Could not write the report to {path}.").format(path=out),
                problem=True,
                details=needle,
            )
            return None
        self.status_label.show_message(lambda: self.tr("Report saved as {path}").format(path=out))
        return out

    def retranslate_ui(self) -> None:
        describe({self.batch_combo: self.tr("The batch whose outcome is shown below.")})
        self.batch_label.setText(self.tr("&Batch:"))
        self.usage_button.setText(self.tr("Refresh &usage"))
        self.usage_button.setToolTip(
            self.tr("Ask the wiki which pages use the uploaded files (needs a connection)")
        )
        self.html_button.setText(self.tr("Export &HTML…"))
        self.pdf_button.setText(self.tr("Export P&DF…"))
        self.csv_button.setText(self.tr("Export &CSV…"))
        for button in (self.html_button, self.pdf_button, self.csv_button):
            button.setToolTip(self.tr("Saves the report of the chosen batch as a file."))
        self.empty_label.setText(
            self.tr(
                "No report yet. Once files of a batch are uploaded, their report for the "
                "partner appears here: what went up, under which licence, and where it is used."
            )
        )

    # -- internals -------------------------------------------------------------------------
    def _show(self, batch_id: int, report: OutcomeReport) -> None:
        self._building = None
        if batch_id != self.current_batch():
            return  # the user chose another batch meanwhile; its report is on its way
        self.report, self.html = report, report_html(report)
        self.browser.setHtml(self.html)
        self.stack.setCurrentIndex(1)
        checked = report.usage_checked_at
        self.status_label.show_message(
            lambda: (
                self.tr("Usage as read from the wiki on {date}.").format(
                    date=checked.strftime("%Y-%m-%d %H:%M")
                )
                if checked
                else self.tr("Usage not read yet: press “Refresh usage” when online.")
            )
        )
        self._update_buttons()

    def _on_failure(self, error: BaseException) -> None:
        self._building = None
        self.status_label.show_message(
            lambda: self.tr("The report could not be made."),
            problem=True,
            details=str(error).splitlines()[0] if str(error) else type(error).__name__,
        )
        self._update_buttons()

    def _on_usage(self, result: UsageRefresh) -> None:
        self._refreshing = None
        self.build()
        self.status_label.show_message(
            lambda: self.tr("%n files checked on the wiki.", "", result.checked)
        )
        self._update_buttons()

    def _on_usage_failure(self, error: BaseException) -> None:
        self._refreshing = None
        code = getattr(error, "code", "")

        def text() -> str:
            reasons = {
                "offline": self.tr("the wiki cannot be reached"),
                "not_configured": self.tr("no wiki account is set up yet"),
                "no_password": self.tr("no password is stored for the wiki account"),
                "login_failed": self.tr("the wiki refused the login"),
            }
            return self.tr(
                "Could not read usage from the wiki ({reason}). The report shows what was "
                "read last time."
            ).format(reason=reasons.get(code, self.tr("the wiki answered with an error")))

        # Logged (one line: an ordinary failure) by the operations helper.
        self.status_label.show_message(text, problem=True, details=str(error) or None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_report = self.report is not None
        for button in (self.html_button, self.pdf_button, self.csv_button):
            button.setEnabled(has_report)
        self.usage_button.setEnabled(has_report and self._refreshing is None)
