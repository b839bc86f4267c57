"""Desk work by mail: a reply threaded to the request's mail, and its IMAP keyword.

A reply's Message-ID is derived from its uuid and every message the SMTP server accepted
is written to the journal before the outbox records success (as for requests), so a
reply is not sent twice after a crash. The state of a mailed request is a keyword on its
message (``$FieldkitAccepted``...), which every desk reads when it fetches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

from desktop_app.core.desk import EMAIL, REPLY_EMAIL_KIND, STATUS_IMAP_KIND, DeskState
from desktop_app.core.desk_reply import OriginalMail, build_reply_mail, reply_message_id
from desktop_app.core.desk_status import IMAP_KEYWORDS
from desktop_app.core.settings import AppSettings
from desktop_app.mail.imap import ImapError, ImapMailbox, open_folder
from desktop_app.mail.smtp import MailError, send_message
from desktop_app.store.models import OutboxEntry
from desktop_app.store.repositories import desk as rows
from desktop_app.sync.deliveries.email import SentJournal, load_smtp_password, smtp_server
from desktop_app.sync.outbox import DeliveryError, PermanentError

if TYPE_CHECKING:
    import ssl

    from sqlalchemy.orm import Session


def desk_sender(settings: AppSettings) -> str:
    """The desk's From address: its own, else the IMAP login when it is an address."""
    for candidate in (settings.desk_from_address, settings.desk_imap_user):
        if "@" in candidate:
            return candidate.strip()
    return settings.helpdesk_from_address.strip()


def desk_mailbox(settings: AppSettings) -> ImapMailbox:
    """The desk's mailbox folder as the settings name it."""
    return ImapMailbox(
        host=settings.desk_imap_host.strip(),
        port=int(settings.desk_imap_port),
        security=settings.desk_imap_security,
        user=settings.desk_imap_user.strip(),
        folder=settings.desk_imap_folder.strip() or "INBOX",
    )


@dataclass(frozen=True)
class PreparedMailReply:
    message: EmailMessage
    message_id: str
    to: str
    sender: str


class DeskMailReplyDelivery:
    """Mails a queued reply to whoever wrote the request, in the same thread."""

    kind = REPLY_EMAIL_KIND

    def __init__(
        self,
        settings: AppSettings,
        journal: SentJournal,
        *,
        password_provider: Callable[[], str | None] | None = None,
    ) -> None:
        self.settings = settings
        self.journal = journal
        self._password = password_provider or (lambda: load_smtp_password(settings))

    def prepare(self, session: Session, entry: OutboxEntry) -> PreparedMailReply:
        reply = rows.get_reply(session, int(entry.payload["desk_reply_id"]))
        request = reply.request
        mails = [s for s in rows.sources_of(session, request.id, EMAIL) if s.role == "request"]
        if not mails:
            raise PermanentError("desk_no_mail", "The request did not come by mail.")
        original = mails[0]
        sender = desk_sender(self.settings)
        to = original.reply_to or request.requester_email
        message = build_reply_mail(
            reply.uuid,
            reply.text,
            OriginalMail(
                message_id=str(original.message_id or ""),
                references=tuple(original.references or ()),
                subject=original.subject or request.subject,
                reply_to=to,
                fieldkit_uuid=request.fieldkit_uuid,
            ),
            sender=sender or "helpdesk@fieldkit.invalid",
        )
        return PreparedMailReply(message, reply_message_id(reply.uuid, sender), to, sender)

    def send(self, prepared: PreparedMailReply, *, maybe_arrived: bool) -> dict[str, Any]:
        result = {"message_id": prepared.message_id, "to": prepared.to}
        if maybe_arrived and prepared.message_id in self.journal:
            return result | {"found_existing": True}
        if not (prepared.to and prepared.sender and self.settings.helpdesk_smtp_host.strip()):
            raise PermanentError(
                "email_not_configured",
                "Set the SMTP server ('fieldkit helpdesk set --smtp') and the desk's address.",
            )
        try:
            send_message(
                smtp_server(self.settings),
                prepared.message,
                sender=prepared.sender,
                to=prepared.to,
                password=self._password,
            )
        except MailError as error:
            raise DeliveryError(error.fault) from error
        self.journal.add(prepared.message_id)
        return result | {"found_existing": False}

    def on_sent(self, session: Session, entry: OutboxEntry, result: dict[str, Any]) -> None:
        rows.mirror_reply_state(session, entry)

    def on_state(self, session: Session, entry: OutboxEntry) -> None:
        rows.mirror_reply_state(session, entry)


@dataclass(frozen=True)
class PreparedKeyword:
    state: DeskState
    assignee: str
    messages: tuple[tuple[str, int | None, int | None], ...]  # (Message-ID, UIDVALIDITY, UID)


class DeskImapStatusDelivery:
    """Puts the request's state on its message as a keyword (others take theirs off)."""

    kind = STATUS_IMAP_KIND

    def __init__(
        self,
        settings: AppSettings,
        *,
        password_provider: Callable[[], str | None] | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.mailbox = desk_mailbox(settings)
        self._password = password_provider or self.mailbox.load_password
        self._ssl_context = ssl_context

    def prepare(self, session: Session, entry: OutboxEntry) -> PreparedKeyword:
        request = rows.get_request(session, int(entry.payload["desk_request_id"]))
        messages = tuple(
            (str(source.message_id), source.uidvalidity, source.uid)
            for source in rows.sources_of(session, request.id, EMAIL)
            if source.role == "request" and source.mailbox == self.mailbox.name
        )
        return PreparedKeyword(DeskState(request.state), request.assignee, messages)

    def send(self, prepared: PreparedKeyword, *, maybe_arrived: bool) -> dict[str, Any]:
        keyword = IMAP_KEYWORDS[prepared.state]
        try:
            with open_folder(
                self.mailbox, self._password, readonly=False, ssl_context=self._ssl_context
            ) as folder:
                for message_id, uidvalidity, uid in prepared.messages:
                    uids = [uid] if uid and uidvalidity == folder.uidvalidity else []
                    if not uids:  # the folder was rebuilt: find the message again
                        uids = folder.search_header("Message-ID", message_id)
                    for found in uids:
                        folder.replace_keywords(found, keyword, list(IMAP_KEYWORDS.values()))
        except ImapError as error:
            raise DeliveryError(error.fault) from error
        return {"state": prepared.state.value, "assignee": prepared.assignee, "keyword": keyword}

    def on_sent(self, session: Session, entry: OutboxEntry, result: dict[str, Any]) -> None:
        rows.mark_published(
            session, int(entry.payload["desk_request_id"]), result["state"], result["assignee"]
        )

    def on_state(self, session: Session, entry: OutboxEntry) -> None:
        """Nothing to mirror (see the wiki status delivery)."""
