"""``fieldkit sync`` tells the truth about what still waits, and mail problems name mail's
own password variable (issue 9 item 15). A real SMTP server with TLS and a login."""

from __future__ import annotations

import json
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest

from desktop_app.cli import run
from desktop_app.mail.smtp import SMTP_PASSWORD_ENV
from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import update_settings
from tests.fixtures.smtp import TestCertificates, TestSmtpServer
from tests.partnerships.helpers import queued

USER = "karin@example.net"
PASSWORD = "Sm7p-s3cret-Fältkit"


@pytest.fixture
def server(smtp_certificates: TestCertificates) -> Iterator[TestSmtpServer]:
    smtp = TestSmtpServer(
        security="starttls", certificates=smtp_certificates, credentials=(USER, PASSWORD)
    )
    smtp.start()
    try:
        yield smtp
    finally:
        smtp.stop()


@pytest.fixture
def mail_only(ctx: AppContext, server: TestSmtpServer) -> AppContext:
    with ctx.db.session() as session:
        update_settings(
            session,
            helpdesk_page="",
            helpdesk_email="helpdesk@example.org",
            helpdesk_smtp_host=server.host,
            helpdesk_smtp_port=server.port,
            helpdesk_smtp_security="starttls",
            helpdesk_smtp_user=USER,
            helpdesk_from_address="fieldkit@example.net",
        )
    return ctx


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def _sync(capsys: pytest.CaptureFixture[str], ctx: AppContext) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    code = run(["--data-dir", str(ctx.paths.root), "sync", "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


@pytest.mark.usefixtures("trust_test_ca")
def test_sync_does_not_say_all_sent_while_a_mail_waits_for_a_new_password(
    mail_only: AppContext, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(SMTP_PASSWORD_ENV, "not-the-password")
    queued(mail_only.db)

    first, report, _ = _sync(capsys, mail_only)
    assert first == 1 and report["errors"][0]["code"] == "smtp_login_failed"

    again, report, _ = _sync(capsys, mail_only)  # nothing is tried again: it waits for the user

    assert again == 1 and report["exit_code"] == 1
    assert report["remaining"] == 1 and report["errors"] == []
    [waiting] = report["waiting"]
    assert waiting["kind"].endswith("email") and waiting["state"] == "failed"
    assert waiting["last_error"].startswith("smtp_login_failed")
    code = run(["--data-dir", str(mail_only.paths.root), "sync"])
    assert code == 1 and "still waits: smtp_login_failed" in capsys.readouterr().out


@pytest.mark.usefixtures("no_keyring", "trust_test_ca")
def test_without_a_keyring_the_smtp_messages_name_the_smtp_password_variable(
    mail_only: AppContext,
    server: TestSmtpServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = ["--data-dir", str(mail_only.paths.root)]
    monkeypatch.setenv(SMTP_PASSWORD_ENV, PASSWORD)
    smtp = f"{server.host}:{server.port}"
    assert run([*data, "helpdesk", "set", "--smtp", smtp, "--smtp-user", USER]) == 0
    stored = capsys.readouterr().err
    assert "not stored" in stored and SMTP_PASSWORD_ENV in stored
    assert "FIELDKIT_PASSWORD" not in stored

    monkeypatch.delenv(SMTP_PASSWORD_ENV)
    queued(mail_only.db)
    code, report, _ = _sync(capsys, mail_only)
    assert code == 1
    [error] = report["errors"]
    assert error["code"] == "smtp_no_password" and SMTP_PASSWORD_ENV in error["message"]
    assert "FIELDKIT_PASSWORD" not in error["message"]
