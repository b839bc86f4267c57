"""The IMAP adapter against a real dovecot: TLS with the test CA, login, UIDs, keywords,
UIDVALIDITY, and every failure a Fault."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from desktop_app.core.faults import FaultKind
from desktop_app.mail.imap import ImapError, ImapMailbox, open_folder
from tests.fixtures.imap import TestImapServer


def _mail(subject: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Karin <karin@example.org>"
    message["To"] = "helpdesk@example.org"
    message["Subject"] = subject
    message["Message-ID"] = f"<{subject.replace(' ', '-')}@example.org>"
    message.set_content(f"Body of {subject}")
    return bytes(message)


def _mailbox(server: TestImapServer, security: str = "tls") -> ImapMailbox:
    port = server.tls_port if security == "tls" else server.port
    return ImapMailbox(server.host, port, security, "helpdesk")


def test_reads_new_messages_by_uid_over_tls_without_marking_them_seen(
    imap_server: TestImapServer,
) -> None:
    imap_server.append("helpdesk", _mail("first"))
    imap_server.append("helpdesk", _mail("second"))
    password = imap_server.users["helpdesk"]  # not ASCII: AUTHENTICATE PLAIN
    with open_folder(
        _mailbox(imap_server), lambda: password, ssl_context=imap_server.client_context()
    ) as folder:
        uids = folder.all_uids()
        assert len(uids) == 2 and folder.uidvalidity > 0
        assert folder.uids_after(uids[-1]) == []
        messages = folder.fetch(folder.uids_after(uids[0]))
    assert [m.uid for m in messages] == [uids[1]]
    assert b"Body of second" in messages[0].raw
    assert all("\\Seen" not in flags for flags in imap_server.flags_of("helpdesk").values())


def test_keywords_are_set_for_other_clients_to_see(imap_server: TestImapServer) -> None:
    imap_server.append("helpdesk", _mail("kw"))
    password = imap_server.users["helpdesk"]
    with open_folder(
        _mailbox(imap_server, "starttls"),
        lambda: password,
        readonly=False,
        ssl_context=imap_server.client_context(),
    ) as folder:
        uid = folder.all_uids()[0]
        folder.replace_keywords(uid, "$FieldkitNew", [])
        folder.replace_keywords(uid, "$FieldkitAccepted", ["$FieldkitNew", "$FieldkitAccepted"])
        assert "$FieldkitNew" not in folder.flags([uid])[uid]
        assert "$FieldkitAccepted" in folder.flags([uid])[uid]
    assert "$FieldkitAccepted" in imap_server.flags_of("helpdesk")[uid]


@pytest.mark.parametrize(
    ("change", "kind", "code"),
    [
        ("password", FaultKind.LOGIN, "imap_login_failed"),
        ("no_password", FaultKind.LOGIN, "imap_no_password"),
        ("folder", FaultKind.PERMANENT, "imap_no_folder"),
        ("untrusted", FaultKind.PERMANENT, "imap_tls_failed"),
        ("stopped", FaultKind.OFFLINE, "imap_unavailable"),
    ],
)
def test_every_failure_is_a_fault(
    imap_server: TestImapServer, change: str, kind: FaultKind, code: str
) -> None:
    mailbox = _mailbox(imap_server)
    password: str | None = imap_server.users["helpdesk"]
    context = imap_server.client_context()
    if change == "password":
        password = "wrong"
    elif change == "no_password":
        password = None
    elif change == "folder":
        mailbox = ImapMailbox(mailbox.host, mailbox.port, "tls", "helpdesk", "Nope")
    elif change == "untrusted":
        context = None  # the system's CAs do not know the test CA
    elif change == "stopped":
        imap_server.stop()
    with (
        pytest.raises(ImapError) as caught,
        open_folder(mailbox, lambda: password, ssl_context=context, timeout=5),
    ):
        pass
    assert (caught.value.fault.kind, caught.value.fault.code) == (kind, code)
