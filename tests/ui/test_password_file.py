"""No system keyring: the GUI keeps the bot password in an encrypted file and still sends.

Issue 9, item 14. On a desktop without a keyring (and no FIELDKIT_PASSWORD: the app was
started from a menu) the user sets the password in Settings; Fieldkit asks for a new
passphrase and stores the password encrypted in the data folder (never in plain text:
every file is searched). After a restart (the session's key forgotten) the app asks for
the passphrase once — a wrong one is refused in the dialog — and a request queued
meanwhile reaches the real test wiki.
"""

from __future__ import annotations

import base64
import json
import stat
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop_app.core.help_request_text import request_marker
from desktop_app.services.requests.drafts import list_requests, new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.store.context import AppContext
from desktop_app.store.models import RequestState
from desktop_app.store.repositories.settings import update_settings
from desktop_app.system import credentials
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.passphrase_dialog import PassphraseDialog
from desktop_app.ui.sync_monitor import SyncMonitor
from tests.fixtures.mediawiki import TestWiki
from tests.ui.conftest import wait_for_operations

pytestmark = [pytest.mark.wiki, pytest.mark.slow]

PASSPHRASE = "Fältkit passfras 2026"
HELPDESK_PAGE = "Project:Fieldkit without a keyring"


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("FIELDKIT_PASSWORD", raising=False)
    monkeypatch.delenv("FIELDKIT_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)
    credentials.use_password_file(None)


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    install_language("en")
    window = MainWindow(ctx, SyncMonitor(ctx, interval_ms=3_600_000))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    window.close()
    wait_for_operations(qtbot)
    ctx.close()


def type_into(dialog: PassphraseDialog, passphrase: str, again: bool) -> None:
    dialog.passphrase_edit.clear()
    dialog.again_edit.clear()
    dialog.passphrase_edit.insert(passphrase)  # as typed (QTest cannot type "ä")
    if again:
        dialog.again_edit.insert(passphrase)
    QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)


def plain_forms(secret: str) -> set[bytes]:
    text = secret.encode()
    return {text, urllib.parse.quote_plus(secret).encode(), base64.b64encode(text)}


def page_text(api_url: str, title: str) -> str:
    query = urllib.parse.urlencode(
        {
            "action": "query",
            "prop": "revisions",
            "titles": title,
            "rvprop": "content",
            "rvslots": "main",
            "format": "json",
            "formatversion": "2",
        }
    )
    with urllib.request.urlopen(f"{api_url}?{query}", timeout=30) as answer:
        page = json.load(answer)["query"]["pages"][0]
    return str(page["revisions"][0]["slots"]["main"]["content"]) if "revisions" in page else ""


def test_without_a_keyring_the_password_is_kept_encrypted_and_requests_still_go_out(
    qtbot: QtBot, data_dir: Path, wiki_up: TestWiki, no_keyring: None, tmp_path: Path
) -> None:
    ctx = AppContext.open(data_dir)
    with ctx.db.session() as session:
        update_settings(session, helpdesk_page=HELPDESK_PAGE)
    window = open_window(qtbot, ctx)
    settings = window.settings_area
    window.show_area(window.areas.index(settings))
    assert "encrypted file" in settings.account_hint.text()  # where the password goes
    settings.api_url_edit.setText(wiki_up.api_url)
    settings.username_edit.setText(wiki_up.bot_user)
    settings.password_edit.setText(wiki_up.bot_password)
    settings.save_button.click()

    dialog = settings.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.grab().save(str(tmp_path / "choose-passphrase.png"))
    type_into(dialog, "short", again=True)
    assert "at least 8" in dialog.problem.text()  # refused before anything is written
    type_into(dialog, PASSPHRASE, again=True)
    qtbot.waitUntil(lambda: "encrypted file" in settings.save_message.text(), timeout=30_000)
    assert settings.password_edit.text() == ""
    close(qtbot, window, ctx)

    stored = data_dir / "passwords.fernet"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert json.loads(stored.read_text())["kdf"]["name"] == "scrypt"
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for form in plain_forms(wiki_up.bot_password) | plain_forms(PASSPHRASE):
                assert form not in content, f"{form!r} in {path}"

    # A restart: this session's key is gone. A request is queued meanwhile.
    credentials.use_password_file(None)
    ctx = AppContext.open(data_dir)
    request_id = new_request(ctx.db, subject="Sent without a keyring", body="Glasplåtar ✓")
    queue_request(ctx.db, request_id)
    window = open_window(qtbot, ctx)
    asked = window.ask_passphrase_if_needed()  # what the app does when it starts
    assert asked is not None and asked.isVisible()
    asked.grab().save(str(tmp_path / "unlock-passphrase.png"))
    type_into(asked, "not the passphrase", again=False)
    qtbot.waitUntil(lambda: "does not open" in asked.problem.text(), timeout=30_000)
    type_into(asked, PASSPHRASE, again=False)
    qtbot.waitUntil(lambda: not asked.isVisible(), timeout=30_000)
    assert window.ask_passphrase_if_needed() is None  # asked once per session

    def delivered() -> bool:
        return [r.state for r in list_requests(ctx.db)] == [RequestState.SENT]

    qtbot.waitUntil(delivered, timeout=120_000)
    uuid = next(r.uuid for r in list_requests(ctx.db))
    assert page_text(wiki_up.api_url, HELPDESK_PAGE).count(request_marker(uuid)) == 1
    close(qtbot, window, ctx)
