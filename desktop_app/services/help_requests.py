"""Writing, queueing and listing help requests.

Every call commits before it returns: a draft is on disk the moment the user (or a
script) is told it was saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.store.db import Database
from desktop_app.store.models import HelpRequest, OutboxEntry, OutboxState, RequestState, utcnow

WIKI_SECTION_KIND = "help_request.wiki_section"

_REQUEST_STATE_FOR = {
    OutboxState.QUEUED: RequestState.QUEUED,
    OutboxState.SENDING: RequestState.SENDING,
    OutboxState.FAILED: RequestState.FAILED,
    OutboxState.SENT: RequestState.SENT,
}


class RequestNotEditable(Exception):
    """The request was already sent; sent requests are history and stay as they were."""


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
            session.add(request)
        else:
            request = session.get_one(HelpRequest, request_id)
            if request.state in (RequestState.SENT, RequestState.SENDING):
                raise RequestNotEditable(request.uuid)
        request.subject = subject
        request.body = body
        if partnership_id is not None:
            request.partnership_id = partnership_id
        session.flush()
        return request.id


def queue_request(db: Database, request_id: int) -> int:
    """Put a request in the outbox (once); returns the outbox entry id."""
    with db.session() as session:
        request = session.get_one(HelpRequest, request_id)
        existing = session.scalar(
            select(OutboxEntry).where(
                OutboxEntry.help_request_id == request_id, OutboxEntry.kind == WIKI_SECTION_KIND
            )
        )
        if existing is not None:
            if existing.state != OutboxState.SENT:
                existing.state = OutboxState.QUEUED
                existing.next_attempt_at = utcnow()
                request.state = RequestState.QUEUED
            return existing.id
        entry = OutboxEntry(
            kind=WIKI_SECTION_KIND,
            help_request_id=request.id,
            idempotency_key=request.uuid,
            payload={},
        )
        session.add(entry)
        request.state = RequestState.QUEUED
        session.flush()
        return entry.id


def withdraw_request(db: Database, request_id: int) -> None:
    """Take a queued request back to draft (only while it is not being or been sent)."""
    with db.session() as session:
        request = session.get_one(HelpRequest, request_id)
        if request.state in (RequestState.SENT, RequestState.SENDING):
            raise RequestNotEditable(request.uuid)
        for entry in session.scalars(
            select(OutboxEntry).where(OutboxEntry.help_request_id == request_id)
        ):
            session.delete(entry)
        request.state = RequestState.DRAFT


def list_requests(db: Database) -> list[HelpRequestSummary]:
    """All requests, newest first, with their delivery state."""
    with db.session() as session:
        rows = session.execute(
            select(HelpRequest, OutboxEntry)
            .outerjoin(OutboxEntry, OutboxEntry.help_request_id == HelpRequest.id)
            .order_by(HelpRequest.updated_at.desc(), HelpRequest.id.desc())
        ).all()
        return [
            HelpRequestSummary(
                id=request.id,
                uuid=request.uuid,
                subject=request.subject,
                state=request.state,
                updated_at=request.updated_at,
                remote_url=request.remote_url,
                last_error=entry.last_error if entry else None,
                next_attempt_at=entry.next_attempt_at if entry else None,
            )
            for request, entry in rows
        ]


def count_requests(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(HelpRequest)) or 0


def mirror_outbox_state(session: Session, entry: OutboxEntry) -> None:
    """Show an outbox entry's delivery state on the request it carries."""
    request = session.get_one(HelpRequest, entry.help_request_id)
    request.state = _REQUEST_STATE_FOR[OutboxState(entry.state)]


def record_request_sent(session: Session, entry: OutboxEntry, *, revision: int, url: str) -> None:
    """Remember where a delivered request arrived."""
    request = session.get_one(HelpRequest, entry.help_request_id)
    request.state = RequestState.SENT
    request.sent_at = utcnow()
    request.remote_revision = revision
    request.remote_url = url
