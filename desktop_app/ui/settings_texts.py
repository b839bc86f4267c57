"""The Settings area's sentences about the account: where the password is kept, what the
connection test found, why a password was not stored; and what a screen reader reads after
some fields' names.

Kept apart from the form (:mod:`desktop_app.ui.areas.settings`) because they are long and
chosen by outcome, not by widget. They stay in the ``SettingsArea`` translation context
they were written in (literal strings, so lupdate finds them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.services.account import ConnectionTest, PasswordOutcome, PasswordStorage


def account_hint_text(storage: PasswordStorage) -> str:
    """How to get a bot password, and where Fieldkit will keep it on this computer."""
    translate = QCoreApplication.translate
    if storage.kind == "keyring":
        return translate(
            "SettingsArea",
            "Create a bot password on the wiki under Special:BotPasswords and enter "
            "the login it shows (name@bot). The password is kept in your system's "
            "keyring, not in Fieldkit's files.",
        )
    return translate(
        "SettingsArea",
        "Create a bot password on the wiki under Special:BotPasswords and enter "
        "the login it shows (name@bot). This computer has no system keyring, so "
        "the password is kept in an encrypted file in Fieldkit's data folder "
        "({path}), locked with a passphrase you choose when you first save it. "
        "Fieldkit asks for the passphrase once each time it starts.",
    ).format(path=storage.path)


def no_keyring_text() -> str:
    """Translated version of the credentials layer's NoKeyringError message."""
    return QCoreApplication.translate(
        "SettingsArea",
        "this system has no keyring to keep it safe. Set the environment variable "
        "FIELDKIT_PASSWORD to the bot password before starting Fieldkit, or install "
        "and unlock a keyring (for example GNOME Keyring or KWallet).",
    )


def connection_test_text(outcome: ConnectionTest) -> str:
    """What the connection test found, a line for the wiki and one for the password."""
    translate = QCoreApplication.translate
    texts = {
        "online": translate("SettingsArea", "Connected."),
        "offline": translate(
            "SettingsArea", "The wiki cannot be reached. Check the address and your connection."
        ),
        "login_failed": translate("SettingsArea", "The wiki answered, but refused the login."),
        "unconfigured": translate("SettingsArea", "Enter the wiki API address first."),
    }
    lines = [texts.get(outcome.state, outcome.state)]
    if outcome.no_keyring:
        lines.append(
            translate("SettingsArea", "Only the address was tested: no password is available.")
        )
    elif outcome.password_problem:
        lines.append(
            translate("SettingsArea", "The stored password could not be read from the keyring.")
        )
    return "\n".join(lines)


def password_outcome_text(outcome: PasswordOutcome) -> str:
    """What became of a typed password once the settings were saved."""
    translate = QCoreApplication.translate
    if outcome == PasswordOutcome.STORED:
        return translate("SettingsArea", "Settings saved. The password is stored in the keyring.")
    if outcome == PasswordOutcome.STORED_IN_FILE:
        return translate(
            "SettingsArea", "Settings saved. The password is stored in Fieldkit's encrypted file."
        )
    if outcome == PasswordOutcome.NEEDS_PASSPHRASE:
        return translate(
            "SettingsArea",
            "Settings saved, but not the password: it needs the passphrase of the "
            "password file. Save again to type it.",
        )
    if outcome == PasswordOutcome.NO_KEYRING:
        return translate("SettingsArea", "Settings saved, but not the password: {reason}").format(
            reason=no_keyring_text()
        )
    return translate(
        "SettingsArea", "Settings saved, but the keyring refused to keep the password."
    )


def field_descriptions() -> dict[str, str]:
    """Accessible descriptions, by the Settings area's attribute name of the field."""
    translate = QCoreApplication.translate
    return {
        "api_url_edit": translate(
            "SettingsArea",
            "The address of the wiki's api.php: Wikimedia Commons unless you use another.",
        ),
        "language_combo": translate(
            "SettingsArea", "The language of Fieldkit's menus and texts; it changes at once."
        ),
        "helpdesk_email_edit": translate(
            "SettingsArea", "The helpdesk's address for requests sent by email."
        ),
    }
