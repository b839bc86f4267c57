"""Settings for email: the server requests are mailed through, and the mailbox where the
helpdesk's mailed replies arrive.

Without these a request to the helpdesk's email address could only be configured from the
command line (``fieldkit helpdesk set --smtp … --reply-imap …``). A self-contained group of
the Settings area with its own Save, written through the same use case as that command;
passwords go to the keyring in the background (it may take a moment, and may refuse).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.core.form_checks import InvalidInput
from desktop_app.core.settings import SMTP_SECURITY, AppSettings
from desktop_app.services.helpdesk import (
    HelpdeskChanges,
    HelpdeskSaved,
    PasswordOutcome,
    set_helpdesk,
)
from desktop_app.services.settings import get_settings
from desktop_app.ui.areas.base import body_label
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.operations import run_in_background
from desktop_app.ui.requests.problem_text import problem_text

if TYPE_CHECKING:
    from desktop_app.store.db import Database

log = logging.getLogger(__name__)

PROBLEM_STYLE = "color: #b00020;"


def server_text(host: str, port: int) -> str:
    """``host:port`` as the form shows it (empty when no server is set)."""
    return f"{host}:{port}" if host.strip() else ""


class MailSettingsWidget(Retranslatable, QGroupBox):
    """The outgoing mail server (SMTP) and the requester's reply mailbox (IMAP)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailSettings")
        self._db = db
        self.hint = body_label(self)
        self.smtp_edit = QLineEdit(self)
        self.smtp_edit.setObjectName("smtpServer")
        self.security_combo = QComboBox(self)
        for value in SMTP_SECURITY:
            self.security_combo.addItem("", value)
        self.smtp_user_edit = QLineEdit(self)
        self.smtp_password_edit = QLineEdit(self)
        self.smtp_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_edit = QLineEdit(self)
        self.reply_hint = body_label(self)
        self.reply_edit = QLineEdit(self)
        self.reply_edit.setObjectName("replyMailbox")
        self.reply_user_edit = QLineEdit(self)
        self.reply_password_edit = QLineEdit(self)
        self.reply_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("mailSaveSettings")
        self.message = body_label(self)
        self.message.setObjectName("mailSettingsMessage")

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.hint)
        self.labels: dict[QWidget, QLabel] = {}
        fields: tuple[QWidget, ...] = (
            self.smtp_edit,
            self.security_combo,
            self.smtp_user_edit,
            self.smtp_password_edit,
            self.from_edit,
        )
        for field in fields:
            self._add_row(form, field)
        form.addRow(self.reply_hint)
        for field in (self.reply_edit, self.reply_user_edit, self.reply_password_edit):
            self._add_row(form, field)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.message, 1)
        form.addRow(save_row)
        self.load()
        self.save_button.clicked.connect(self.save)
        self.retranslate_ui()

    def _add_row(self, form: QFormLayout, field: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(field)
        self.labels[field] = label
        form.addRow(label, field)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Email"))
        self.hint.setText(
            self.tr(
                "Requests to the helpdesk's email address are sent through your mail "
                "provider's outgoing server; its help pages name it (for example "
                "smtp.example.org:587)."
            )
        )
        self.labels[self.smtp_edit].setText(self.tr("Outgoing server (host:port)"))
        self.labels[self.security_combo].setText(self.tr("Encr&yption"))
        self.labels[self.smtp_user_edit].setText(self.tr("Mail login"))
        self.labels[self.smtp_password_edit].setText(self.tr("Mail pa&ssword"))
        self.labels[self.from_edit].setText(self.tr("S&ender address"))
        self.reply_hint.setText(
            self.tr(
                "Optional: the mailbox where the helpdesk's answers to your mailed requests "
                "arrive (IMAP), so Fieldkit shows them beside each request."
            )
        )
        self.labels[self.reply_edit].setText(self.tr("Mailbox for replies (host:port)"))
        self.labels[self.reply_user_edit].setText(self.tr("Mailbo&x user name"))
        self.labels[self.reply_password_edit].setText(self.tr("Mailbox passwor&d"))
        for edit in (self.smtp_password_edit, self.reply_password_edit):
            edit.setPlaceholderText(self.tr("Leave empty to keep the stored password"))
        self.smtp_edit.setPlaceholderText(self.tr("for example smtp.example.org:587"))
        self.reply_edit.setPlaceholderText(self.tr("for example imap.example.org:993"))
        self.from_edit.setPlaceholderText(self.tr("for example name@example.org"))
        # Read after each field's name: the group's hint says what the fields are for.
        for field in (self.security_combo, self.smtp_user_edit):
            field.setAccessibleDescription(self.hint.text())
        self.reply_user_edit.setAccessibleDescription(self.reply_hint.text())
        texts = {
            "starttls": self.tr("STARTTLS (port 587)"),
            "tls": self.tr("TLS (port 465)"),
            "none": self.tr("None (a server on this computer or network only)"),
        }
        for index in range(self.security_combo.count()):
            value = str(self.security_combo.itemData(index))
            self.security_combo.setItemText(index, texts.get(value, value))
        self.save_button.setText(self.tr("Save email settings"))
        self.save_button.setToolTip(self.tr("Saves the settings in this group."))

    def load(self) -> None:
        """Fill the form from the stored settings."""
        settings: AppSettings = get_settings(self._db)
        self.smtp_edit.setText(
            server_text(settings.helpdesk_smtp_host, settings.helpdesk_smtp_port)
        )
        self.security_combo.setCurrentIndex(
            max(self.security_combo.findData(settings.helpdesk_smtp_security), 0)
        )
        self.smtp_user_edit.setText(settings.helpdesk_smtp_user)
        self.from_edit.setText(settings.helpdesk_from_address)
        self.reply_edit.setText(server_text(settings.reply_imap_host, settings.reply_imap_port))
        self.reply_user_edit.setText(settings.reply_imap_user)

    def changes(self) -> HelpdeskChanges:
        """What the form says, as the helpdesk use case takes it."""
        return HelpdeskChanges(
            smtp_server=self.smtp_edit.text().strip(),
            smtp_security=str(self.security_combo.currentData()),
            smtp_user=self.smtp_user_edit.text(),
            from_address=self.from_edit.text(),
            reply_imap=self.reply_edit.text(),
            reply_imap_user=self.reply_user_edit.text(),
        )

    def save(self) -> None:
        """Check and save off the GUI thread (the keyring may be slow or ask questions)."""
        changes = self.changes()
        smtp_password = self.smtp_password_edit.text() or None
        reply_password = self.reply_password_edit.text() or None
        db = self._db
        self.save_button.setEnabled(False)
        run_in_background(
            lambda _op: set_helpdesk(
                db,
                changes,
                smtp_password=smtp_password,
                imap_password=lambda: reply_password,
            ),
            success=self._on_saved,
            failure=self._on_failed,
            name="mail-settings",
            owner=self,
        )

    def _on_saved(self, saved: HelpdeskSaved) -> None:
        self.save_button.setEnabled(True)
        self.reply_password_edit.clear()
        problem = saved.password == PasswordOutcome.NOT_STORED
        self.message.setStyleSheet(PROBLEM_STYLE if problem else "")
        if problem:
            self.message.setText(
                self.tr(
                    "Email settings saved, but not the mail password: the keyring refused "
                    "it. Set FIELDKIT_SMTP_PASSWORD before starting Fieldkit."
                )
            )
            return
        self.smtp_password_edit.clear()
        self.message.setText(self.tr("Email settings saved."))

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(PROBLEM_STYLE)
        if isinstance(error, InvalidInput) and error.problems:
            self.message.setText(
                self.tr("{problem} Nothing was saved.").format(
                    problem=problem_text(error.problems[0])
                )
            )
            return
        note_failure(log, "Saving the email settings failed", error)
        self.message.setText(
            self.tr("The email settings could not be saved; the log has the details.")
        )
