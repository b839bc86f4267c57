"""Delivering a help request by email (the SMTP transport is :mod:`desktop_app.mail.smtp`).

Idempotency has two halves. The Message-ID is derived from the request's uuid, so a
repeated attempt is recognisably the same message. And every message the server accepted
is written to a small journal in the data folder *before* the outbox records success: when
an attempt may have arrived (a crash after the server's "250 OK"), the journal is checked
first and the mail is not sent again. What SMTP cannot tell us — a connection lost after
the data went out but before the server answered — is resent with the same Message-ID.
"""

from __future__ import annotations

import logging
import os
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
from desktop_app.mail.smtp import MailError, SmtpServer, send_message
from desktop_app.store.models import HelpRequest, OutboxEntry
from desktop_app.store.repositories.requests import (
    mirror_outbox_state,
    record_request_mailed,
    request_content,
    request_form,
)
from desktop_app.sync.outbox import DeliveryError, PermanentError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

JOURNAL_NAME = "mail-sent.log"


def smtp_server(settings: AppSettings) -> SmtpServer:
    """The helpdesk's SMTP server as the settings name it."""
    return SmtpServer(
        host=settings.helpdesk_smtp_host,
        port=int(settings.helpdesk_smtp_port),
        security=settings.helpdesk_smtp_security,
        user=settings.helpdesk_smtp_user,
    )


def save_smtp_password(settings: AppSettings, password: str) -> None:
    """Store the SMTP password in the keyring (raises ``NoKeyringError`` without one)."""
    smtp_server(settings).save_password(password)


def load_smtp_password(settings: AppSettings) -> str | None:
    """``FIELDKIT_SMTP_PASSWORD``, else the keyring's entry; ``None`` when neither has one."""
    return smtp_server(settings).load_password()


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
            send_message(
                smtp_server(self.settings),
                message,
                sender=prepared.sender,
                to=prepared.to,
                password=self._password_provider,
                timeout=self.timeout,
            )
        except MailError as error:
            raise DeliveryError(error.fault) from error
        self.journal.add(prepared.message_id)
        return self._result(prepared, already_there=False)

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
