"""What the UI and the CLI see of a help request: plain values, never database rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.core.help_request import RequestForm, validate_request
from desktop_app.core.problems import Problem
from desktop_app.services.requests.summaries import (
    HelpRequestSummary,
    channel_state,
    summarize,
)
from desktop_app.store.repositories import requests as repo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.models import HelpRequest, RequestReply


@dataclass(frozen=True)
class AttachmentView:
    """An attached file as the form lists it (not its bytes)."""

    id: int
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True)
class HelpRequestDetail:
    """One request for the editor: the form, where it stands, attachments, problems."""

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


@dataclass(frozen=True)
class ReplyView:
    """One reply of the helpdesk; ``new`` until it was shown."""

    id: int
    author: str
    signed_at: str
    text: str
    new: bool
    fetched_at: datetime


def summary_of(session: Session, request: HelpRequest) -> HelpRequestSummary:
    """A stored request with its channels and unseen replies counted."""
    channels = tuple(
        channel_state(
            entry_id=entry.id,
            kind=entry.kind,
            state=entry.state,
            last_error=entry.last_error,
            next_attempt_at=entry.next_attempt_at,
            attempts=entry.attempts,
        )
        for entry in repo.outbox_entries_of(session, request.id)
    )
    return summarize(
        id=request.id,
        uuid=request.uuid,
        subject=request.subject,
        state=request.state,
        updated_at=request.updated_at,
        remote_url=request.remote_url,
        message_id=request.message_id,
        partnership=request.partnership.name if request.partnership else "",
        new_replies=repo.unseen_reply_count(session, request.id),
        channels=channels,
    )


def detail_of(session: Session, request: HelpRequest) -> HelpRequestDetail:
    """A stored request as the editor shows it, with the problems of its form now."""
    form = repo.request_form(request)
    return HelpRequestDetail(
        summary=summary_of(session, request),
        form=form,
        partnership_id=request.partnership_id,
        checklist_item_id=request.checklist_item_id,
        attachments=tuple(
            AttachmentView(a.id, a.filename, a.media_type, a.size) for a in request.attachments
        ),
        problems=tuple(validate_request(form)),
    )


def reply_view(reply: RequestReply) -> ReplyView:
    """A stored reply as a value."""
    return ReplyView(
        reply.id, reply.author, reply.signed_at, reply.text, not reply.seen, reply.fetched_at
    )
