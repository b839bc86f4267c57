"""Writing, validating, previewing, queueing and listing help requests.

Every call commits before it returns: a draft is on disk the moment the user (or a
script) is told it was saved. A queued request gets one outbox entry per configured
channel (wiki section, email); the request's state summarises its entries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.checklists import UnknownTemplate
from desktop_app.core.form_checks import blocking
from desktop_app.core.help_request import (
    FORM_FIELDS,
    AttachmentInfo,
    RequestForm,
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
from desktop_app.store.bundled import get_template
from desktop_app.store.db import Database
from desktop_app.store.models import (
    ChecklistItem,
    HelpRequest,
    OutboxEntry,
    OutboxState,
    Partnership,
    RequestReply,
    RequestState,
)
from desktop_app.store.repositories.settings import load_settings

WIKI_SECTION_KIND = "help_request.wiki_section"
EMAIL_KIND = "help_request.email"
_SETTINGS_DEFAULTS = (
    "requester_name", "requester_affiliation_kind", "requester_affiliation",
    "requester_country", "requester_languages", "requester_email",
)  # fmt: skip

REQUEST_STATE_FOR = {
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
def ensure_editable(session: Session, request: HelpRequest) -> None:
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
            ensure_editable(session, request)
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


def request_defaults(db: Database) -> RequestForm:
    """The form a new request starts with (who is asking, from the settings), unsaved.

    The composer shows these before anything is typed, so an untouched "New request"
    leaves no empty draft behind.
    """
    with db.session() as session:
        request = HelpRequest()
        _prefill(session, request)
        values: dict[str, Any] = {name: getattr(request, name) or "" for name in FORM_FIELDS}
        values["help_wanted"] = ()
        return RequestForm(**values)


def update_request(
    db: Database, request_id: int, *, partnership_id: int | None = None, **fields: Any
) -> None:
    """Autosave some form fields of a draft or queued request."""
    with db.session() as session:
        request = session.get_one(HelpRequest, request_id)
        ensure_editable(session, request)
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
def request_form(request: HelpRequest) -> RequestForm:
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


class RequestNoLongerValid(Exception):
    """A queued request was edited into a form that cannot be sent."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0].message if problems else ""
        super().__init__(
            f"The request was changed after sending and now has {len(problems)} problem(s) "
            f"to fix first: {first}"
        )


def ensure_sendable(request: HelpRequest) -> None:
    """Raise :class:`RequestNoLongerValid` if the form has blocking problems now.

    Queued requests stay editable, so validation at queue time alone is not enough.
    """
    problems = blocking(validate_request(request_form(request)))
    if problems:
        raise RequestNoLongerValid(problems)


def request_content(
    session: Session, request: HelpRequest, *, attachments_mailed: bool = False
) -> HelpRequestContent:
    """The value the renderers need (used by preview and by the deliveries)."""
    return HelpRequestContent(
        uuid=request.uuid,
        subject=request.subject,
        body=request.body,
        partnership=request.partnership.name if request.partnership else "",
        form=request_form(request),
        checklist_step=step_title(request.checklist_item),
        attachments_mailed=attachments_mailed,
    )


def validate(db: Database, request_id: int) -> list[Problem]:
    """Problems of a request's current form (errors block sending)."""
    with db.session() as session:
        return validate_request(request_form(session.get_one(HelpRequest, request_id)))


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
        form = request_form(request)
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


def partnership_name(db: Database, partnership_id: int) -> str:
    with db.session() as session:
        return session.get_one(Partnership, partnership_id).name
