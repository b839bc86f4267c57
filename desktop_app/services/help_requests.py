"""Writing, validating, previewing, queueing and listing help requests.

Every call commits before it returns: a draft is on disk the moment the user (or a
script) is told it was saved. A queued request gets one outbox entry per configured
channel (wiki section, email); the request's state summarises its entries.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.checklists import UnknownTemplate, get_template
from desktop_app.core.form_checks import InvalidInput, blocking, field_error
from desktop_app.core.help_request import (
    FORM_FIELDS,
    AttachmentInfo,
    RequestForm,
    validate_attachment,
    validate_request,
)
from desktop_app.core.help_request_mail import (
    mail_subject,
    message_id_for,
    render_mail_text,
)
from desktop_app.core.help_request_text import (
    HelpRequestContent,
    render_section_text,
    section_title,
)
from desktop_app.core.problems import Problem
from desktop_app.core.settings import AppSettings
from desktop_app.store.db import Database
from desktop_app.store.models import (
    ChecklistItem,
    HelpRequest,
    OutboxEntry,
    OutboxState,
    Partnership,
    RequestAttachment,
    RequestReply,
    RequestState,
    utcnow,
)
from desktop_app.store.settings_repository import load_settings

WIKI_SECTION_KIND = "help_request.wiki_section"
EMAIL_KIND = "help_request.email"
_SETTINGS_DEFAULTS = (
    "requester_name", "requester_affiliation_kind", "requester_affiliation",
    "requester_country", "requester_languages", "requester_email",
)  # fmt: skip

_REQUEST_STATE_FOR = {
    OutboxState.QUEUED: RequestState.QUEUED,
    OutboxState.SENDING: RequestState.SENDING,
    OutboxState.FAILED: RequestState.FAILED,
    OutboxState.SENT: RequestState.SENT,
}


class RequestNotEditable(Exception):
    """The request was already sent; sent requests are history and stay as they were."""


@dataclass(frozen=True)
class ChannelState:
    """One delivery channel of a request (its outbox entry)."""

    entry_id: int
    kind: str
    state: str
    last_error: str | None
    next_attempt_at: datetime | None
    attempts: int


@dataclass(frozen=True)
class HelpRequestSummary:
    """What lists show of a request."""

    id: int
    uuid: str
    subject: str
    state: str
    updated_at: datetime
    remote_url: str | None
    last_error: str | None
    next_attempt_at: datetime | None
    message_id: str | None = None
    partnership: str = ""
    new_replies: int = 0
    channels: tuple[ChannelState, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["channels"] = [dict(channel.__dict__) for channel in self.channels]
        return data


@dataclass(frozen=True)
class AttachmentView:
    id: int
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True)
class HelpRequestDetail:
    """One request for the editor: the form, where it stands, attachments, replies."""

    summary: HelpRequestSummary
    form: RequestForm
    partnership_id: int | None
    checklist_item_id: int | None
    attachments: tuple[AttachmentView, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class RequestPreview:
    """Exactly what would be sent with the current settings, per channel."""

    wiki_page: str | None
    wiki_section_title: str
    wiki_text: str
    email_to: str | None
    email_subject: str
    email_text: str
    email_message_id: str
    attachments: tuple[str, ...] = field(default_factory=tuple)


# -- writing ------------------------------------------------------------------------------
def _editable(session: Session, request: HelpRequest) -> None:
    sent_any = session.scalar(
        select(func.count()).select_from(OutboxEntry).where(
            OutboxEntry.help_request_id == request.id, OutboxEntry.state == OutboxState.SENT
        )
    )  # fmt: skip
    if request.state in (RequestState.SENT, RequestState.SENDING) or sent_any:
        raise RequestNotEditable(request.uuid)


def _prefill(session: Session, request: HelpRequest) -> None:
    """Who is asking comes from the settings, so it is typed once, not per request."""
    settings = load_settings(session)
    for name in _SETTINGS_DEFAULTS:
        setattr(request, name, getattr(settings, name))
    if settings.wiki_username:
        request.requester_username = settings.wiki_username.partition("@")[0]


def save_draft(
    db: Database,
    *,
    subject: str,
    body: str,
    partnership_id: int | None = None,
    request_id: int | None = None,
) -> int:
    """Create or update a draft (or a still-queued request) and commit; returns its id."""
    with db.session() as session:
        if request_id is None:
            request = HelpRequest(partnership_id=partnership_id)
            _prefill(session, request)
            session.add(request)
        else:
            request = session.get_one(HelpRequest, request_id)
            _editable(session, request)
        request.subject = subject
        request.body = body
        if partnership_id is not None:
            request.partnership_id = partnership_id
        session.flush()
        return request.id


def new_request(
    db: Database,
    *,
    partnership_id: int | None = None,
    checklist_item_id: int | None = None,
    **fields: Any,
) -> int:
    """A new draft, prefilled from the settings (and the partnership); returns its id."""
    with db.session() as session:
        request = HelpRequest(partnership_id=partnership_id, checklist_item_id=checklist_item_id)
        _prefill(session, request)
        _apply(request, fields)
        session.add(request)
        session.flush()
        return request.id


def update_request(
    db: Database, request_id: int, *, partnership_id: int | None = None, **fields: Any
) -> None:
    """Autosave some form fields of a draft or queued request."""
    with db.session() as session:
        request = session.get_one(HelpRequest, request_id)
        _editable(session, request)
        _apply(request, fields)
        if partnership_id is not None:
            request.partnership_id = partnership_id


def _apply(request: HelpRequest, fields: Mapping[str, Any]) -> None:
    unknown = sorted(set(fields) - set(FORM_FIELDS))
    if unknown:
        raise TypeError(f"not request fields: {', '.join(unknown)}")
    for name, value in fields.items():
        if name == "help_wanted":
            value = list(value or [])
        elif value is None:
            value = ""
        setattr(request, name, value)


# -- attachments --------------------------------------------------------------------------
def add_attachment(db: Database, request_id: int, path: str | Path) -> int:
    """Copy a file into the request; raises :class:`InvalidInput` past the size limits."""
    source = Path(path)
    try:
        size = source.stat().st_size
    except OSError as error:
        raise InvalidInput(
            [field_error("attachment.unreadable", "attachments", f"{source}: {error}",
                         filename=source.name)]
        ) from error  # fmt: skip
    with db.session() as session:
        request = session.get_one(HelpRequest, request_id)
        _editable(session, request)
        others = [AttachmentInfo(a.filename, a.size) for a in request.attachments]
        problems = validate_attachment(AttachmentInfo(source.name, size), others)
        if problems:
            raise InvalidInput(problems)
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        attachment = RequestAttachment(
            filename=source.name, media_type=media_type, size=size, content=source.read_bytes()
        )
        request.attachments.append(attachment)
        session.flush()
        return attachment.id


def remove_attachment(db: Database, attachment_id: int) -> None:
    with db.session() as session:
        attachment = session.get_one(RequestAttachment, attachment_id)
        _editable(session, attachment.help_request)
        session.delete(attachment)


# -- reading ------------------------------------------------------------------------------
def _form(request: HelpRequest) -> RequestForm:
    values = {name: getattr(request, name) for name in FORM_FIELDS}
    values["help_wanted"] = tuple(request.help_wanted or ())
    if request.partnership is not None and not request.partner_name:
        values["partner_name"] = request.partnership.name
    attachments = tuple(AttachmentInfo(a.filename, a.size) for a in request.attachments)
    return RequestForm(**values, attachments=attachments)


def step_title(item: ChecklistItem | None, language: str = "en") -> str:
    """The checklist step a request was started from, in words."""
    if item is None:
        return ""
    try:
        template_item = get_template(item.checklist.template_id).item(item.item_key)
    except UnknownTemplate:
        return item.item_key
    return template_item.text(language) if template_item else item.item_key


def request_content(
    session: Session, request: HelpRequest, *, attachments_mailed: bool = False
) -> HelpRequestContent:
    """The value the renderers need (used by preview and by the deliveries)."""
    return HelpRequestContent(
        uuid=request.uuid,
        subject=request.subject,
        body=request.body,
        partnership=request.partnership.name if request.partnership else "",
        form=_form(request),
        checklist_step=step_title(request.checklist_item),
        attachments_mailed=attachments_mailed,
    )


def validate(db: Database, request_id: int) -> list[Problem]:
    """Problems of a request's current form (errors block sending)."""
    with db.session() as session:
        return validate_request(_form(session.get_one(HelpRequest, request_id)))


def _channels(session: Session, request_id: int) -> tuple[ChannelState, ...]:
    entries = session.scalars(
        select(OutboxEntry).where(OutboxEntry.help_request_id == request_id).order_by(
            OutboxEntry.id
        )
    )  # fmt: skip
    return tuple(
        ChannelState(e.id, e.kind, e.state, e.last_error, e.next_attempt_at, e.attempts)
        for e in entries
    )


def _summary(session: Session, request: HelpRequest) -> HelpRequestSummary:
    channels = _channels(session, request.id)
    waiting = [c for c in channels if c.state != OutboxState.SENT]
    errors = [c.last_error for c in waiting if c.last_error]
    due = [c.next_attempt_at for c in waiting if c.next_attempt_at is not None]
    new_replies = session.scalar(
        select(func.count()).select_from(RequestReply).where(
            RequestReply.help_request_id == request.id, RequestReply.seen.is_(False)
        )
    )  # fmt: skip
    return HelpRequestSummary(
        id=request.id, uuid=request.uuid, subject=request.subject, state=request.state,
        updated_at=request.updated_at, remote_url=request.remote_url,
        last_error=errors[0] if errors else None, next_attempt_at=min(due) if due else None,
        message_id=request.message_id,
        partnership=request.partnership.name if request.partnership else "",
        new_replies=new_replies or 0, channels=channels,
    )  # fmt: skip


def list_requests(db: Database) -> list[HelpRequestSummary]:
    """All requests, newest first, with their delivery state."""
    with db.session() as session:
        requests = session.scalars(
            select(HelpRequest).order_by(HelpRequest.updated_at.desc(), HelpRequest.id.desc())
        ).all()
        return [_summary(session, request) for request in requests]


def get_request(db: Database, request_id: int) -> HelpRequestDetail:
    """Everything the editor shows of one request."""
    with db.session() as session:
        request = session.get_one(HelpRequest, request_id)
        form = _form(request)
        return HelpRequestDetail(
            summary=_summary(session, request), form=form,
            partnership_id=request.partnership_id, checklist_item_id=request.checklist_item_id,
            attachments=tuple(
                AttachmentView(a.id, a.filename, a.media_type, a.size) for a in request.attachments
            ),
            problems=tuple(validate_request(form)),
        )  # fmt: skip


def count_requests(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(HelpRequest)) or 0


def preview_request(db: Database, request_id: int) -> RequestPreview:
    """What the configured channels would send now (wiki text verbatim, mail text)."""
    with db.session() as session:
        settings = load_settings(session)
        request = session.get_one(HelpRequest, request_id)
        content = request_content(session, request, attachments_mailed=settings.helpdesk_by_email)
        sender = mail_sender(settings, content.form.requester_email)
        return RequestPreview(
            wiki_page=settings.helpdesk_page if settings.helpdesk_by_wiki else None,
            wiki_section_title=section_title(content),
            wiki_text=render_section_text(content),
            email_to=settings.helpdesk_email if settings.helpdesk_by_email else None,
            email_subject=mail_subject(content),
            email_text=render_mail_text(content),
            email_message_id=message_id_for(content.uuid, sender),
            attachments=tuple(a.filename for a in request.attachments),
        )  # fmt: skip


def mail_sender(settings: AppSettings, requester_email: str) -> str:
    """The From address: the configured one, else the requester's own."""
    return settings.helpdesk_from_address.strip() or requester_email.strip()


# -- sending ------------------------------------------------------------------------------
def _channel_kinds(settings: AppSettings) -> list[str]:
    kinds = []
    if settings.helpdesk_by_wiki:
        kinds.append(WIKI_SECTION_KIND)
    if settings.helpdesk_by_email:
        kinds.append(EMAIL_KIND)
    return kinds


def queue_request(db: Database, request_id: int) -> int:
    """Put a request in the outbox, once per configured channel; returns the first entry id.

    Raises :class:`InvalidInput` when the form has errors or no channel is configured.
    """
    with db.session() as session:
        request = session.get_one(HelpRequest, request_id)
        settings = load_settings(session)
        problems = blocking(validate_request(_form(request)))
        kinds = _channel_kinds(settings)
        if not kinds:
            problems.append(
                field_error(
                    "helpdesk.no_channel", "",
                    "No helpdesk is configured: set a wiki page or an email address and "
                    "SMTP server ('fieldkit helpdesk set').",
                )
            )  # fmt: skip
        if settings.helpdesk_by_email and not mail_sender(settings, request.requester_email):
            problems.append(
                field_error(
                    "email.sender_missing", "requester_email",
                    "Mail needs a sender: give your email address or set a From address.",
                )
            )  # fmt: skip
        if problems:
            raise InvalidInput(problems)
        entry_ids = []
        for kind in kinds:
            existing = session.scalar(
                select(OutboxEntry).where(
                    OutboxEntry.help_request_id == request_id, OutboxEntry.kind == kind
                )
            )
            if existing is not None:
                if existing.state != OutboxState.SENT:
                    existing.state = OutboxState.QUEUED
                    existing.next_attempt_at = utcnow()
                entry_ids.append(existing.id)
                continue
            # The wiki entry keeps the request's uuid as its key (the marker on the page).
            key = {"idempotency_key": request.uuid} if kind == WIKI_SECTION_KIND else {}
            entry = OutboxEntry(kind=kind, help_request_id=request.id, payload={}, **key)
            session.add(entry)
            session.flush()
            entry_ids.append(entry.id)
        _mirror(session, request)
        return entry_ids[0]


def withdraw_request(db: Database, request_id: int) -> None:
    """Take a queued request back to draft (only while it is not being or been sent)."""
    with db.session() as session:
        request = session.get_one(HelpRequest, request_id)
        _editable(session, request)
        for entry in session.scalars(
            select(OutboxEntry).where(OutboxEntry.help_request_id == request_id)
        ):
            session.delete(entry)
        request.state = RequestState.DRAFT


def retry_request_now(db: Database, request_id: int) -> None:
    """The user's "retry now": every undelivered channel of the request is due at once."""
    with db.session() as session:
        for entry in session.scalars(
            select(OutboxEntry).where(
                OutboxEntry.help_request_id == request_id, OutboxEntry.state != OutboxState.SENT
            )
        ):
            entry.state = OutboxState.QUEUED
            entry.next_attempt_at = utcnow()
        _mirror(session, session.get_one(HelpRequest, request_id))


# -- called by the outbox deliveries ------------------------------------------------------
def _mirror(session: Session, request: HelpRequest) -> None:
    """The request's state from its channels: the least advanced one wins."""
    session.flush()
    states = {
        OutboxState(entry.state)
        for entry in session.scalars(
            select(OutboxEntry).where(OutboxEntry.help_request_id == request.id)
        )
    }
    for state in (OutboxState.SENDING, OutboxState.FAILED, OutboxState.QUEUED):
        if state in states:
            request.state = _REQUEST_STATE_FOR[state]
            return
    if states:
        request.state = RequestState.SENT
        request.sent_at = request.sent_at or utcnow()


def mirror_outbox_state(session: Session, entry: OutboxEntry) -> None:
    """Show an outbox entry's delivery state on the request it carries."""
    _mirror(session, session.get_one(HelpRequest, entry.help_request_id))


def record_request_sent(session: Session, entry: OutboxEntry, *, revision: int, url: str) -> None:
    """Remember where a delivered request arrived on the wiki."""
    request = session.get_one(HelpRequest, entry.help_request_id)
    request.remote_revision = revision
    request.remote_url = url
    if entry.result and entry.result.get("page_title"):
        request.remote_page = str(entry.result["page_title"])
    _mirror(session, request)


def record_request_mailed(session: Session, entry: OutboxEntry, *, message_id: str) -> None:
    """Remember the Message-ID the helpdesk received."""
    request = session.get_one(HelpRequest, entry.help_request_id)
    request.message_id = message_id
    _mirror(session, request)


# -- replies ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReplyView:
    id: int
    author: str
    signed_at: str
    text: str
    new: bool
    fetched_at: datetime


def list_replies(db: Database, request_id: int) -> list[ReplyView]:
    """Replies stored for a request, oldest first; ``new`` until marked seen."""
    with db.session() as session:
        rows = session.scalars(
            select(RequestReply).where(RequestReply.help_request_id == request_id).order_by(
                RequestReply.id
            )
        )  # fmt: skip
        return [ReplyView(r.id, r.author, r.signed_at, r.text, not r.seen, r.fetched_at)
                for r in rows]  # fmt: skip


def mark_replies_seen(db: Database, request_id: int) -> None:
    with db.session() as session:
        for reply in session.scalars(
            select(RequestReply).where(RequestReply.help_request_id == request_id)
        ):
            reply.seen = True


def partnership_name(db: Database, partnership_id: int) -> str:
    with db.session() as session:
        return session.get_one(Partnership, partnership_id).name
