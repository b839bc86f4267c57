"""Gathering requests from the helpdesk's mailbox folder, incrementally by UID.

Only messages above the last UID read are downloaded; when the folder's UIDVALIDITY
changed (a restored or rebuilt mailbox) every UID is stale, so the whole folder is read
again and each message is matched by its Message-ID: nothing is duplicated, nothing lost.
A message that answers a known one (In-Reply-To/References, or one of our replies) joins
that request's thread; one carrying ``X-Fieldkit-Request`` joins the request with that
uuid (the same request may have come as a wiki section too). The keywords of every
known message are read each time: that is where other desks publish the state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.desk import EMAIL
from desktop_app.core.desk_mail import MailRequest, parse_mail, request_subject
from desktop_app.core.desk_status import state_from_keywords
from desktop_app.mail.imap import FetchedMessage, ImapMailbox, open_folder
from desktop_app.store.models import DeskRequest, utcnow
from desktop_app.store.repositories import desk as rows

if TYPE_CHECKING:
    import ssl

    from sqlalchemy.orm import Session

    from desktop_app.store.db import Database


@dataclass
class MailboxReport:
    """What one mailbox fetch found."""

    folder: str
    uidvalidity: int | None = None
    uidvalidity_changed: bool = False
    messages: int = 0  # downloaded this time
    new: int = 0  # new requests
    thread_messages: int = 0  # follow-ups joined to a known request
    state_changes: int = 0
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def source_name(mailbox: ImapMailbox) -> str:
    """The fetch-state key of a mailbox folder."""
    return f"imap:{mailbox.name}"


def gather_mailbox(
    db: Database,
    mailbox: ImapMailbox,
    password: Callable[[], str | None],
    *,
    ssl_context: ssl.SSLContext | None = None,
) -> MailboxReport:
    """Read the new messages of the folder and store them (blocking: network).

    Raises :class:`~desktop_app.mail.imap.ImapError` when the mailbox cannot be read.
    """
    report = MailboxReport(mailbox.name)
    name = source_name(mailbox)
    with db.session() as session:
        state = rows.fetch_state(session, name)
        last_uid, known_validity = state.last_uid or 0, state.uidvalidity
        known = {
            source.uid: source.source_key
            for source in rows.mail_sources_of(session, mailbox.name)
            if source.uid is not None and source.uidvalidity == known_validity
        }
    with open_folder(mailbox, password, ssl_context=ssl_context) as folder:
        report.uidvalidity = folder.uidvalidity
        if known_validity is not None and folder.uidvalidity != known_validity:
            report.uidvalidity_changed = True
            last_uid, known = 0, {}
        fetched = folder.fetch(folder.uids_after(last_uid))
        flags = folder.flags(sorted(known))
    report.messages = len(fetched)
    with db.session() as session:
        for message in fetched:
            _store_message(session, mailbox, folder.uidvalidity, message, report)
        for uid, keywords in flags.items():
            source = rows.source_by_key(session, known[uid])
            if source is not None:
                source.keywords = list(keywords)
                _adopt_keywords(session, source.request, list(keywords), report)
        state = rows.fetch_state(session, name)
        state.uidvalidity = folder.uidvalidity
        state.last_uid = max([last_uid, *(message.uid for message in fetched)])
        state.fetched_at = utcnow()
    return report


def _adopt_keywords(
    session: Session, request: DeskRequest, keywords: list[str], report: MailboxReport
) -> None:
    state = state_from_keywords(keywords)
    if state is not None and rows.adopt_public_state(
        session, request, state.value, request.assignee
    ):
        report.state_changes += 1


def _store_message(
    session: Session,
    mailbox: ImapMailbox,
    uidvalidity: int,
    fetched: FetchedMessage,
    report: MailboxReport,
) -> None:
    mail = parse_mail(fetched.raw)
    source_key = f"mail:{mail.message_id}"
    where = {"mailbox": mailbox.name, "uidvalidity": uidvalidity, "uid": fetched.uid}
    source = rows.source_by_key(session, source_key)
    if source is not None:  # read before (a UIDVALIDITY change): only its place moved
        for field, value in where.items():
            setattr(source, field, value)
        source.keywords = list(fetched.flags)
        return
    request, role = _request_for(session, mail, report)
    rows.add_source(
        session,
        request,
        source_key,
        channel=EMAIL,
        role=role,
        message_id=mail.message_id,
        in_reply_to=mail.in_reply_to[0] if mail.in_reply_to else None,
        references=list(mail.references),
        keywords=list(fetched.flags),
        sender=(
            f"{mail.sender_name} <{mail.sender_address}>"
            if mail.sender_name
            else mail.sender_address
        )[:300],
        reply_to=mail.reply_to[:300],
        subject=mail.subject[:500],
        sent_at=mail.sent_at,
        text=mail.text,
        was_html=mail.was_html,
        attachments=[a.__dict__ for a in mail.attachments],
        **where,
    )
    if role == "request":
        _adopt_keywords(session, request, list(fetched.flags), report)


def _request_for(
    session: Session, mail: MailRequest, report: MailboxReport
) -> tuple[DeskRequest, str]:
    """The request a message belongs to (made when new) and its role in it."""
    if mail.fieldkit_reply_uuid is None and mail.fieldkit_uuid:
        key = f"fieldkit:{mail.fieldkit_uuid}"
        request = rows.request_by_key(session, key)
        if request is not None:
            _fill_from_mail(request, mail)
            return request, "request"
        request = rows.add_request(
            session,
            key,
            fieldkit_uuid=mail.fieldkit_uuid,
            first_channel=EMAIL,
            received_at=mail.sent_at or utcnow(),
        )
        _fill_from_mail(request, mail)
        report.new += 1
        return request, "request"
    parent = rows.request_of_message_ids(session, mail.thread_parents)
    if parent is not None:
        report.thread_messages += 1
        return parent, "message"
    request = rows.add_request(
        session,
        f"mail:{mail.message_id}",
        first_channel=EMAIL,
        received_at=mail.sent_at or utcnow(),
    )
    _fill_from_mail(request, mail)
    report.new += 1
    return request, "request"


def _fill_from_mail(request: DeskRequest, mail: MailRequest) -> None:
    """Take what the mail says where the request has nothing yet (the wiki text wins)."""
    fields = mail.fields
    values = {
        "subject": request_subject(mail.subject)[:500],
        "requester_name": (fields.get("requester_name") or mail.sender_name)[:300],
        "requester_user": fields.get("requester_user", "")[:300],
        "requester_email": (fields.get("requester_email") or mail.reply_to)[:300],
        "partner": fields.get("partner", "")[:300],
        "text": mail.text,
    }
    for name, value in values.items():
        if value and not getattr(request, name):
            setattr(request, name, value)
    if not request.fields and fields:
        request.fields = dict(fields)
