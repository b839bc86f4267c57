"""Help-request rows: the requests, their attachments and replies, and their outbox entries.

The outbox runner (``sync``) owns sending; this module owns the request's side of it:
which entries a request has, the request's state summed up from them, and where a
delivered request arrived. The deliveries call these with the runner's session.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.checklists import UnknownTemplate
from desktop_app.core.help_request import FORM_FIELDS, AttachmentInfo, RequestForm, RequestNotFound
from desktop_app.core.help_request_delivery import RequestState, state_from_channels
from desktop_app.core.help_request_text import HelpRequestContent, content_from_form
from desktop_app.core.replies import ParsedReply
from desktop_app.store.bundled import get_template
from desktop_app.store.models import (
    ChecklistItem,
    HelpRequest,
    OutboxEntry,
    OutboxState,
    RequestAttachment,
    RequestReply,
    utcnow,
)


# -- requests ----------------------------------------------------------------------------
def get_request(session: Session, request_id: int) -> HelpRequest:
    """The request with this id; raises :class:`RequestNotFound`."""
    request = session.get(HelpRequest, request_id)
    if request is None:
        raise RequestNotFound(request_id)
    return request


def requests_newest_first(session: Session) -> list[HelpRequest]:
    """Every request, the most recently changed first."""
    return list(
        session.scalars(
            select(HelpRequest).order_by(HelpRequest.updated_at.desc(), HelpRequest.id.desc())
        )
    )


def add_request(
    session: Session,
    *,
    partnership_id: int | None,
    checklist_item_id: int | None,
    fields: Mapping[str, Any],
) -> HelpRequest:
    """A new draft with these form fields (cleaned by the caller), flushed for its id."""
    request = HelpRequest(partnership_id=partnership_id, checklist_item_id=checklist_item_id)
    change_request(request, fields)
    session.add(request)
    session.flush()
    return request


def change_request(request: HelpRequest, fields: Mapping[str, Any]) -> None:
    """Set form fields (cleaned by the caller: ``core.help_request.form_changes``)."""
    for name, value in fields.items():
        setattr(request, name, value)


def request_form(request: HelpRequest) -> RequestForm:
    """The form as stored; the partnership's name stands in for an empty partner name."""
    values = {name: getattr(request, name) for name in FORM_FIELDS}
    values["help_wanted"] = tuple(request.help_wanted or ())
    if request.partnership is not None and not request.partner_name:
        values["partner_name"] = request.partnership.name
    attachments = tuple(AttachmentInfo(a.filename, a.size) for a in request.attachments)
    return RequestForm(**values, attachments=attachments)


def checklist_step_title(item: ChecklistItem | None, language: str = "en") -> str:
    """The checklist step a request was started from, in words ("" for none)."""
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
    """What the renderers need of a stored request (preview and deliveries alike)."""
    return content_from_form(
        request.uuid,
        request_form(request),
        partnership=request.partnership.name if request.partnership else "",
        checklist_step=checklist_step_title(request.checklist_item),
        attachments_mailed=attachments_mailed,
    )


# -- attachments -------------------------------------------------------------------------
def get_attachment(session: Session, attachment_id: int) -> RequestAttachment:
    """One attachment by id (raises ``LookupError`` when there is none)."""
    attachment = session.get(RequestAttachment, attachment_id)
    if attachment is None:
        raise LookupError(f"no attachment {attachment_id}")
    return attachment


def add_attachment(
    session: Session, request: HelpRequest, *, filename: str, media_type: str, content: bytes
) -> RequestAttachment:
    """Store a copy of a file with the request, flushed for its id."""
    attachment = RequestAttachment(
        filename=filename, media_type=media_type, size=len(content), content=content
    )
    request.attachments.append(attachment)
    session.flush()
    return attachment


def delete_attachment(session: Session, attachment: RequestAttachment) -> None:
    """Remove an attachment (with its bytes) from its request."""
    session.delete(attachment)


# -- replies -----------------------------------------------------------------------------
def replies_of(session: Session, request_id: int) -> list[RequestReply]:
    """The replies stored for a request, oldest first."""
    return list(
        session.scalars(
            select(RequestReply)
            .where(RequestReply.help_request_id == request_id)
            .order_by(RequestReply.id)
        )
    )


def unseen_reply_count(session: Session, request_id: int) -> int:
    """How many of a request's replies were not shown yet."""
    count = session.scalar(
        select(func.count())
        .select_from(RequestReply)
        .where(RequestReply.help_request_id == request_id, RequestReply.seen.is_(False))
    )
    return count or 0


def mark_replies_seen(session: Session, request_id: int) -> None:
    """Every reply of the request was shown to the user."""
    for reply in replies_of(session, request_id):
        reply.seen = True


# -- the request's outbox entries ----------------------------------------------------------
def outbox_entries_of(session: Session, request_id: int) -> list[OutboxEntry]:
    """The request's delivery channels (outbox entries), in the order they were made."""
    return list(
        session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.help_request_id == request_id)
            .order_by(OutboxEntry.id)
        )
    )


def any_channel_sent(session: Session, request_id: int) -> bool:
    """Whether some channel already delivered the request (it is history then)."""
    sent = session.scalar(
        select(func.count())
        .select_from(OutboxEntry)
        .where(OutboxEntry.help_request_id == request_id, OutboxEntry.state == OutboxState.SENT)
    )
    return bool(sent)


def outbox_entry_of_kind(session: Session, request_id: int, kind: str) -> OutboxEntry | None:
    """The request's entry for one channel, if it was ever queued on it."""
    return session.scalar(
        select(OutboxEntry).where(
            OutboxEntry.help_request_id == request_id, OutboxEntry.kind == kind
        )
    )


def add_outbox_entry(
    session: Session, request: HelpRequest, kind: str, *, idempotency_key: str | None = None
) -> OutboxEntry:
    """Queue the request on one channel (a new outbox entry, due now), flushed."""
    key = {"idempotency_key": idempotency_key} if idempotency_key else {}
    entry = OutboxEntry(kind=kind, help_request_id=request.id, payload={}, **key)
    session.add(entry)
    session.flush()
    return entry


def failed_entries_of_kind(session: Session, kind: str) -> list[OutboxEntry]:
    """Entries of one channel that failed for good and wait for someone to act."""
    return list(
        session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.kind == kind, OutboxEntry.state == OutboxState.FAILED)
            .order_by(OutboxEntry.id)
        )
    )


def make_due_now(entry: OutboxEntry) -> None:
    """Queue an undelivered entry again, due at once (a delivered one stays as it is)."""
    if entry.state != OutboxState.SENT:
        entry.state = OutboxState.QUEUED
        entry.next_attempt_at = utcnow()


def delete_outbox_entries(session: Session, request_id: int) -> None:
    """Take the request out of the outbox on every channel."""
    for entry in outbox_entries_of(session, request_id):
        session.delete(entry)


def failed_delivery_count(session: Session) -> int:
    """Outbox entries that failed and wait (for a retry, or for the user to fix something)."""
    query = select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "failed")
    return int(session.scalar(query) or 0)


def mirror_request_state(session: Session, request: HelpRequest) -> None:
    """The request's state from its channels: the least advanced one wins."""
    session.flush()
    state = state_from_channels(entry.state for entry in outbox_entries_of(session, request.id))
    if state is None:
        return
    request.state = state
    if state == RequestState.SENT:
        request.sent_at = request.sent_at or utcnow()


def mirror_outbox_state(session: Session, entry: OutboxEntry) -> None:
    """Show an outbox entry's delivery state on the request it carries."""
    mirror_request_state(session, session.get_one(HelpRequest, entry.help_request_id))


def record_request_sent(session: Session, entry: OutboxEntry, *, revision: int, url: str) -> None:
    """Remember where a delivered request arrived on the wiki."""
    request = session.get_one(HelpRequest, entry.help_request_id)
    request.remote_revision = revision
    request.remote_url = url
    if entry.result and entry.result.get("page_title"):
        request.remote_page = str(entry.result["page_title"])
    mirror_request_state(session, request)


def record_request_mailed(session: Session, entry: OutboxEntry, *, message_id: str) -> None:
    """Remember the Message-ID the helpdesk received."""
    request = session.get_one(HelpRequest, entry.help_request_id)
    request.message_id = message_id
    mirror_request_state(session, request)


# -- replies read back from the wiki ----------------------------------------------------------


def watched_on_wiki(session: Session, since: datetime) -> dict[str, list[tuple[int, str]]]:
    """Helpdesk page → [(request id, uuid)] for wiki requests sent since ``since``."""
    query = select(HelpRequest).where(
        HelpRequest.remote_page.is_not(None), HelpRequest.sent_at >= since
    )
    pages: dict[str, list[tuple[int, str]]] = {}
    for request in session.scalars(query):
        pages.setdefault(str(request.remote_page), []).append((request.id, request.uuid))
    return pages


def store_new_replies(
    session: Session, request_id: int, replies: Iterable[ParsedReply] | None, checked_at: datetime
) -> int | None:
    """Keep the replies not seen before; ``None`` (and nothing stored) when the section is
    gone. Returns how many were new."""
    request = get_request(session, request_id)
    request.replies_checked_at = checked_at
    if replies is None:
        return None
    known = {reply.reply_key for reply in request.replies}
    new = 0
    for reply in replies:
        if reply.key in known:
            continue
        known.add(reply.key)
        request.replies.append(
            RequestReply(
                reply_key=reply.key,
                author=reply.author,
                signed_at=reply.signed_at,
                text=reply.text,
            )
        )
        new += 1
    return new


def mailed_since(session: Session, since: datetime) -> list[tuple[int, str]]:
    """``(request id, Message-ID)`` of requests mailed since ``since`` (replies come back)."""
    query = select(HelpRequest.id, HelpRequest.message_id).where(
        HelpRequest.message_id.is_not(None), HelpRequest.sent_at >= since
    )
    return [(int(request_id), str(message_id)) for request_id, message_id in session.execute(query)]
