"""What applying a spreadsheet did, row by row (a refused row says why, nothing was lost).

Rows are numbered as the spreadsheet program shows them (header = 1), so the user can
find the row to correct.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.problems import Problem
from desktop_app.services.media_sheets import ApplyReport
from desktop_app.ui.media.edit_dialogs import field_label
from desktop_app.ui.media.problem_text import problem_message
from desktop_app.ui.text_patterns import clauses, labelled, listing


class SheetReportDialog(QDialog):
    """Counts, sheet-wide warnings, and a table of rows that changed or were refused."""

    def __init__(
        self, report: ApplyReport, parent: QWidget | None = None, *, refused: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spreadsheet applied"))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("sheetSummary")
        self.summary_label.setWordWrap(True)
        counts = clauses(
            (
                self.tr("rows changed: %n", "", report.count("changed")),
                self.tr("unchanged: %n", "", report.count("unchanged")),
                self.tr("refused: %n", "", report.count("refused")),
            )
        )
        self.summary_label.setText(
            self.tr("Spreadsheet applied: {counts}. Undo (Ctrl+Z) reverses it.").format(
                counts=counts
            )
        )
        if refused:
            self.setWindowTitle(self.tr("Spreadsheet not applied"))
            self.summary_label.setText(
                self.tr("The spreadsheet cannot be used as it is; nothing was changed.")
            )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        for problem in report.sheet_problems:
            warning = QLabel(problem_message(problem), self)
            warning.setObjectName(f"sheetProblem-{problem.code}")
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #8a5a00;")
            layout.addWidget(warning)
        shown = [row for row in report.rows if row.status != "unchanged"]
        self.table = QTableWidget(len(shown), 3, self)
        self.table.setObjectName("sheetRows")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Result"), self.tr("Details")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        results = {"changed": self.tr("Changed"), "refused": self.tr("Refused")}
        for number, row in enumerate(shown):
            if row.status == "refused":
                details = " ".join(_at_cell(problem) for problem in row.problems)
            else:
                names = dict.fromkeys(field_label(c.field.partition(":")[0]) for c in row.changes)
                details = listing(names)
            self.table.setItem(number, 0, QTableWidgetItem(str(row.row)))
            self.table.setItem(number, 1, QTableWidgetItem(results.get(row.status, row.status)))
            item = QTableWidgetItem(details)
            item.setToolTip(details)
            self.table.setItem(number, 2, item)
        self.table.setVisible(bool(shown))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420)


def _at_cell(problem: Problem) -> str:
    """The problem's sentence, after the cell it is about ("E4: …") when it names one."""
    text = problem_message(problem)
    cell = problem.params.get("cell")
    return labelled(str(cell), text) if cell else text
