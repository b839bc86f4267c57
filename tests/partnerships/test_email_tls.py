"""Help requests mailed over real TLS with a real login (aiosmtpd on loopback).

The server's certificate comes from a private test CA. Fieldkit trusts it only the way a
user with a private CA would (``SSL_CERT_FILE``); the app has no "skip verification" switch.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

from desktop_app.mail.smtp import SMTP_PASSWORD_ENV
from desktop_app.services.requests.drafts import get_request
from desktop_app.services.requests.queueing import retry_request_now
from desktop_app.services.sync_pass import sync_once
from desktop_app.store.context import AppContext
from desktop_app.store.models import RequestState
from desktop_app.store.repositories.settings import load_settings, update_settings
from desktop_app.sync.deliveries.email import save_smtp_password
from tests.fixtures.smtp import TestCertificates, TestSmtpServer
from tests.partnerships.helpers import queued

USER = "karin@example.net"
PASSWORD = "Sm7p-s3cret-Fältkit"
WRONG_PASSWORD = "not-the-Sm7p-password"


@pytest.fixture
def tls_server(
    request: pytest.FixtureRequest, smtp_certificates: TestCertificates
) -> Iterator[TestSmtpServer]:
    """A server that requires a login, with STARTTLS or implicit TLS (``indirect`` param)."""
    security = getattr(request, "param", "starttls")
    server = TestSmtpServer(
        security=security, certificates=smtp_certificates, credentials=(USER, PASSWORD)
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


def configure(ctx: AppContext, server: TestSmtpServer, *, security: str | None = None) -> None:
    with ctx.db.session() as session:
        update_settings(
            session,
            helpdesk_page="",
            helpdesk_email="helpdesk@example.org",
            helpdesk_smtp_host=server.host,
            helpdesk_smtp_port=server.port,
            helpdesk_smtp_security=security or server.security,
            helpdesk_smtp_user=USER,
            helpdesk_from_address="fieldkit@example.net",
        )


@pytest.fixture
def tls_ctx(
    ctx: AppContext, tls_server: TestSmtpServer, monkeypatch: pytest.MonkeyPatch
) -> AppContext:
    monkeypatch.setenv(SMTP_PASSWORD_ENV, PASSWORD)
    configure(ctx, tls_server)
    return ctx


@pytest.mark.usefixtures("trust_test_ca")
def test_starttls_and_login_deliver_and_auth_only_after_starttls(
    tls_ctx: AppContext, tls_server: TestSmtpServer
) -> None:
    request_id = queued(tls_ctx.db)

    report = sync_once(tls_ctx)

    assert (report.sent, report.failed) == (1, 0), report.errors
    (received,) = tls_server.received
    assert received.login == USER and received.over_tls
    assert received.recipients == ["helpdesk@example.org"]
    assert tls_server.logins == [USER]
    assert tls_server.auth_attempts and all(a.over_tls for a in tls_server.auth_attempts)
    assert get_request(tls_ctx.db, request_id).summary.state == RequestState.SENT


@pytest.mark.parametrize("tls_server", ["tls"], indirect=True)
@pytest.mark.usefixtures("trust_test_ca")
def test_implicit_tls_and_login_deliver(tls_ctx: AppContext, tls_server: TestSmtpServer) -> None:
    queued(tls_ctx.db)

    report = sync_once(tls_ctx)

    assert (report.sent, report.failed) == (1, 0), report.errors
    (received,) = tls_server.received
    assert received.login == USER and received.over_tls
    assert all(a.over_tls for a in tls_server.auth_attempts)


@pytest.mark.usefixtures("trust_test_ca")
def test_plain_smtp_never_sends_the_login_to_a_server_that_wants_tls_first(
    ctx: AppContext, tls_server: TestSmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SMTP_PASSWORD_ENV, PASSWORD)
    configure(ctx, tls_server, security="none")
    queued(ctx.db)

    report = sync_once(ctx)

    assert report.failed == 1 and report.errors[0]["code"] == "smtp_not_supported"
    assert tls_server.auth_attempts == [] and tls_server.received == []


@pytest.mark.parametrize("tls_server", ["starttls", "tls"], indirect=True)
@pytest.mark.usefixtures("trust_test_ca")
def test_wrong_password_fails_until_the_user_changes_it(
    tls_ctx: AppContext, tls_server: TestSmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SMTP_PASSWORD_ENV, WRONG_PASSWORD)
    request_id = queued(tls_ctx.db)

    report = sync_once(tls_ctx)

    assert report.failed == 1 and report.errors[0]["code"] == "smtp_login_failed"
    message = report.errors[0]["message"]
    assert USER in message and "535" in message and "password" in message
    assert WRONG_PASSWORD not in message
    summary = get_request(tls_ctx.db, request_id).summary
    assert summary.state == RequestState.FAILED
    assert summary.next_attempt_at is None  # not retried on a timer: it waits for the user
    refused = len(tls_server.authenticator.refused)  # type: ignore[union-attr]
    assert refused >= 1

    assert sync_once(tls_ctx).sent == 0  # another pass does not try the same password again
    assert len(tls_server.authenticator.refused) == refused  # type: ignore[union-attr]

    monkeypatch.setenv(SMTP_PASSWORD_ENV, PASSWORD)  # the user sets the right password
    retry_request_now(tls_ctx.db, request_id)
    assert sync_once(tls_ctx).sent == 1
    assert [r.login for r in tls_server.received] == [USER]


@pytest.mark.usefixtures("trust_test_ca")
def test_temporary_login_failure_is_retried_later(
    tls_ctx: AppContext, tls_server: TestSmtpServer
) -> None:
    assert tls_server.authenticator is not None
    tls_server.authenticator.temporarily_down = True
    request_id = queued(tls_ctx.db)

    report = sync_once(tls_ctx)

    assert report.errors[0]["code"] == "smtp_login_failed:454"
    assert get_request(tls_ctx.db, request_id).summary.next_attempt_at is not None
    tls_server.authenticator.temporarily_down = False
    assert sync_once(tls_ctx).sent == 1


@pytest.mark.parametrize("tls_server", ["starttls", "tls"], indirect=True)
def test_untrusted_certificate_fails_clearly_before_the_login(
    tls_ctx: AppContext, tls_server: TestSmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)  # the test CA is not trusted
    request_id = queued(tls_ctx.db)

    report = sync_once(tls_ctx)

    assert report.failed == 1 and report.errors[0]["code"] == "smtp_tls_failed"
    assert "certificate" in report.errors[0]["message"]
    assert tls_server.auth_attempts == [] and tls_server.received == []  # no password sent
    summary = get_request(tls_ctx.db, request_id).summary
    assert summary.state == RequestState.FAILED and "certificate" in (summary.last_error or "")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("not needed here")


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(SMTP_PASSWORD_ENV, raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def logged_ctx(data_dir: Path) -> Iterator[AppContext]:
    """The app as a user runs it: logging to the data folder's file, at DEBUG."""
    root, server_log = logging.getLogger(), logging.getLogger("mail.log")
    levels = root.level, server_log.level
    context = AppContext.open(data_dir, log_to_file=True)
    root.setLevel(logging.DEBUG)
    server_log.setLevel(logging.WARNING)  # the test server shares the process, not the app
    yield context
    context.close()
    root.setLevel(levels[0])
    server_log.setLevel(levels[1])
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(context.paths.log_file):
            root.removeHandler(handler)
            handler.close()


@pytest.mark.usefixtures("trust_test_ca")
def test_smtp_password_never_reaches_the_log_or_the_database(
    logged_ctx: AppContext, tls_server: TestSmtpServer, memory_keyring: MemoryKeyring
) -> None:
    configure(logged_ctx, tls_server)
    with logged_ctx.db.session() as session:
        settings = load_settings(session)
    save_smtp_password(settings, WRONG_PASSWORD)
    request_id = queued(logged_ctx.db)
    assert sync_once(logged_ctx).errors[0]["code"] == "smtp_login_failed"
    save_smtp_password(settings, PASSWORD)
    retry_request_now(logged_ctx.db, request_id)
    assert sync_once(logged_ctx).sent == 1
    assert tls_server.logins == [USER]
    logged_ctx.close()  # checkpoint the WAL into the database file

    files = [path for path in logged_ctx.paths.root.rglob("*") if path.is_file()]
    assert logged_ctx.paths.log_file in files and logged_ctx.paths.log_file.stat().st_size > 0
    assert logged_ctx.paths.database in files
    for path in files:
        content = path.read_bytes()
        for secret in (PASSWORD, WRONG_PASSWORD):
            assert secret.encode() not in content, f"{secret!r} found in {path}"
    assert "smtp_login_failed" in logged_ctx.paths.log_file.read_text("utf-8")
