"""Sending one message over SMTP (STARTTLS, TLS or plain), every failure classified.

The mail half of the network gate: connection, TLS, login (UTF-8 passwords too) and the
send, with each smtplib/ssl/socket failure turned into a
:class:`~desktop_app.core.faults.Fault` with a stable code (``smtp_unavailable``,
``smtp_login_failed``, ``smtp_tls_failed``...). A refused login is permanent: retrying a
wrong password on a timer only repeats failed logins, which servers punish by locking the
account; a "454 Temporary authentication failure" is temporary.
"""

from __future__ import annotations

import base64
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage

from desktop_app.core.faults import Fault, FaultKind
from desktop_app.system.credentials import (
    CredentialError,
    NoKeyringError,
    load_password,
    save_password,
)

SMTP_PASSWORD_ENV = "FIELDKIT_SMTP_PASSWORD"
# The credentials layer's own message names the wiki's variable; mail has its own.
SMTP_NO_KEYRING_MESSAGE = (
    "No system keyring found, so Fieldkit cannot store the SMTP password safely. "
    f"Set the environment variable {SMTP_PASSWORD_ENV} to the SMTP password before starting "
    "Fieldkit, or install and unlock a keyring (for example GNOME Keyring or KWallet)."
)


@dataclass(frozen=True)
class SmtpServer:
    """Where to send and as whom (the password is in the keyring or the environment)."""

    host: str
    port: int
    security: str  # "starttls", "tls" or "none"
    user: str = ""

    @property
    def service(self) -> str:
        """The keyring "URL" of the account (one entry per server and port)."""
        return f"smtp://{self.host.strip()}:{self.port}"

    def load_password(self) -> str | None:
        """``FIELDKIT_SMTP_PASSWORD``, else the keyring's entry; ``None`` when neither has one."""
        try:
            return load_password(self.service, self.user, env_var=SMTP_PASSWORD_ENV)
        except NoKeyringError as error:
            raise NoKeyringError(SMTP_NO_KEYRING_MESSAGE) from error

    def save_password(self, password: str) -> None:
        """Store the password in the keyring (raises ``NoKeyringError`` without one)."""
        try:
            save_password(self.service, self.user, password)
        except NoKeyringError as error:
            raise NoKeyringError(SMTP_NO_KEYRING_MESSAGE) from error


class MailError(Exception):
    """The message was not sent; ``fault`` says why and whether to try again."""

    def __init__(self, fault: Fault) -> None:
        super().__init__(fault.message)
        self.fault = fault


def send_message(
    server: SmtpServer,
    message: EmailMessage,
    *,
    sender: str,
    to: str,
    password: Callable[[], str | None],
    timeout: float = 30.0,
) -> None:
    """Connect, log in if the server has a user, send; raises :class:`MailError`.

    ``password`` is asked only when a login is needed.
    """
    try:
        with _connect(server, password, timeout) as smtp:
            smtp.send_message(message, from_addr=sender, to_addrs=[to])
    except Exception as error:
        raise MailError(classify(error, server)) from error


def classify(error: BaseException, server: SmtpServer) -> Fault:
    """The :class:`Fault` for anything smtplib, ssl or the socket raised."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return _permanent("smtp_recipient_refused", describe(error))
    if isinstance(error, smtplib.SMTPSenderRefused):
        return _by_code(error.smtp_code, "smtp_sender_refused", error)
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return _login_refused(error, server.user.strip())
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return _permanent("smtp_not_supported", describe(error))
    if isinstance(error, smtplib.SMTPResponseException):
        return _by_code(error.smtp_code, "smtp_refused", error)
    if isinstance(error, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        return Fault(FaultKind.OFFLINE, "smtp_unavailable", describe(error), ambiguous=True)
    if isinstance(error, ssl.SSLCertVerificationError):
        return _permanent("smtp_tls_failed", _untrusted_certificate(error))
    if isinstance(error, ssl.SSLEOFError | ssl.SSLZeroReturnError | ssl.SSLSyscallError):
        # The link dropped during the TLS handshake: a flaky network, not a TLS problem.
        return Fault(FaultKind.OFFLINE, "smtp_unavailable", describe(error))
    if isinstance(error, ssl.SSLError):
        return _permanent("smtp_tls_failed", describe(error))
    if isinstance(error, OSError):  # timeouts, refused and unreachable connections
        return Fault(FaultKind.OFFLINE, "smtp_unavailable", describe(error), ambiguous=True)
    if isinstance(error, CredentialError):
        return _permanent("smtp_no_password", str(error))
    return Fault(FaultKind.TEMPORARY, "internal", describe(error), ambiguous=True)


def _connect(
    server: SmtpServer, password: Callable[[], str | None], timeout: float
) -> smtplib.SMTP:
    host, port = server.host.strip(), int(server.port)
    context = ssl.create_default_context()
    smtp: smtplib.SMTP
    if server.security == "tls":
        smtp = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
    else:
        smtp = smtplib.SMTP(host, port, timeout=timeout)
    try:
        if server.security == "starttls":
            smtp.starttls(context=context)
        user = server.user.strip()
        if user:
            secret = password()
            if not secret:
                raise CredentialError(
                    f"No SMTP password stored for {user}; set it again with "
                    f"'fieldkit helpdesk set --smtp-user {user}' or {SMTP_PASSWORD_ENV}."
                )
            _login(smtp, user, secret)
    except BaseException:
        smtp.close()
        raise
    return smtp


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


def _login_refused(error: smtplib.SMTPAuthenticationError, user: str) -> Fault:
    """A refused login waits for the user (a new password), unless the server said 4xx."""
    if 400 <= error.smtp_code < 500:
        return Fault(
            FaultKind.TEMPORARY,
            f"smtp_login_failed:{error.smtp_code}",
            f"The SMTP server could not check the login for {user} just now "
            f"({describe(error)}); Fieldkit will try again later.",
        )
    return _permanent(
        "smtp_login_failed",
        f"The SMTP server refused the login for {user} ({describe(error)}). "
        "Fieldkit will not try again until the SMTP user name or password is corrected: "
        f"set it with 'fieldkit helpdesk set --smtp-user {user}' (or {SMTP_PASSWORD_ENV}), "
        "then retry the request.",
    )


def describe(error: BaseException) -> str:
    """An SMTP answer or exception as one line of text."""
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


def _untrusted_certificate(error: ssl.SSLCertVerificationError) -> str:
    reason = error.verify_message or error.reason or str(error)
    return (
        f"The SMTP server's certificate could not be verified ({reason}), so nothing was sent. "
        "Check the server name; if the server uses a certificate from a private certificate "
        "authority, add that authority to the system's trusted certificates (or point "
        "SSL_CERT_FILE at it)."
    )


def _permanent(code: str, message: str) -> Fault:
    return Fault(FaultKind.PERMANENT, code, message)


def _by_code(code: int, name: str, error: smtplib.SMTPResponseException) -> Fault:
    """4xx means "try later", 5xx means "not like this"."""
    kind = FaultKind.TEMPORARY if 400 <= code < 500 else FaultKind.PERMANENT
    return Fault(kind, f"{name}:{code}", describe(error))
