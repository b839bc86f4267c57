"""Reading (and marking) a mailbox folder over IMAP, every failure classified.

The mail half of the gate, like :mod:`desktop_app.mail.smtp`: stdlib ``imaplib`` with
implicit TLS, STARTTLS or plain (loopback only), a UTF-8-safe login, and each failure
of ``imaplib``/``ssl``/the socket turned into a :class:`~desktop_app.core.faults.Fault`
with a stable code (``imap_unavailable``, ``imap_login_failed``, ``imap_tls_failed``,
``imap_no_folder``...). Blocking: call from worker threads only.

Messages are read with ``BODY.PEEK[]`` so reading never marks them seen for the other
staff; the desk's shared state goes into keywords (``$FieldkitAccepted``...).
"""

from __future__ import annotations

import imaplib
import re
import socket
import ssl
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass

from desktop_app.core.faults import Fault, FaultKind
from desktop_app.system.credentials import CredentialError, load_password, save_password

IMAP_PASSWORD_ENV = "FIELDKIT_IMAP_PASSWORD"
_UID = re.compile(rb"UID (\d+)")
_FLAGS = re.compile(rb"FLAGS \(([^)]*)\)")
FETCH_BATCH = 50


@dataclass(frozen=True)
class ImapMailbox:
    """Which folder of which account (the password is in the keyring or the environment)."""

    host: str
    port: int
    security: str  # "tls", "starttls" or "none"
    user: str
    folder: str = "INBOX"

    @property
    def service(self) -> str:
        """The keyring "URL" of the account (one entry per server and port)."""
        return f"imap://{self.host.strip()}:{self.port}"

    @property
    def name(self) -> str:
        """``user@host:port/folder``: names the folder in fetch state and logs."""
        return f"{self.user}@{self.host}:{self.port}/{self.folder}"

    def load_password(self) -> str | None:
        """``FIELDKIT_IMAP_PASSWORD``, else the keyring's entry; ``None`` when neither."""
        return load_password(self.service, self.user, env_var=IMAP_PASSWORD_ENV)

    def save_password(self, password: str) -> None:
        """Keep the password in the keyring (raises ``NoKeyringError`` without one)."""
        save_password(self.service, self.user, password)


class ImapError(Exception):
    """The mailbox could not be read or changed; ``fault`` says why."""

    def __init__(self, fault: Fault) -> None:
        super().__init__(fault.message)
        self.fault = fault


@dataclass(frozen=True)
class FetchedMessage:
    """One message as the server holds it."""

    uid: int
    flags: tuple[str, ...]
    raw: bytes


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


class ImapFolder:
    """An open, logged-in connection with one folder selected."""

    def __init__(self, connection: imaplib.IMAP4, mailbox: ImapMailbox, uidvalidity: int):
        self._connection = connection
        self.mailbox = mailbox
        self.uidvalidity = uidvalidity

    def _ok(self, answer: tuple[str, Sequence[object]]) -> Sequence[object]:
        status, data = answer
        if status != "OK":
            detail = b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace")
            raise imaplib.IMAP4.error(f"{status} {detail}")
        return data

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs greater than ``last_uid``, ascending (``UID SEARCH UID n:*``)."""
        data = self._ok(self._connection.uid("SEARCH", f"UID {last_uid + 1}:*"))
        found = b" ".join(d for d in data if isinstance(d, bytes)).split()
        # "n:*" always matches the highest UID, even when it is below n.
        return sorted(uid for uid in (int(x) for x in found) if uid > last_uid)

    def all_uids(self) -> list[int]:
        """Every UID in the folder."""
        return self.uids_after(0)

    def fetch(self, uids: Sequence[int]) -> list[FetchedMessage]:
        """The messages with these UIDs (flags and full bytes), without marking them seen."""
        messages: list[FetchedMessage] = []
        for start in range(0, len(uids), FETCH_BATCH):
            batch = ",".join(str(uid) for uid in uids[start : start + FETCH_BATCH])
            data = self._ok(self._connection.uid("FETCH", batch, "(UID FLAGS BODY.PEEK[])"))
            messages.extend(_parse_fetch(data))
        return sorted(messages, key=lambda message: message.uid)

    def flags(self, uids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """The flags of these messages (what other desks set since)."""
        if not uids:
            return {}
        data = self._ok(self._connection.uid("FETCH", ",".join(map(str, uids)), "(UID FLAGS)"))
        found: dict[int, tuple[str, ...]] = {}
        for item in data:
            head = item[0] if isinstance(item, tuple) else item
            if not isinstance(head, bytes):
                continue
            uid, flags = _UID.search(head), _FLAGS.search(head)
            if uid and flags:
                found[int(uid.group(1))] = tuple(flags.group(1).decode().split())
        return found

    def replace_keywords(self, uid: int, add: str, remove: Sequence[str]) -> None:
        """Set keyword ``add`` on one message and take ``remove`` off (idempotent)."""
        others = [keyword for keyword in remove if keyword != add]
        if others:
            self._ok(self._connection.uid("STORE", str(uid), "-FLAGS", f"({' '.join(others)})"))
        self._ok(self._connection.uid("STORE", str(uid), "+FLAGS", f"({add})"))

    def search_header(self, header: str, value: str) -> list[int]:
        """UIDs of messages whose ``header`` contains ``value``."""
        data = self._ok(self._connection.uid("SEARCH", "HEADER", header, _quoted(value)))
        return sorted(int(x) for x in b" ".join(d for d in data if isinstance(d, bytes)).split())

    def append(self, raw: bytes, flags: str = "") -> None:
        """Store a message in the folder (for copies of sent replies, and tests)."""
        self._ok(self._connection.append(_quoted(self.mailbox.folder), flags or None, None, raw))


def _parse_fetch(data: Sequence[object]) -> list[FetchedMessage]:
    messages = []
    for index, item in enumerate(data):
        if not isinstance(item, tuple) or len(item) < 2:
            continue
        head, raw = item[0], item[1]
        after = data[index + 1] if index + 1 < len(data) else b""
        tail = after if isinstance(after, bytes) else b""
        uid = _UID.search(head) or _UID.search(tail)
        flags = _FLAGS.search(head) or _FLAGS.search(tail)
        if uid is None:
            continue
        messages.append(
            FetchedMessage(
                int(uid.group(1)),
                tuple(flags.group(1).decode().split()) if flags else (),
                bytes(raw),
            )
        )
    return messages


@contextmanager
def open_folder(
    mailbox: ImapMailbox,
    password: Callable[[], str | None],
    *,
    readonly: bool = True,
    timeout: float = 30.0,
    ssl_context: ssl.SSLContext | None = None,
) -> Iterator[ImapFolder]:
    """Connect, log in and select the folder; raises :class:`ImapError` for any failure."""
    connection: imaplib.IMAP4 | None = None
    try:
        connection = _connect(mailbox, timeout, ssl_context)
        secret = password()
        if not secret:
            raise CredentialError(
                f"No IMAP password stored for {mailbox.user}; set it again with "
                f"'fieldkit desk set ... --imap-user {mailbox.user}' or {IMAP_PASSWORD_ENV}."
            )
        _login(connection, mailbox.user, secret)
        status, data = connection.select(_quoted(mailbox.folder), readonly=readonly)
        if status != "OK":
            raise _NoFolder(mailbox.folder, data)
        _name, values = connection.response("UIDVALIDITY")
        uidvalidity = int(values[0]) if values and values[0] else 0
        folder = ImapFolder(connection, mailbox, uidvalidity)
    except Exception as error:
        _close(connection)
        raise ImapError(classify(error, mailbox)) from error
    try:
        yield folder
    except ImapError:
        raise
    except (imaplib.IMAP4.error, OSError) as error:
        raise ImapError(classify(error, mailbox)) from error
    finally:
        _close(connection)


class _NoFolder(Exception):
    def __init__(self, folder: str, data: Sequence[object]) -> None:
        detail = b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace")
        super().__init__(f"The folder {folder!r} cannot be opened: {detail}")


def _connect(mailbox: ImapMailbox, timeout: float, context: ssl.SSLContext | None) -> imaplib.IMAP4:
    host, port = mailbox.host.strip(), int(mailbox.port)
    context = context or ssl.create_default_context()
    if mailbox.security == "tls":
        return imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=timeout)
    connection = imaplib.IMAP4(host, port, timeout=timeout)
    if mailbox.security == "starttls":
        connection.starttls(ssl_context=context)
    return connection


def _login(connection: imaplib.IMAP4, user: str, password: str) -> None:
    """LOGIN, or AUTHENTICATE PLAIN for a user or password beyond ASCII (RFC 4616)."""
    if user.isascii() and password.isascii():
        connection.login(user, password)
        return
    token = f"\0{user}\0{password}".encode()
    connection.authenticate("PLAIN", lambda _challenge: token)


def _close(connection: imaplib.IMAP4 | None) -> None:
    if connection is None:
        return
    try:
        connection.logout()
    except (imaplib.IMAP4.error, OSError):
        with suppress(OSError):
            connection.shutdown()


def classify(error: BaseException, mailbox: ImapMailbox) -> Fault:
    """The :class:`Fault` for anything imaplib, ssl or the socket raised."""
    text = f"{type(error).__name__}: {error}"
    if isinstance(error, ImapError):
        return error.fault
    if isinstance(error, CredentialError):
        return Fault(FaultKind.LOGIN, "imap_no_password", str(error))
    if isinstance(error, _NoFolder):
        return Fault(FaultKind.PERMANENT, "imap_no_folder", str(error))
    if isinstance(error, ssl.SSLCertVerificationError):
        return Fault(
            FaultKind.PERMANENT,
            "imap_tls_failed",
            f"The IMAP server's certificate could not be verified "
            f"({error.verify_message or error}); check the server name, or trust its CA "
            "(SSL_CERT_FILE).",
        )
    if isinstance(error, ssl.SSLEOFError | ssl.SSLZeroReturnError | ssl.SSLSyscallError):
        return Fault(FaultKind.OFFLINE, "imap_unavailable", text)
    if isinstance(error, ssl.SSLError):
        return Fault(FaultKind.PERMANENT, "imap_tls_failed", text)
    if isinstance(error, imaplib.IMAP4.abort | socket.timeout | OSError | EOFError):
        return Fault(FaultKind.OFFLINE, "imap_unavailable", text, ambiguous=True)
    if isinstance(error, imaplib.IMAP4.error):
        upper = str(error).upper()
        if "AUTHENTICATIONFAILED" in upper or "LOGIN" in upper or "AUTHENTICATE" in upper:
            return Fault(
                FaultKind.LOGIN,
                "imap_login_failed",
                f"The IMAP server refused the login for {mailbox.user} ({error}). Set the "
                f"password again ('fieldkit desk set' or {IMAP_PASSWORD_ENV}).",
            )
        if "UNAVAILABLE" in upper or "INUSE" in upper:
            return Fault(FaultKind.TEMPORARY, "imap_busy", text)
        return Fault(FaultKind.PERMANENT, "imap_refused", text)
    return Fault(FaultKind.TEMPORARY, "internal", text, ambiguous=True)
