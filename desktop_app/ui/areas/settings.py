"""Settings area: the wiki and account, interface language, and where to ask for help.

Settings go to the database; the bot password goes to the system keyring or, where
there is none, to Fieldkit's encrypted password file (its passphrase is asked for here
the first time); never to the database, never the log. The form says which, and why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.form_checks import InvalidInput
from desktop_app.core.settings import DEFAULT_HELPDESK_PAGE, is_commons
from desktop_app.services.account import (
    AccountSaved,
    ConnectionTest,
    InvalidLogin,
    PasswordOutcome,
    PasswordStorage,
    check_login,
    password_storage,
    set_account,
    test_connection,
)
from desktop_app.services.helpdesk import HelpdeskChanges, set_helpdesk
from desktop_app.services.settings import change_settings, get_settings
from desktop_app.ui.areas.base import AREA_MARGIN, Area, body_label, heading_label
from desktop_app.ui.i18n import LANGUAGE_NAMES, available_languages
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.message_label import MessageLabel
from desktop_app.ui.operations import OpContext, run_in_background
from desktop_app.ui.passphrase_dialog import PassphraseDialog, ask_for_passphrase
from desktop_app.ui.settings_desk import DeskSettingsWidget
from desktop_app.ui.settings_mail import MailSettingsWidget
from desktop_app.ui.settings_texts import (
    account_hint_text,
    connection_test_text,
    field_descriptions,
    password_outcome_text,
)
from desktop_app.ui.settings_uploads import UploadSettingsWidget

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext

log = logging.getLogger(__name__)

CONTENT_MAX_WIDTH = 760  # long lines of form are hard to scan on wide screens
PROBLEM_STYLE = "color: #b00020;"


class SettingsArea(Area):
    """Form for :class:`AppSettings` plus the password and a connection test."""

    language_chosen = Signal(str)  # saved already; the window installs it
    settings_saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.passphrase_dialog: PassphraseDialog | None = None
        self._storage: PasswordStorage | None = None  # the keyring or a file, once asked
        self.title_label = heading_label(self)
        self.title_label.setObjectName("areaTitle")

        # Built in the order they are drawn, which Tab follows: the language first.
        self.language_group = QGroupBox(self)
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        for code in available_languages():
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        language_form = QFormLayout(self.language_group)
        language_form.addRow(self.language_label, self.language_combo)

        self.wiki_group = QGroupBox(self)
        self.api_url_edit = QLineEdit(self)
        self.username_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.account_hint = body_label(self)
        self.test_button = QPushButton(self)
        self.test_result = MessageLabel(self)
        self.test_result.setObjectName("testResult")
        self.api_url_label, self.username_label, self.password_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        wiki_form = QFormLayout(self.wiki_group)
        wiki_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        wiki_form.addRow(self.api_url_label, self.api_url_edit)
        wiki_form.addRow(self.username_label, self.username_edit)
        wiki_form.addRow(self.password_label, self.password_edit)
        wiki_form.addRow(self.account_hint)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        wiki_form.addRow(test_row)

        self.help_group = QGroupBox(self)
        self.helpdesk_page_edit = QLineEdit(self)
        self.helpdesk_email_edit = QLineEdit(self)
        self.helpdesk_page_label, self.helpdesk_email_label = QLabel(self), QLabel(self)
        self.helpdesk_page_hint = body_label(self)
        self.helpdesk_page_hint.setObjectName("helpdeskPageHint")
        self.helpdesk_page_hint.setStyleSheet(PROBLEM_STYLE)
        help_form = QFormLayout(self.help_group)
        help_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        help_form.addRow(self.helpdesk_page_label, self.helpdesk_page_edit)
        help_form.addRow(self.helpdesk_page_hint)
        help_form.addRow(self.helpdesk_email_label, self.helpdesk_email_edit)

        for label, field in (
            (self.api_url_label, self.api_url_edit),
            (self.username_label, self.username_edit),
            (self.password_label, self.password_edit),
            (self.language_label, self.language_combo),
            (self.helpdesk_page_label, self.helpdesk_page_edit),
            (self.helpdesk_email_label, self.helpdesk_email_edit),
        ):
            label.setBuddy(field)

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveSettingsButton")
        self.save_message = MessageLabel(self)
        self.save_message.setObjectName("settingsMessage")
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        save_row.addWidget(self.save_message, 1)

        content = QWidget(self)
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(AREA_MARGIN, AREA_MARGIN, AREA_MARGIN, AREA_MARGIN)
        column.addWidget(self.title_label)
        column.addWidget(self.language_group)
        column.addWidget(self.wiki_group)
        column.addWidget(self.help_group)
        column.addLayout(save_row)
        # Its own Save, like the groups below: the mail server and the reply mailbox.
        self.mail_settings = MailSettingsWidget(ctx.db, content)
        column.addWidget(self.mail_settings)
        # Saved on change (no Save button): the worker must obey a new cap at once.
        self.upload_settings = UploadSettingsWidget(ctx.db, content)
        column.addWidget(self.upload_settings)
        self.desk_settings = DeskSettingsWidget(ctx.db, content)
        column.addWidget(self.desk_settings)
        column.addStretch(1)
        # The row keeps the column at the reading edge: left, or right in RTL layouts.
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(content, 1)
        row.addStretch(0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop for Tab
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self.api_url_edit.textChanged.connect(lambda _text: self._update_page_hint())
        self.helpdesk_page_edit.textChanged.connect(lambda _text: self._update_page_hint())
        self.language_combo.currentIndexChanged.connect(self._on_language_picked)
        self.retranslate_ui()
        self.load()

    def nav_label(self) -> str:
        return self.tr("Settings")

    def on_shown(self) -> None:
        # Where the password is kept is asked of the system when Settings is first shown,
        # not at every start (finding the keyring costs ~0.3 s and ~10 MB).
        self._storage = self._storage or password_storage()
        self.account_hint.setText(account_hint_text(self._storage))

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Settings"))
        self.wiki_group.setTitle(self.tr("Wiki and account"))
        self.api_url_label.setText(self.tr("W&iki API address"))
        self.username_label.setText(self.tr("&Bot login"))
        self.username_edit.setPlaceholderText(self.tr("YourName@Fieldkit"))
        self.password_label.setText(self.tr("Bot &password"))
        self.password_edit.setPlaceholderText(self.tr("Leave empty to keep the stored password"))
        if self._storage is not None:
            self.account_hint.setText(account_hint_text(self._storage))
        self.test_button.setText(self.tr("Test &connection"))
        self.test_button.setToolTip(self.tr("Tries to log in with these details; saves nothing."))
        self.language_group.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("In&terface language"))
        self.help_group.setTitle(self.tr("Helpdesk"))
        self.helpdesk_page_label.setText(self.tr("Helpdes&k wiki page"))
        self.helpdesk_email_label.setText(self.tr("Helpdesk email"))
        self.save_button.setText(self.tr("Save settin&gs"))
        self.save_button.setToolTip(self.tr("Saves the settings above."))
        for name, description in field_descriptions().items():
            getattr(self, name).setAccessibleDescription(description)
        self._update_page_hint()

    def load(self) -> None:
        """Fill the form from the database."""
        settings = get_settings(self._ctx.db)
        self.api_url_edit.setText(settings.wiki_api_url)
        self.username_edit.setText(settings.wiki_username)
        # The Commons default means nothing elsewhere: shown empty, with the hint.
        self.helpdesk_page_edit.setText(settings.helpdesk_page_for_wiki)
        self.helpdesk_email_edit.setText(settings.helpdesk_email)
        index = self.language_combo.findData(settings.language)
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.blockSignals(False)

    def save(self) -> None:
        """Save the settings; then, if a password was typed, store it in the keyring."""
        api_url = self.api_url_edit.text().strip()
        username = self.username_edit.text().strip()
        try:
            check_login(username)
        except InvalidLogin:
            self._show_message(
                lambda: self.tr(
                    "The login must have the form name@bot, as shown on Special:BotPasswords. "
                    "Nothing was saved."
                ),
                problem=True,
            )
            return
        helpdesk = HelpdeskChanges(
            wiki_page=self.helpdesk_page_edit.text(), email=self.helpdesk_email_edit.text()
        )
        try:
            set_helpdesk(self._ctx.db, helpdesk)
        except InvalidInput:
            self._show_message(
                lambda: self.tr("The helpdesk email address is not valid. Nothing was saved."),
                problem=True,
            )
            return
        password = self.password_edit.text()
        if not password:
            set_account(self._ctx, api_url, username)
            self.settings_saved.emit()
            self._show_message(lambda: self.tr("Settings saved."))
            return
        if not username:
            set_account(self._ctx, api_url, username)
            self.settings_saved.emit()
            self._show_message(
                lambda: self.tr(
                    "Settings saved. Enter the bot login too, so the password can be stored."
                ),
                problem=True,
            )
            return
        if password_storage().needs_passphrase:
            # No keyring: the password file must be opened (or made) first.
            set_account(self._ctx, api_url, username)
            self.settings_saved.emit()
            self.passphrase_dialog = ask_for_passphrase(
                self, lambda: self._store_password(api_url, username, password)
            )
            if self.passphrase_dialog is not None:
                self.passphrase_dialog.rejected.connect(self._on_passphrase_declined)
                return
        self._store_password(api_url, username, password)

    def _store_password(self, api_url: str, username: str, password: str) -> None:
        self._show_message(lambda: self.tr("Settings saved. Storing the password…"))
        self.save_button.setEnabled(False)
        ctx = self._ctx
        run_in_background(
            lambda _op: set_account(ctx, api_url, username, password),
            success=self._on_account_saved,
            failure=self._on_password_failed,
            name="save-password",
            owner=self,
        )

    def test_connection(self) -> None:
        """Check the address (and the login, if there is one) off the GUI thread."""
        api_url = self.api_url_edit.text().strip()
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        ctx = self._ctx
        self.test_button.setEnabled(False)
        self.test_result.show_message(lambda: self.tr("Testing…"))

        def work(_op: OpContext) -> ConnectionTest:
            return test_connection(ctx, api_url, username, password)

        run_in_background(
            work,
            success=self._on_tested,
            failure=self._on_test_failed,
            name="test-connection",
            owner=self,
        )

    # -- callbacks (GUI thread) ----------------------------------------------------------
    def _on_account_saved(self, saved: AccountSaved) -> None:
        self.save_button.setEnabled(True)
        self.settings_saved.emit()
        outcome = saved.password
        if outcome in (PasswordOutcome.STORED, PasswordOutcome.STORED_IN_FILE):
            self.password_edit.clear()
            self._show_message(lambda: password_outcome_text(outcome))
            return
        details = None
        if outcome not in (PasswordOutcome.NEEDS_PASSPHRASE, PasswordOutcome.NO_KEYRING):
            # The keyring's own words help the helpdesk: in the log, behind "Details…".
            log.warning("The keyring refused the password: %s", saved.problem)
            details = "The keyring refused the password"
        self._show_message(lambda: password_outcome_text(outcome), problem=True, details=details)

    def _on_passphrase_declined(self) -> None:
        self._show_message(
            lambda: password_outcome_text(PasswordOutcome.NEEDS_PASSPHRASE), problem=True
        )

    def _on_password_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        needle = note_failure(log, "Storing the password failed", error)
        self._show_message(
            lambda: self.tr("Settings saved, but not the password."), problem=True, details=needle
        )

    def _on_tested(self, outcome: ConnectionTest) -> None:
        self.test_button.setEnabled(True)
        # What the wiki or the keyring said is for the helpdesk: in the log, one click away.
        log.info("Connection test: %s (%s)", outcome.state, outcome.detail)
        if outcome.password_problem:
            log.warning(
                "Connection test: the password could not be read: %s", outcome.password_problem
            )

        ok = outcome.state == "online" and not (outcome.password_problem or outcome.no_keyring)
        self.test_result.show_message(
            lambda: connection_test_text(outcome),
            problem=not ok,
            ok=ok,
            details=None if ok else "Connection test:",
        )

    def _on_test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        needle = note_failure(log, "Connection test failed", error)
        self.test_result.show_message(
            lambda: self.tr("The test itself failed."), problem=True, details=needle
        )

    def _on_language_picked(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if not code:
            return
        change_settings(self._ctx.db, language=code)
        self.language_chosen.emit(code)

    def _show_message(
        self, text: Callable[[], str], *, problem: bool = False, details: str | None = None
    ) -> None:
        self.save_message.show_message(text, problem=problem, details=details)

    def _update_page_hint(self) -> None:
        """Off Commons, the helpdesk page must be chosen: say so, and drop Commons' default."""
        on_commons = is_commons(self.api_url_edit.text())
        if not on_commons and self.helpdesk_page_edit.text().strip() == DEFAULT_HELPDESK_PAGE:
            self.helpdesk_page_edit.clear()
        self.helpdesk_page_edit.setPlaceholderText(
            DEFAULT_HELPDESK_PAGE if on_commons else self.tr("for example Project:Help desk")
        )
        missing = not on_commons and not self.helpdesk_page_edit.text().strip()
        self.helpdesk_page_hint.setText(
            self.tr(
                "This wiki is not Wikimedia Commons: choose the page where help requests go "
                "on it (Commons' page does not exist here)."
            )
            if missing
            else ""
        )
        self.helpdesk_page_hint.setVisible(missing)
