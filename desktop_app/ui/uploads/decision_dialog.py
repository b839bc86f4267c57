"""Ask the user what to do about a wiki warning: publish anyway, rename, or skip.

The wiki holds the file's bytes in its stash meanwhile, so whatever the choice, nothing
is sent again. The dialog explains each warning in plain words first; the choices are
radio buttons (keyboard: arrows, then Enter), with the new name typed in place. Nothing
is chosen for the user: "Apply" stays disabled until a choice is complete.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.areas.base import body_label
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.uploads.texts import warning_explanation, warning_title

IGNORE, RENAME, SKIP = "ignore", "rename", "skip"


def suggested_title(title: str) -> str:
    """``Name (2).jpg``: a starting point for a new name that keeps the extension."""
    path = PurePosixPath(title)
    return f"{path.stem} (2){path.suffix}"


class DecisionDialog(Retranslatable, QDialog):
    """Shows the warnings of one job; ``decision()`` and ``new_title()`` after ``exec()``."""

    def __init__(
        self, title: str, warnings: list[dict[str, Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("uploadDecisionDialog")
        self._title = title
        self._warnings = warnings
        self.setMinimumWidth(520)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = body_label(self)
        self.explanation.setObjectName("warningExplanation")
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.ignore_button = QRadioButton(self)
        self.rename_button = QRadioButton(self)
        self.skip_button = QRadioButton(self)
        self.choices = QButtonGroup(self)
        for button in (self.ignore_button, self.rename_button, self.skip_button):
            self.choices.addButton(button)
        self.title_edit = QLineEdit(suggested_title(title), self)
        self.title_edit.setObjectName("newTitle")
        self.title_edit.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addWidget(self.ignore_button)
        layout.addWidget(self.rename_button)
        rename_row = QHBoxLayout()  # indented under its choice, on the leading side
        rename_row.addSpacing(24)
        rename_row.addWidget(self.title_edit, 1)
        layout.addLayout(rename_row)
        layout.addWidget(self.skip_button)
        layout.addWidget(self.buttons)

        self.choices.buttonToggled.connect(lambda *_: self._update())
        self.title_edit.textChanged.connect(lambda _text: self._update())
        self.rename_button.toggled.connect(self._on_rename_toggled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self._update()

    def decision(self) -> str | None:
        """``ignore``, ``rename`` or ``skip``; ``None`` while nothing is chosen."""
        checked = self.choices.checkedButton()
        if checked is self.ignore_button:
            return IGNORE
        if checked is self.rename_button:
            return RENAME
        if checked is self.skip_button:
            return SKIP
        return None

    def new_title(self) -> str:
        return self.title_edit.text().strip()

    def choose(self, decision: str, new_title: str | None = None) -> None:
        """Select a choice as the user would (tests, keyboard shortcuts)."""
        button = {IGNORE: self.ignore_button, RENAME: self.rename_button, SKIP: self.skip_button}
        button[decision].setChecked(True)
        if new_title is not None:
            self.title_edit.setText(new_title)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("The wiki warns about a file"))
        self.heading.setText(
            self.tr("“{title}” was sent, but the wiki has not published it yet.").format(
                title=self._title
            )
        )
        self.explanation.setText(self._explanation_html())
        self.ignore_button.setText(self.tr("&Publish anyway under this name"))
        self.rename_button.setText(self.tr("Publish under a &new name:"))
        self.skip_button.setText(self.tr("&Skip this file (it is not published)"))
        self.title_edit.setAccessibleName(self.tr("New file name"))
        self.apply_button.setText(self.tr("Apply"))

    def _explanation_html(self) -> str:
        parts = []
        for warning in self._warnings:
            code = str(warning.get("code", ""))
            title = _escape(warning_title(code))
            text = _escape(warning_explanation(code, warning.get("detail")))
            parts.append(f"<p><b>{title}</b><br>{text}</p>")
        parts.append(
            "<p>"
            + _escape(self.tr("The file's bytes wait on the wiki: no choice sends them again."))
            + "</p>"
        )
        return "".join(parts)

    def _update(self) -> None:
        decision = self.decision()
        self.title_edit.setEnabled(decision == RENAME)
        complete = decision is not None and (
            decision != RENAME or (self.new_title() and self.new_title() != self._title)
        )
        self.apply_button.setEnabled(bool(complete))

    def _on_rename_toggled(self, checked: bool) -> None:
        # Ready to type: the name is selected, the extension kept.
        if checked:
            self.title_edit.setEnabled(True)
            self.title_edit.setFocus()
            self.title_edit.setSelection(0, len(PurePosixPath(self.title_edit.text()).stem))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
