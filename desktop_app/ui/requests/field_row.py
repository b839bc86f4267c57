"""One form field: its label above, the editor, and the message about it below.

Label-above (rather than a two-column form) survives long translations and narrow
windows, and mirrors cleanly right-to-left. The message sits directly under its field, so
"what is wrong" and "where" are never apart; it is also given to screen readers as the
editor's description.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.problems import Problem, Severity
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.requests.problem_text import problem_text

ERROR_STYLE = "color: #b00020; font-weight: bold;"
WARNING_STYLE = "color: #6d5300;"

FieldEditor = QLineEdit | QPlainTextEdit | QComboBox


class FieldMessage(Retranslatable, QLabel):
    """The problems of one field, worded for the user (again after a language switch);
    hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []
        self.setObjectName("fieldMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def retranslate_ui(self) -> None:
        if self._problems:
            self.show_problems(self._problems)

    def show_problems(self, problems: list[Problem]) -> None:
        """Errors first; the style says how serious, the words say what to do."""
        self._problems = list(problems)
        if not problems:
            self.clear()
            self.hide()
            return
        ordered = sorted(problems, key=lambda problem: problem.severity != Severity.ERROR)
        self.setText("\n".join(problem_text(problem) for problem in ordered))
        is_error = ordered[0].severity == Severity.ERROR
        self.setStyleSheet(ERROR_STYLE if is_error else WARNING_STYLE)
        self.setProperty("severity", ordered[0].severity.value)
        self.show()


class FieldRow(QWidget):
    """Label, editor and message for one form field named like the core's field."""

    edited = Signal()
    focus_left = Signal()

    def __init__(
        self, name: str, editor: FieldEditor, *, lines: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.editor = editor
        self._hint = ""
        editor.setParent(self)
        editor.setObjectName(f"field_{name}")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setBuddy(editor)
        self.message = FieldMessage(self)
        if isinstance(editor, QPlainTextEdit):
            editor.setTabChangesFocus(True)  # keyboard users must be able to leave it
            metrics = QFontMetrics(editor.font())
            editor.setFixedHeight(metrics.lineSpacing() * max(lines, 2) + 14)
            editor.textChanged.connect(self.edited)
        elif isinstance(editor, QLineEdit):
            editor.textChanged.connect(self.edited)
        else:
            editor.currentIndexChanged.connect(self.edited)
        editor.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(editor)
        layout.addWidget(self.message)

    # -- value ---------------------------------------------------------------------------
    def value(self) -> str:
        editor = self.editor
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return str(editor.currentData() or "")

    def set_value(self, value: str) -> None:
        """Show a stored value without it counting as an edit."""
        editor = self.editor
        editor.blockSignals(True)
        try:
            if isinstance(editor, QLineEdit):
                editor.setText(value)
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            else:
                index = editor.findData(value)
                editor.setCurrentIndex(max(index, 0))
        finally:
            editor.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        editor = self.editor
        if isinstance(editor, QComboBox):
            editor.setEnabled(not read_only)
        else:
            editor.setReadOnly(read_only)

    # -- texts and problems --------------------------------------------------------------
    def set_texts(self, label: str, placeholder: str = "", hint: str = "") -> None:
        """The label, the example shown in the empty field, and ``hint``: what a screen
        reader reads after the name when there is no problem to report."""
        self._hint = hint
        self.label.setText(label)
        editor = self.editor
        if isinstance(editor, QLineEdit | QPlainTextEdit):
            editor.setPlaceholderText(placeholder)
        self._update_accessible_name()
        self.describe(self.message.text() if self.message.isVisibleTo(self) else "")

    def show_problems(self, problems: list[Problem]) -> None:
        self.message.show_problems(problems)
        self.describe(self.message.text())

    def describe(self, problems_text: str) -> None:
        """What a screen reader reads after the field's name: its problems, or else its
        hint, or else the example the empty field shows (not read out by itself)."""
        editor = self.editor
        example = editor.placeholderText() if isinstance(editor, QLineEdit | QPlainTextEdit) else ""
        editor.setAccessibleDescription(problems_text or self._hint or example)

    def _update_accessible_name(self) -> None:
        self.editor.setAccessibleName(self.label.text().replace("&", ""))

    # -- Qt ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.focus_left.emit()
        return super().eventFilter(watched, event)
