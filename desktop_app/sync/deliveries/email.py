"""Delivering a help request by email over SMTP (STARTTLS, TLS or plain), with attachments.

Idempotency has two halves. The Message-ID is derived from the request's uuid, so a
repeated attempt is recognisably the same message. And every message the server accepted
is written to a small journal in the data folder *before* the outbox records success: when
an attempt may have arrived (a crash after the server's "250 OK"), the journal is checked
first and the mail is not sent again. What SMTP cannot tell us — a connection lost after
the data went out but before the server answered — is resent with the same Message-ID.
"""

from __future__ import annotations

import base64
import logging
import os
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.help_request_delivery import (
    EMAIL_KIND,
    RequestNoLongerValid,
    ensure_sendable,
)
from desktop_app.core.help_request_mail import (
    MailAttachment,
    build_mail,
    mail_sender,
    message_id_for,
)
from desktop_app.core.settings import AppSettings
from desktop_app.store.models import HelpRequest, OutboxEntry
from desktop_app.store.repositories.requests import (
    mirror_outbox_state,
    record_request_mailed,
    request_content,
    request_form,
)
from desktop_app.sync.outbox import PermanentError, TransientError
from desktop_app.system.credentials import CredentialError, load_password, save_password

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

SMTP_PASSWORD_ENV = "FIELDKIT_SMTP_PASSWORD"
JOURNAL_NAME = "mail-sent.log"


def smtp_service(settings: AppSettings) -> str:
    """The keyring "URL" of the SMTP account (one entry per server and port)."""
    return f"smtp://{settings.helpdesk_smtp_host.strip()}:{settings.helpdesk_smtp_port}"


def save_smtp_password(settings: AppSettings, password: str) -> None:
    """Store the SMTP password in the keyring (raises ``NoKeyringError`` without one)."""
    save_password(smtp_service(settings), settings.helpdesk_smtp_user, password)


def load_smtp_password(settings: AppSettings) -> str | None:
    """``FIELDKIT_SMTP_PASSWORD``, else the keyring's entry; ``None`` when neither has one."""
    user = settings.helpdesk_smtp_user
    return load_password(smtp_service(settings), user, env_var=SMTP_PASSWORD_ENV)


class SentJournal:
    """Message-IDs the SMTP server accepted, one per line, flushed to disk at once."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __contains__(self, message_id: object) -> bool:
        if not self.path.is_file():
            return False
        return str(message_id) in self.path.read_text(encoding="utf-8").splitlines()

    def add(self, message_id: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as journal:
            journal.write(message_id + "\n")
            journal.flush()
            os.fsync(journal.fileno())


@dataclass(frozen=True)
class PreparedMail:
    message: EmailMessage
    message_id: str
    to: str
    sender: str


class EmailDelivery:
    """Mails queued help requests to the configured helpdesk address."""

    kind = EMAIL_KIND

    def __init__(
        self,
        settings: AppSettings,
        journal: SentJournal,
        *,
        password_provider: Callable[[], str | None] | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.settings = settings
        self.journal = journal
        self._password_provider = password_provider or (lambda: load_smtp_password(settings))
        self.timeout = timeout

    def prepare(self, session: Session, entry: OutboxEntry) -> PreparedMail:
        request = session.get_one(HelpRequest, entry.help_request_id)
        try:
            ensure_sendable(request_form(request))
        except RequestNoLongerValid as error:
            raise PermanentError("request_invalid", str(error)) from error
        content = request_content(session, request, attachments_mailed=True)
        sender = mail_sender(self.settings, content.form.requester_email)
        to = self.settings.helpdesk_email.strip()
        if not (to and sender and self.settings.helpdesk_smtp_host.strip()):
            # Snapshotting cannot fail the entry, so a missing setting is found in send().
            log.warning("Email delivery of request %s is not fully configured", request.uuid)
        attachments = [
            MailAttachment(a.filename, a.media_type, a.content) for a in request.attachments
        ]
        message = build_mail(
            content,
            to=to or "undisclosed-recipients:;",
            sender=sender,
            attachments=attachments,
            sent_at=None,
        )
        return PreparedMail(message, message_id_for(request.uuid, sender), to, sender)

    def send(self, prepared: PreparedMail, *, maybe_arrived: bool) -> dict[str, Any]:
        if maybe_arrived and prepared.message_id in self.journal:
            return self._result(prepared, already_there=True)
        if not (prepared.to and prepared.sender and self.settings.helpdesk_smtp_host.strip()):
            raise PermanentError(
                "email_not_configured",
                "Set the helpdesk address, the SMTP server and a sender address.",
            )
        message = prepared.message
        del message["Date"]
        message["Date"] = formatdate(usegmt=True)
        try:
            with self._connect() as smtp:
                smtp.send_message(message, from_addr=prepared.sender, to_addrs=[prepared.to])
        except smtplib.SMTPRecipientsRefused as error:
            raise PermanentError("smtp_recipient_refused", _describe(error)) from error
        except smtplib.SMTPSenderRefused as error:
            raise _by_code(error.smtp_code, "smtp_sender_refused", error) from error
        except smtplib.SMTPAuthenticationError as error:
            raise self._login_refused(error) from error
        except smtplib.SMTPNotSupportedError as error:
            raise PermanentError("smtp_not_supported", _describe(error)) from error
        except smtplib.SMTPResponseException as error:
            raise _by_code(error.smtp_code, "smtp_refused", error) from error
        except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError) as error:
            raise TransientError("smtp_unavailable", _describe(error)) from error
        except ssl.SSLCertVerificationError as error:
            raise PermanentError("smtp_tls_failed", _untrusted_certificate(error)) from error
        except (ssl.SSLEOFError, ssl.SSLZeroReturnError, ssl.SSLSyscallError) as error:
            # The link dropped during the TLS handshake: a flaky network, not a TLS problem.
            raise TransientError("smtp_unavailable", _describe(error)) from error
        except ssl.SSLError as error:
            raise PermanentError("smtp_tls_failed", _describe(error)) from error
        except OSError as error:  # timeouts, refused and unreachable connections
            raise TransientError("smtp_unavailable", _describe(error)) from error
        except CredentialError as error:
            raise PermanentError("smtp_no_password", str(error)) from error
        self.journal.add(prepared.message_id)
        return self._result(prepared, already_there=False)

    def _connect(self) -> smtplib.SMTP:
        host = self.settings.helpdesk_smtp_host.strip()
        port = int(self.settings.helpdesk_smtp_port)
        security = self.settings.helpdesk_smtp_security
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if security == "tls":
            smtp = smtplib.SMTP_SSL(host, port, timeout=self.timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, port, timeout=self.timeout)
        try:
            if security == "starttls":
                smtp.starttls(context=context)
            user = self.settings.helpdesk_smtp_user.strip()
            if user:
                password = self._password_provider()
                if not password:
                    raise CredentialError(
                        f"No SMTP password stored for {user}; set it again with "
                        f"'fieldkit helpdesk set --smtp-user {user}' or {SMTP_PASSWORD_ENV}."
                    )
                _login(smtp, user, password)
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _login_refused(self, error: smtplib.SMTPAuthenticationError) -> Exception:
        """A refused login waits for the user (a new password), unless the server said 4xx.

        Retrying a wrong password on a timer only repeats failed logins, which many servers
        punish by locking the account; "454 Temporary authentication failure" is retried.
        """
        user = self.settings.helpdesk_smtp_user.strip()
        if 400 <= error.smtp_code < 500:
            return TransientError(
                f"smtp_login_failed:{error.smtp_code}",
                f"The SMTP server could not check the login for {user} just now "
                f"({_describe(error)}); Fieldkit will try again later.",
            )
        return PermanentError(
            "smtp_login_failed",
            f"The SMTP server refused the login for {user} ({_describe(error)}). "
            "Fieldkit will not try again until the SMTP user name or password is corrected: "
            f"set it with 'fieldkit helpdesk set --smtp-user {user}' (or {SMTP_PASSWORD_ENV}), "
            "then retry the request.",
        )

    @staticmethod
    def _result(prepared: PreparedMail, *, already_there: bool) -> dict[str, Any]:
        return {
            "message_id": prepared.message_id,
            "to": prepared.to,
            "found_existing": already_there,
        }

    def on_sent(self, session: Session, entry: OutboxEntry, result: dict[str, Any]) -> None:
        record_request_mailed(session, entry, message_id=str(result["message_id"]))

    def on_state(self, session: Session, entry: OutboxEntry) -> None:
        mirror_outbox_state(session, entry)


def _describe(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        detail = error.smtp_error
        text = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
        return f"{error.smtp_code} {text}"
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{address}: {code} {reply.decode('utf-8', 'replace')}"
            for address, (code, reply) in error.recipients.items()
        )
    return f"{type(error).__name__}: {error}"


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """``smtp.login``, but a password with "å" in it works too.

    smtplib sends AUTH data as ASCII and raises ``UnicodeEncodeError`` otherwise; PLAIN is
    UTF-8 by definition (RFC 4616) and servers take LOGIN as UTF-8 in practice.
    """
    if user.isascii() and password.isascii():
        smtp.login(user, password)
        return
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    mechanisms = smtp.esmtp_features["auth"].upper().split()

    def b64(text: str) -> str:
        return base64.b64encode(text.encode("utf-8")).decode("ascii")

    if "PLAIN" in mechanisms:
        code, reply = smtp.docmd("AUTH", "PLAIN " + b64(f"\0{user}\0{password}"))
    elif "LOGIN" in mechanisms:
        code, reply = smtp.docmd("AUTH", "LOGIN " + b64(user))
        if code == 334:
            code, reply = smtp.docmd(b64(password))
    else:
        raise smtplib.SMTPNotSupportedError(
            "The SMTP server offers no login method (PLAIN or LOGIN) for this password."
        )
    if code not in (235, 503):  # 503: already authenticated
        raise smtplib.SMTPAuthenticationError(code, reply)


def _untrusted_certificate(error: ssl.SSLCertVerificationError) -> str:
    reason = error.verify_message or error.reason or str(error)
    return (
        f"The SMTP server's certificate could not be verified ({reason}), so nothing was sent. "
        "Check the server name; if the server uses a certificate from a private certificate "
        "authority, add that authority to the system's trusted certificates (or point "
        "SSL_CERT_FILE at it)."
    )


def _by_code(code: int, name: str, error: smtplib.SMTPResponseException) -> Exception:
    """4xx means "try later", 5xx means "not like this"."""
    if 400 <= code < 500:
        return TransientError(f"{name}:{code}", _describe(error))
    return PermanentError(f"{name}:{code}", _describe(error))
