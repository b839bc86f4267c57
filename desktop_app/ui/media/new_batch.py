"""Making a batch from the window: the New batch dialog, and the words for a name the core
refuses (a line break, too long) said under the batch bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.problems import Problem
from desktop_app.ui.media.problem_text import problem_message
from desktop_app.ui.partnerships.texts import problem_text as partnership_problem_text


class NewBatchDialog(QDialog):
    """Partnership (existing or new) and a batch name."""

    def __init__(self, partnerships: Sequence[str], current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New batch"))
        self.partnership_combo = QComboBox(self)
        self.partnership_combo.setEditable(True)
        self.partnership_combo.addItems(list(partnerships))
        self.partnership_combo.setCurrentText(current)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Postcards 1920s"))
        hint = QLabel(self.tr("A new partnership name creates the partnership too."), self)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Partnership:"), self.partnership_combo)
        form.addRow(self.tr("&Batch name:"), self.name_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.name_edit.setFocus()


def refusal_text(problem: Problem) -> str:
    """A refused partnership or batch name, in the user's language."""
    if problem.code.startswith("partnership."):
        return partnership_problem_text(problem)
    return problem_message(problem)
