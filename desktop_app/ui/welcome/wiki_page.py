"""Welcome, page 2: which wiki, and the bot login — or "later, I am offline now".

Saved the way Settings saves them (``services.account.set_account``: the settings to the
database, the password to the keyring only, off the GUI thread). Nothing here needs the
network: checking the login online is offered, never required, and never blocks "Next".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.settings import COMMONS_API_URL, is_commons
from desktop_app.services.account import (
    AccountSaved,
    ConnectionTest,
    InvalidLogin,
    check_login,
    password_storage,
    set_account,
    test_connection,
)
from desktop_app.services.settings import get_settings
from desktop_app.ui.areas.base import body_label, heading_label
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.message_label import MessageLabel, TextMaker
from desktop_app.ui.operations import run_in_background
from desktop_app.ui.passphrase_dialog import PassphraseDialog, ask_for_passphrase

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext

log = logging.getLogger(__name__)


def looks_like_api_address(text: str) -> bool:
    """An http(s) address with a host: enough to save; the wiki itself is asked later."""
    try:
        parsed = urlparse(text.strip())
    except ValueError:
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.hostname)


class WikiPage(Retranslatable, QWidget):
    """Commons or another wiki, login and password, an optional online check.

    ``saving`` is emitted when a save starts in the background; ``saved`` with its
    :class:`AccountSaved` (or the exception) when it ends.
    """

    saving = Signal()
    saved = Signal(object)  # AccountSaved | BaseException

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.passphrase_dialog: PassphraseDialog | None = None
        self.passphrase_declined = False  # the last save went without its password
        self.heading = heading_label(self)
        self.heading.setObjectName("welcomeHeading")
        self.intro = body_label(self)
        self.commons_radio = QRadioButton(self)
        self.commons_radio.setObjectName("welcomeCommons")
        self.other_radio = QRadioButton(self)
        self.other_radio.setObjectName("welcomeOtherWiki")
        self.wiki_choice = QButtonGroup(self)
        self.wiki_choice.addButton(self.commons_radio)
        self.wiki_choice.addButton(self.other_radio)
        self.api_url_edit = QLineEdit(self)
        self.api_url_edit.setObjectName("welcomeApiUrl")
        self.api_url_edit.setPlaceholderText("https://wiki.example.org/w/api.php")
        self.username_label, self.password_label = QLabel(self), QLabel(self)
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("welcomeUsername")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("welcomePassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.hint = body_label(self)
        self.problem = MessageLabel(self)
        self.problem.clear_message()  # hidden until there is something to say
        self.problem.setObjectName("welcomeWikiProblem")
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("welcomeTestLogin")
        self.test_result = MessageLabel(self)
        self.test_result.clear_message()  # hidden until there is something to say
        self.test_result.setObjectName("welcomeTestResult")

        wiki_row = QHBoxLayout()
        wiki_row.addWidget(self.other_radio)
        wiki_row.addWidget(self.api_url_edit, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.username_label, self.username_edit)
        form.addRow(self.password_label, self.password_edit)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        test_row.addStretch(0)  # the button keeps its size while no result is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.commons_radio)
        layout.addLayout(wiki_row)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addLayout(test_row)
        layout.addStretch(1)

        self.commons_radio.toggled.connect(lambda _on: self._update_address())
        self.api_url_edit.textEdited.connect(lambda _text: self.other_radio.setChecked(True))
        for edit in (self.api_url_edit, self.username_edit, self.password_edit):
            edit.textEdited.connect(lambda _text: self.problem.clear_message())
        self.test_button.clicked.connect(self.test_login)
        self._load()
        self.retranslate_ui()

    # -- public ------------------------------------------------------------------------
    def api_url(self) -> str:
        return COMMONS_API_URL if self.commons_radio.isChecked() else self.api_url_edit.text()

    def save(self) -> bool:
        """Check what was typed and save it in the background; False (and why) if refused."""
        api_url, username = self.api_url().strip(), self.username_edit.text().strip()
        password = self.password_edit.text()
        if not self._address_ok(api_url):
            return False
        try:
            check_login(username)
        except InvalidLogin:
            self._refuse(
                lambda: self.tr(
                    "The login must have the form name@bot, as Special:BotPasswords shows it."
                ),
                self.username_edit,
            )
            return False
        if password and not username:
            self._refuse(
                lambda: self.tr("Enter the bot login too, so the password can be kept."),
                self.username_edit,
            )
            return False
        self._save_in_background(api_url, username, password)
        return True

    def later(self) -> bool:
        """ "Later, I am offline now": keep only the wiki chosen; no login, nothing checked."""
        api_url = self.api_url().strip()
        if not self._address_ok(api_url):
            return False
        self.password_edit.clear()
        self._save_in_background(api_url, "", "")
        return True

    def test_login(self) -> None:
        """Ask the wiki now (optional): the answer is shown, nothing waits for it."""
        api_url, username = self.api_url().strip(), self.username_edit.text().strip()
        password, ctx = self.password_edit.text(), self._ctx
        self.test_button.setEnabled(False)
        self.test_result.show_message(lambda: self.tr("Asking the wiki…"))
        with_login = bool(username and password)
        run_in_background(
            lambda _op: test_connection(ctx, api_url, username, password),
            success=lambda outcome: self._on_tested(outcome, with_login),
            failure=self._on_test_failed,
            name="welcome-test-login",
            owner=self,
        )

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Your wiki and bot login"))
        self.intro.setText(
            self.tr(
                "Fieldkit uploads files and sends help requests with a bot password of your "
                "own. Most partnerships upload to Wikimedia Commons."
            )
        )
        self.commons_radio.setText(self.tr("Wikimedia &Commons"))
        self.other_radio.setText(self.tr("&Another MediaWiki, its API address:"))
        self.username_label.setText(self.tr("Bot &login:"))
        self.username_edit.setPlaceholderText(self.tr("YourName@Fieldkit"))
        self.password_label.setText(self.tr("Bot pass&word:"))
        self.hint.setText(
            self.tr(
                "Create a bot password on the wiki under Special:BotPasswords: it shows the "
                "login (name@bot) and the password. The password is kept in your system's "
                "keyring, not in Fieldkit's files. Nothing is checked online now; if you are "
                "offline or have no bot password yet, choose “Later”."
            )
        )
        self.test_button.setText(self.tr("Check &the login now"))
        self.test_button.setToolTip(
            self.tr("Optional: asks the wiki whether it accepts this login")
        )

    # -- internals -----------------------------------------------------------------------
    def _load(self) -> None:
        settings = get_settings(self._ctx.db)
        on_commons = is_commons(settings.wiki_api_url)
        self.commons_radio.setChecked(on_commons)
        self.other_radio.setChecked(not on_commons)
        self.api_url_edit.setText("" if on_commons else settings.wiki_api_url)
        self.username_edit.setText(settings.wiki_username)
        self._update_address()

    def _update_address(self) -> None:
        self.api_url_edit.setEnabled(not self.commons_radio.isChecked())

    def _address_ok(self, api_url: str) -> bool:
        if self.commons_radio.isChecked() or looks_like_api_address(api_url):
            return True
        self._refuse(
            lambda: self.tr(
                "Enter the wiki's API address, for example https://wiki.example.org/w/api.php."
            ),
            self.api_url_edit,
        )
        return False

    def _refuse(self, text: TextMaker, field: QLineEdit) -> None:
        self.problem.show_message(text, problem=True)
        field.setFocus()

    def _save_in_background(self, api_url: str, username: str, password: str) -> None:
        if password and password_storage().needs_passphrase:
            # No keyring: the encrypted password file is opened (or made) first, as in
            # Settings; declined, the login is kept and the note says what is missing.
            self.passphrase_dialog = ask_for_passphrase(
                self.window(), lambda: self._save_now(api_url, username, password)
            )
            if self.passphrase_dialog is not None:
                self.passphrase_dialog.rejected.connect(
                    lambda: self._save_now(api_url, username, "", declined=True)
                )
                return
        self._save_now(api_url, username, password)

    def _save_now(
        self, api_url: str, username: str, password: str, *, declined: bool = False
    ) -> None:
        self.passphrase_declined = declined

        ctx = self._ctx
        self.saving.emit()
        run_in_background(
            lambda _op: set_account(ctx, api_url, username, password or None),
            success=self._on_saved,
            failure=self._on_save_failed,
            name="welcome-save-account",
            owner=self,
        )

    def _on_saved(self, outcome: AccountSaved) -> None:
        if outcome.problem:
            log.warning("The keyring refused the password: %s", outcome.problem)
        self.password_edit.clear()
        self.saved.emit(outcome)

    def _on_save_failed(self, error: BaseException) -> None:
        note_failure(log, "Saving the wiki login failed", error)
        self.saved.emit(error)

    def _on_tested(self, outcome: ConnectionTest, with_login: bool) -> None:
        self.test_button.setEnabled(True)
        log.info("Welcome login check: %s (%s)", outcome.state, outcome.detail)

        def text() -> str:
            texts = {
                "online": self.tr("The wiki answered and accepted the login.")
                if with_login
                else self.tr("The wiki answered (no password given: the login was not tried)."),
                "offline": self.tr(
                    "The wiki cannot be reached now. That is fine: what you entered is kept "
                    "and used once you are online."
                ),
                "login_failed": self.tr(
                    "The wiki refused the login. Check the login and the password."
                ),
                "unconfigured": self.tr("Enter the wiki's API address first."),
            }
            return texts.get(outcome.state, outcome.state)

        ok = outcome.state == "online"
        self.test_result.show_message(
            text,
            ok=ok,
            problem=outcome.state == "login_failed",
            details=None if ok else "Welcome login check:",
        )

    def _on_test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        needle = note_failure(log, "Welcome login check failed", error)
        self.test_result.show_message(
            lambda: self.tr("The check itself failed."), problem=True, details=needle
        )
