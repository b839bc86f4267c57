"""What is wrong with the selected file, each problem with a Fix button when one exists.

"Set licence" offers the catalogue in a menu and sets the batch's licence (most batches
are under one licence; a single file's own licence is set in the Licence tab). "Remove
location" sets the batch's location policy to strip. "Apply title pattern" uses the
batch's pattern. Fixes go through the undo stack like any edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.problems import Problem, Severity
from desktop_app.services.catalogues import licence_catalogue
from desktop_app.ui.i18n import Retranslatable, interface_language
from desktop_app.ui.media.problem_text import fix_label, problem_message, severity_text

SEVERITY_COLOURS = {Severity.ERROR: "#b00020", Severity.WARNING: "#8a5a00", Severity.INFO: "#555"}


class ProblemsPanel(Retranslatable, QWidget):
    """Heading, "ready" or the list of problems; ``fix_requested(fix, argument)``."""

    fix_requested = Signal(str, str)
    rebuilt = Signal()  # new rows (and fix buttons): the pane puts them in the Tab order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: Sequence[Problem] | None = None
        self.fix_buttons: dict[str, QPushButton] = {}
        self.heading = QLabel(self)
        self.heading.setObjectName("problemsHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list_widget = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(4)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop for Tab
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.show_problems(self._problems)

    def show_problems(self, problems: Sequence[Problem] | None, *, checking: bool = False) -> None:
        """The problems of one file (``None``: nothing selected, or not checked yet)."""
        self._problems = problems
        self._clear()
        if problems is None:
            self.heading.setText(
                self.tr("Checking…") if checking else self.tr("Problems: select a file")
            )
            return
        blocking = sum(1 for problem in problems if problem.blocking)
        if not problems:
            self.heading.setText(self.tr("Ready to upload: no problems found."))
        elif blocking:
            self.heading.setText(self.tr("To fix before upload: %n", "", blocking))
        else:
            self.heading.setText(self.tr("Ready to upload; worth a look:"))
        for problem in sorted(problems, key=lambda p: list(Severity).index(p.severity)):
            self.list_layout.addWidget(self._row(problem))
        self.list_layout.addStretch(1)
        self.rebuilt.emit()

    def _clear(self) -> None:
        self.fix_buttons.clear()
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Off screen at once: a deferred delete can lag behind the new rows.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def _row(self, problem: Problem) -> QWidget:
        row = QWidget(self.list_widget)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        severity = QLabel(severity_text(problem), row)
        colour = SEVERITY_COLOURS.get(problem.severity, "#555")
        severity.setStyleSheet(f"color: {colour}; font-weight: bold;")
        severity.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        message = QLabel(problem_message(problem), row)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message.setToolTip(problem.code)
        layout.addWidget(severity)
        # The fix goes under its sentence, not beside it: a narrow pane (or a longer
        # language) then squeezes neither the sentence nor the button's words.
        text_column = QVBoxLayout()
        text_column.setSpacing(2)
        text_column.addWidget(message)
        layout.addLayout(text_column, 1)
        label = fix_label(problem.fix)
        if label is not None and problem.fix is not None:
            button = QPushButton(label, row)
            button.setObjectName(f"fix-{problem.fix}")
            if problem.fix == "set-licence":
                button.setMenu(self._licence_menu(button))
                button.setAccessibleDescription(self.tr("Opens the licences to choose from."))
            elif problem.fix == "replace-title-characters":
                title = str(problem.params.get("suggestion", ""))
                button.clicked.connect(
                    lambda _=False, t=title: self.fix_requested.emit("replace-title-characters", t)
                )
            else:
                fix = problem.fix
                button.clicked.connect(lambda _=False, f=fix: self.fix_requested.emit(f, ""))
            text_column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
            self.fix_buttons[problem.fix] = button
        return row

    def _licence_menu(self, button: QPushButton) -> QMenu:
        menu = QMenu(button)
        menu.setTitle(self.tr("Licence for the whole batch"))
        for licence in licence_catalogue():
            action = QAction(licence.text("label", interface_language()), menu)
            action.setData(licence.id)
            action.triggered.connect(
                lambda _=False, i=licence.id: self.fix_requested.emit("set-licence", i)
            )
            menu.addAction(action)
        return menu
