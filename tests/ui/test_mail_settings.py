"""Settings → Email: the outgoing server and the reply mailbox set from the GUI, and a
request mailed through the real loopback SMTP server with what was typed there."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services.sync_pass import sync_once
from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import load_settings, update_settings
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings_mail import MailSettingsWidget
from tests.fixtures.smtp import TestSmtpServer
from tests.partnerships.helpers import queued
from tests.ui.test_settings_area import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def mail_form(window: MainWindow) -> MailSettingsWidget:
    window.show_area(window.areas.index(window.settings_area))
    return window.settings_area.mail_settings


def save(qtbot: QtBot, form: MailSettingsWidget) -> str:
    form.message.clear()
    form.save_button.click()
    qtbot.waitUntil(lambda: bool(form.message.text()), timeout=5000)
    return form.message.text()


def test_a_request_goes_out_through_the_server_typed_in_settings(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, smtp_server: TestSmtpServer
) -> None:
    with ctx.db.session() as session:  # email only: the wiki of the UI tests is unreachable
        update_settings(session, helpdesk_page="", helpdesk_email="helpdesk@example.org")
    form = mail_form(window)
    form.smtp_edit.setText(f"{smtp_server.host}:{smtp_server.port}")
    form.security_combo.setCurrentIndex(form.security_combo.findData("none"))
    form.from_edit.setText("volunteer@example.net")

    assert save(qtbot, form) == "Email settings saved."

    with ctx.db.session() as session:
        settings = load_settings(session)
    assert (settings.helpdesk_smtp_host, settings.helpdesk_smtp_port) == (
        smtp_server.host,
        smtp_server.port,
    )
    assert settings.helpdesk_smtp_security == "none"
    request_id = queued(ctx.db)
    report = sync_once(ctx, fetch_replies=False)
    assert report.sent == 1, report.to_dict()
    (received,) = smtp_server.received
    assert received.recipients == ["helpdesk@example.org"]
    assert received.message["From"].endswith("<volunteer@example.net>") or (
        received.message["From"] == "volunteer@example.net"
    )
    assert request_id  # the request the mail carries was queued after the settings


def test_a_bad_port_is_named_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    form = mail_form(window)
    form.smtp_edit.setText("smtp.example.org:twenty-five")
    form.from_edit.setText("volunteer@example.net")

    text = save(qtbot, form)

    assert "Nothing was saved" in text and "port" in text
    with ctx.db.session() as session:
        settings = load_settings(session)
    assert settings.helpdesk_smtp_host != "smtp.example.org"
    assert settings.helpdesk_from_address == ""


def test_the_reply_mailbox_and_its_password_are_kept(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, memory_keyring: MemoryKeyring
) -> None:
    form = mail_form(window)
    form.reply_edit.setText("imap.example.org:993")
    form.reply_user_edit.setText("karin")
    form.reply_password_edit.setText("mailbox-secret")

    assert save(qtbot, form) == "Email settings saved."

    with ctx.db.session() as session:
        settings = load_settings(session)
    assert (settings.reply_imap_host, settings.reply_imap_port) == ("imap.example.org", 993)
    assert settings.reply_imap_user == "karin"
    assert "mailbox-secret" in memory_keyring.passwords.values()
    assert form.reply_password_edit.text() == ""  # never left on screen once kept
    assert "mailbox-secret" not in str(settings.to_dict())


def test_the_email_group_speaks_swedish(window: MainWindow) -> None:
    form = mail_form(window)
    install_language("sv")
    try:
        assert form.title() != "Email"
        assert form.save_button.text() != "Save email settings"
    finally:
        install_language("en")
