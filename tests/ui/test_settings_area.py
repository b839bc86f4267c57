"""Settings: saved to the database; the password to the keyring or, without one, to the
encrypted password file after a passphrase; never lost, never in plain text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from pytestqt.qtbot import QtBot

from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import load_settings
from desktop_app.ui.main_window import MainWindow

PASSWORD = "s3cret-bot-password-never-stored"


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A system without any keyring backend (like CI and minimal Linux installs)."""
    monkeypatch.delenv("FIELDKIT_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps passwords in a dict, for checking what would be stored."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


def fill_account(window: MainWindow, username: str, password: str) -> None:
    area = window.settings_area
    area.username_edit.setText(username)
    area.password_edit.setText(password)
    area.helpdesk_email_edit.setText("helpdesk@example.org")


def test_without_a_keyring_saving_asks_for_a_passphrase_and_cancelling_loses_nothing(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, no_keyring: None
) -> None:
    window.show_area(4)
    fill_account(window, "Anna@Fieldkit", PASSWORD)
    window.settings_area.save_button.click()

    dialog = window.settings_area.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    assert "no system keyring" in dialog.intro.text()
    assert str(ctx.paths.root) in dialog.intro.text()  # it says where the file is
    dialog.reject()
    message = window.settings_area.save_message
    assert "passphrase" in message.text() and message.isVisible()
    with ctx.db.session() as session:
        settings = load_settings(session)
    assert settings.wiki_username == "Anna@Fieldkit"
    assert settings.helpdesk_email == "helpdesk@example.org"
    assert window.settings_area.password_edit.text() == PASSWORD  # not lost: can retry


def test_the_passphrase_dialog_is_translated(
    qtbot: QtBot, window: MainWindow, no_keyring: None
) -> None:
    combo = window.settings_area.language_combo
    combo.setCurrentIndex(combo.findData("sv"))
    fill_account(window, "Anna@Fieldkit", PASSWORD)
    window.settings_area.save_button.click()
    dialog = window.settings_area.passphrase_dialog
    assert dialog is not None
    assert "nyckelring" in dialog.intro.text()
    dialog.reject()


def test_password_goes_to_the_keyring_never_to_the_database_or_log(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FIELDKIT_PASSWORD", raising=False)
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        fill_account(window, "Anna@Fieldkit", PASSWORD)
        window.settings_area.save_button.click()
        qtbot.waitUntil(lambda: window.settings_area.password_edit.text() == "", timeout=5000)
    finally:
        keyring.set_keyring(previous)
    assert PASSWORD in memory.passwords.values()
    assert "keyring" in window.settings_area.save_message.text()
    ctx.db.close()
    for path in ctx.paths.root.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_login_without_bot_name_is_refused_and_nothing_saved(
    window: MainWindow, ctx: AppContext
) -> None:
    fill_account(window, "Anna", "")
    window.settings_area.save_button.click()
    assert "name@bot" in window.settings_area.save_message.text()
    with ctx.db.session() as session:
        assert load_settings(session).wiki_username == ""


def test_a_bad_helpdesk_address_is_refused_as_the_cli_refuses_it_and_nothing_saved(
    window: MainWindow, ctx: AppContext
) -> None:
    fill_account(window, "Anna@fieldkit", "")
    window.settings_area.helpdesk_email_edit.setText("not an address")
    window.settings_area.save_button.click()
    assert "not valid" in window.settings_area.save_message.text()
    with ctx.db.session() as session:
        settings = load_settings(session)
    assert (settings.helpdesk_email, settings.wiki_username) == ("", "")


def test_test_connection_reports_an_unreachable_wiki(qtbot: QtBot, window: MainWindow) -> None:
    area = window.settings_area
    area.test_button.click()
    assert not area.test_button.isEnabled()  # no second test while one runs
    qtbot.waitUntil(lambda: area.test_button.isEnabled(), timeout=10_000)
    assert "cannot be reached" in area.test_result.message()
    # The technical detail is for the helpdesk: in the log, one click away — never in a
    # tooltip or the sentence.
    assert "Connection refused" not in area.test_result.toolTip() + area.test_result.text()
    assert area.test_result.details == "Connection test:"
    link = re.search(r'href="([^"]+)"', area.test_result.text())
    assert link is not None
    area.test_result.linkActivated.emit(link.group(1))
    assert window.current_area() is window.log_area
    qtbot.waitUntil(lambda: "Connection refused" in window.log_area.selected_entry(), timeout=5000)
    assert "Connection test: offline" in window.log_area.selected_entry()
