"""What the UI and the CLI see of a help request: plain values, never database rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_app.core.help_request import RequestForm, validate_request
from desktop_app.core.help_request_delivery import RequestState, error_code_of, is_editable
from desktop_app.core.problems import Problem
from desktop_app.store.repositories import requests as repo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.models import HelpRequest, RequestReply


@dataclass(frozen=True)
class ChannelState:
    """One delivery channel of a request (its outbox entry); ``state`` is never draft."""

    entry_id: int
    kind: str
    state: RequestState
    last_error: str | None
    next_attempt_at: datetime | None
    attempts: int
    error_code: str | None = None  # the stable code of ``last_error``: what the UI words


@dataclass(frozen=True)
class HelpRequestSummary:
    """What lists show of a request."""

    id: int
    uuid: str
    subject: str
    state: RequestState
    updated_at: datetime
    remote_url: str | None
    last_error: str | None
    next_attempt_at: datetime | None
    message_id: str | None = None
    partnership: str = ""
    new_replies: int = 0
    channels: tuple[ChannelState, ...] = ()

    @property
    def editable(self) -> bool:
        """Whether the request may still change (nothing of it was delivered yet)."""
        sent = any(channel.state == RequestState.SENT for channel in self.channels)
        return is_editable(self.state, any_channel_sent=sent)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (the ``request list`` objects of the CLI contract)."""
        data = dict(self.__dict__)
        data["channels"] = [dict(channel.__dict__) for channel in self.channels]
        return data


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
        ChannelState(
            entry.id,
            entry.kind,
            RequestState(entry.state),
            entry.last_error,
            entry.next_attempt_at,
            entry.attempts,
            error_code_of(entry.last_error),
        )
        for entry in repo.outbox_entries_of(session, request.id)
    )
    waiting = [channel for channel in channels if channel.state != RequestState.SENT]
    errors = [channel.last_error for channel in waiting if channel.last_error]
    due = [channel.next_attempt_at for channel in waiting if channel.next_attempt_at is not None]
    return HelpRequestSummary(
        id=request.id,
        uuid=request.uuid,
        subject=request.subject,
        state=RequestState(request.state),
        updated_at=request.updated_at,
        remote_url=request.remote_url,
        last_error=errors[0] if errors else None,
        next_attempt_at=min(due) if due else None,
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
