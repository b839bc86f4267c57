"""Asking for a new partnership's name, with the service's refusal shown under the field.

Only the name is asked: everything else is filled in later in the detail form, where it
is saved as it is typed. A taken or empty name keeps the dialog open and says why, in the
dialog itself (no second pop-up), so the volunteer can fix it at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.form_checks import InvalidInput
from desktop_app.services.partnerships import create_partnership
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.partnerships.texts import problem_text
from desktop_app.ui.requests.field_row import ERROR_STYLE

if TYPE_CHECKING:
    from desktop_app.store.db import Database


class NewPartnershipDialog(Retranslatable, QDialog):
    """Name field, inline error, Create / Cancel; emits ``created`` with the new id."""

    created = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setObjectName("newPartnershipDialog")
        self.setMinimumWidth(420)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("newPartnershipName")
        self.prompt.setBuddy(self.name_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("newPartnershipError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(lambda _text: self.error_label.hide())
        self.retranslate_ui()

    def submit(self) -> None:
        """Ask the service; on refusal say why under the field and keep the dialog open."""
        try:
            view = create_partnership(self._db, self.name_edit.text())
        except InvalidInput as refusal:
            self.error_label.setText("\n".join(problem_text(p) for p in refusal.problems))
            self.error_label.show()
            self.name_edit.setAccessibleDescription(self.error_label.text())
            self.name_edit.setFocus()
            self.name_edit.selectAll()
            return
        self.created.emit(view.id)
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New partnership"))
        self.prompt.setText(self.tr("&Name of the partner institution:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Nordiska museet"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Create"))
