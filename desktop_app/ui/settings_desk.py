"""Settings for the helpdesk's side: "I work for a helpdesk" shows the Helpdesk desk;
the wiki pages and the mailbox folder it gathers requests from.

A self-contained group of the Settings area with its own Save (as the upload settings
are): it writes through the same use case as ``fieldkit desk set``. The IMAP password
goes to the keyring in the background (it may take a moment, and may be refused).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop_app.core.form_checks import InvalidInput
from desktop_app.services.desk.setup import DeskChanges, DeskSaved, get_desk, set_desk
from desktop_app.ui.accessible import describe
from desktop_app.ui.areas.base import body_label
from desktop_app.ui.desk.problem_text import first_problem_text
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.operations import run_in_background

if TYPE_CHECKING:
    from desktop_app.store.db import Database

PROBLEM_STYLE = "color: #b00020;"


class DeskSettingsWidget(Retranslatable, QGroupBox):
    """``desk_toggled(bool)`` when the desk is switched on or off (saved at once)."""

    desk_toggled = Signal(bool)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskSettings")
        self._db = db
        self.enabled_check = QCheckBox(self)
        self.enabled_check.setObjectName("deskEnabled")
        self.pages_edit = QPlainTextEdit(self)
        self.pages_edit.setObjectName("deskPages")
        self.pages_edit.setTabChangesFocus(True)  # Tab goes on to the next field
        self.pages_edit.setMaximumHeight(70)
        self.imap_edit = QLineEdit(self)
        self.imap_edit.setObjectName("deskImap")
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder_edit = QLineEdit(self)
        self.security_combo = QComboBox(self)
        self.security_combo.addItem("", "tls")
        self.security_combo.addItem("", "starttls")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("deskSaveSettings")
        self.message = body_label(self)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.enabled_check)
        self.labels: dict[QWidget, QLabel] = {}
        for field in (
            self.pages_edit,
            self.imap_edit,
            self.user_edit,
            self.password_edit,
            self.folder_edit,
            self.security_combo,
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[field] = label
            self.form.addRow(label, field)
        self.form.addRow(self.save_button)
        self.form.addRow(self.message)
        self.load()
        self.enabled_check.toggled.connect(self._on_toggled)
        self.save_button.clicked.connect(self.save)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Helpdesk desk"))
        self.enabled_check.setText(self.tr("I work for &a helpdesk (show the Helpdesk desk)"))
        self.labels[self.pages_edit].setText(self.tr("Re&quest pages (one per line)"))
        self.labels[self.imap_edit].setText(self.tr("Mail server (host:port)"))
        self.labels[self.user_edit].setText(self.tr("Mail login"))
        self.labels[self.password_edit].setText(self.tr("Mail password"))
        self.labels[self.folder_edit].setText(self.tr("Folder"))
        self.labels[self.security_combo].setText(self.tr("Encryption"))
        self.password_edit.setPlaceholderText(self.tr("Leave empty to keep the stored password"))
        self.security_combo.setItemText(0, self.tr("TLS (port 993)"))
        self.security_combo.setItemText(1, self.tr("STARTTLS (port 143)"))
        describe(
            {
                self.enabled_check: self.tr(
                    "Shows the Helpdesk desk, where requests are gathered, reviewed and answered."
                ),
                self.pages_edit: self.tr(
                    "The wiki pages where people post requests to the helpdesk."
                ),
                self.imap_edit: self.tr("The mailbox where requests sent by email arrive."),
                self.user_edit: self.tr("The login for that mailbox."),
                self.folder_edit: self.tr("The mailbox folder to read, usually INBOX."),
                self.security_combo: self.tr("How the connection to the mail server is encrypted."),
            }
        )
        self.save_button.setText(self.tr("Save desk settings"))
        self.save_button.setToolTip(self.tr("Saves the settings in this group."))

    def load(self) -> None:
        desk = get_desk(self._db)
        self.enabled_check.blockSignals(True)
        self.enabled_check.setChecked(desk.enabled)
        self.enabled_check.blockSignals(False)
        self.pages_edit.setPlainText("\n".join(desk.wiki_pages))
        self.imap_edit.setText(f"{desk.imap_host}:{desk.imap_port}" if desk.imap_host else "")
        self.user_edit.setText(desk.imap_user)
        self.folder_edit.setText(desk.imap_folder)
        self.security_combo.setCurrentIndex(
            max(self.security_combo.findData(desk.imap_security), 0)
        )

    def save(self) -> None:
        changes = DeskChanges(
            wiki_pages=self.pages_edit.toPlainText().splitlines(),
            imap=self.imap_edit.text(),
            imap_user=self.user_edit.text(),
            imap_folder=self.folder_edit.text(),
            imap_security=str(self.security_combo.currentData()),
            enabled=self.enabled_check.isChecked(),
        )
        password = self.password_edit.text()
        db = self._db
        self.save_button.setEnabled(False)
        run_in_background(
            lambda _op: set_desk(db, changes, imap_password=password or None),
            success=self._on_saved,
            failure=self._on_failed,
            name="desk-settings",
            owner=self,
        )

    def _on_toggled(self, on: bool) -> None:
        set_desk(self._db, DeskChanges(enabled=on))
        self.desk_toggled.emit(on)

    def _on_saved(self, saved: DeskSaved) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet("")
        if saved.password == "stored":
            self.password_edit.clear()
            self.message.setText(self.tr("Desk settings saved; the password is in the keyring."))
        elif saved.password == "not_stored":
            self.message.setStyleSheet(PROBLEM_STYLE)
            self.message.setText(
                self.tr(
                    "Desk settings saved, but not the password: this system has no keyring. "
                    "Set FIELDKIT_IMAP_PASSWORD before starting Fieldkit."
                )
            )
        else:
            self.message.setText(self.tr("Desk settings saved."))

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(PROBLEM_STYLE)
        if isinstance(error, InvalidInput):
            self.message.setText(
                self.tr("{problem} Nothing was saved.").format(
                    problem=first_problem_text(error.problems)
                )
            )
        else:
            self.message.setText(self.tr("Not saved: {error}").format(error=error))
