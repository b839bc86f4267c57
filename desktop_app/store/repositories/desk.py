"""Desk rows: gathered requests and their sources, fetch state, triage, reviews, replies.

The gatherers (``sync.desk``) and the desk's use cases (``services.desk``) call these
with their session; nothing here commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_app.core.desk import STATUS_IMAP_KIND, STATUS_WIKI_KIND
from desktop_app.store.models import (
    DeskFetchState,
    DeskReply,
    DeskRequest,
    DeskReview,
    DeskSource,
    OutboxEntry,
    OutboxState,
    utcnow,
)


class DeskRequestNotFound(LookupError):
    """No desk request has this id."""

    def __init__(self, request_id: int) -> None:
        super().__init__(f"No desk request {request_id}")
        self.request_id = request_id


# -- fetch state ---------------------------------------------------------------------------
def fetch_state(session: Session, source: str) -> DeskFetchState:
    """How far ``source`` (a page or a mailbox folder) was read; made when missing."""
    state = session.scalar(select(DeskFetchState).where(DeskFetchState.source == source))
    if state is None:
        state = DeskFetchState(source=source)
        session.add(state)
        session.flush()
    return state


# -- requests and sources ------------------------------------------------------------------
def get_request(session: Session, request_id: int) -> DeskRequest:
    """The desk request with this id; raises :class:`DeskRequestNotFound`."""
    request = session.get(DeskRequest, request_id)
    if request is None:
        raise DeskRequestNotFound(request_id)
    return request


def request_by_key(session: Session, key: str) -> DeskRequest | None:
    """The request with this key (``fieldkit:UUID``, ``wiki:HASH``, ``mail:<id>``)."""
    return session.scalar(select(DeskRequest).where(DeskRequest.key == key))


def add_request(session: Session, key: str, **values: Any) -> DeskRequest:
    """A new request, flushed for its id."""
    request = DeskRequest(key=key, **values)
    session.add(request)
    session.flush()
    return request


def source_by_key(session: Session, source_key: str) -> DeskSource | None:
    """The source row of one section or one mail."""
    return session.scalar(select(DeskSource).where(DeskSource.source_key == source_key))


def add_source(
    session: Session, request: DeskRequest, source_key: str, **values: Any
) -> DeskSource:
    """Record where (part of) a request was read."""
    source = DeskSource(source_key=source_key, **values)
    request.sources.append(source)
    session.flush()
    return source


def request_of_message_ids(session: Session, message_ids: Sequence[str]) -> DeskRequest | None:
    """The request a mail answers: one of ``message_ids`` is a source's or our reply's."""
    if not message_ids:
        return None
    source = session.scalar(
        select(DeskSource).where(DeskSource.message_id.in_(list(message_ids))).limit(1)
    )
    if source is not None:
        return source.request
    reply = session.scalar(select(DeskReply).where(DeskReply.where.in_(list(message_ids))).limit(1))
    return reply.request if reply is not None else None


def wiki_sources_of_page(session: Session, page: str) -> list[DeskSource]:
    """The sections read from one page so far."""
    return list(
        session.scalars(
            select(DeskSource).where(DeskSource.channel == "wiki", DeskSource.page_title == page)
        )
    )


def mail_sources_of(session: Session, mailbox: str) -> list[DeskSource]:
    """The messages read from one mailbox folder so far."""
    return list(session.scalars(select(DeskSource).where(DeskSource.mailbox == mailbox)))


def sources_of(session: Session, request_id: int, channel: str | None = None) -> list[DeskSource]:
    """A request's sources (of one channel), in the order they were read."""
    query = select(DeskSource).where(DeskSource.desk_request_id == request_id)
    if channel:
        query = query.where(DeskSource.channel == channel)
    return list(session.scalars(query.order_by(DeskSource.id)))


# -- listing -------------------------------------------------------------------------------
def list_requests(
    session: Session, *, state: str | None = None, search: str = "", assignee: str | None = None
) -> list[DeskRequest]:
    """Requests, newest first, filtered by state, assignee and words in them."""
    query = select(DeskRequest)
    if state:
        query = query.where(DeskRequest.state == state)
    if assignee is not None:
        query = query.where(DeskRequest.assignee == assignee)
    for word in search.split():
        pattern = f"%{word}%"
        query = query.where(
            or_(
                DeskRequest.subject.ilike(pattern),
                DeskRequest.text.ilike(pattern),
                DeskRequest.requester_name.ilike(pattern),
                DeskRequest.requester_user.ilike(pattern),
                DeskRequest.requester_email.ilike(pattern),
                DeskRequest.partner.ilike(pattern),
                DeskRequest.notes.ilike(pattern),
            )
        )
    return list(
        session.scalars(query.order_by(DeskRequest.received_at.desc(), DeskRequest.id.desc()))
    )


def requests_received_between(
    session: Session, start: datetime, end: datetime
) -> list[DeskRequest]:
    """Requests received in ``[start, end)``, oldest first (a month's committee pack)."""
    return list(
        session.scalars(
            select(DeskRequest)
            .where(DeskRequest.received_at >= start, DeskRequest.received_at < end)
            .order_by(DeskRequest.received_at, DeskRequest.id)
        )
    )


def requests_by_ids(session: Session, ids: Iterable[int]) -> list[DeskRequest]:
    """Some requests, oldest first (a selection's committee pack)."""
    return list(
        session.scalars(
            select(DeskRequest)
            .where(DeskRequest.id.in_(list(ids)))
            .order_by(DeskRequest.received_at)
        )
    )


def related_requests(session: Session, request: DeskRequest) -> list[DeskRequest]:
    """The requester's other requests, and others about the same partner."""
    same = []
    for column, value in (
        (DeskRequest.requester_user, request.requester_user),
        (DeskRequest.requester_email, request.requester_email),
        (DeskRequest.requester_name, request.requester_name),
        (DeskRequest.partner, request.partner),
    ):
        if value.strip():
            same.append(func.lower(column) == value.strip().lower())
    if not same:
        return []
    query = select(DeskRequest).where(DeskRequest.id != request.id, or_(*same))
    return list(session.scalars(query.order_by(DeskRequest.received_at.desc())))


def state_counts(session: Session) -> dict[str, int]:
    """How many requests are in each state."""
    rows = session.execute(select(DeskRequest.state, func.count()).group_by(DeskRequest.state))
    return {str(state): int(count) for state, count in rows}


# -- triage and reviews ---------------------------------------------------------------------
def set_triage(
    session: Session, request: DeskRequest, *, state: str, assignee: str, now: datetime
) -> bool:
    """Change state/assignee locally; True when it changed (then it must be published)."""
    if (request.state, request.assignee) == (state, assignee):
        return False
    request.state = state
    request.assignee = assignee
    request.state_changed_at = now
    request.state_published = False
    return True


def adopt_public_state(session: Session, request: DeskRequest, state: str, assignee: str) -> bool:
    """Take the state another desk published, unless ours waits to be published."""
    if not request.state_published:
        return False
    if (request.state, request.assignee) == (state, assignee):
        return False
    request.state = state
    request.assignee = assignee
    return True


def mark_published(session: Session, request_id: int, state: str, assignee: str) -> None:
    """The shared places say ``state``/``assignee`` now; published if still current."""
    request = get_request(session, request_id)
    if (request.state, request.assignee) == (state, assignee) and not pending_status_entries(
        session, request_id
    ):
        request.state_published = True


def set_review(
    session: Session, request_id: int, reviewer: str, criterion: str, score: int, comment: str
) -> DeskReview:
    """One reviewer's score on one criterion (replacing their earlier one)."""
    review = session.scalar(
        select(DeskReview).where(
            DeskReview.desk_request_id == request_id,
            DeskReview.reviewer == reviewer,
            DeskReview.criterion == criterion,
        )
    )
    if review is None:
        review = DeskReview(desk_request_id=request_id, reviewer=reviewer, criterion=criterion)
        session.add(review)
    review.score = score
    review.comment = comment
    review.updated_at = utcnow()
    session.flush()
    return review


# -- replies and status updates in the outbox -----------------------------------------------
def add_reply(
    session: Session, request: DeskRequest, *, channel: str, template: str, text: str, kind: str
) -> DeskReply:
    """A reply and its outbox entry (due now), flushed."""
    reply = DeskReply(template=template, text=text, channel=channel, state=OutboxState.QUEUED)
    request.replies.append(reply)
    session.flush()
    entry = OutboxEntry(kind=kind, payload={"desk_reply_id": reply.id})
    session.add(entry)
    session.flush()
    reply.outbox_entry_id = entry.id
    return reply


def get_reply(session: Session, reply_id: int) -> DeskReply:
    """One reply by id (raises ``LookupError`` when there is none)."""
    reply = session.get(DeskReply, reply_id)
    if reply is None:
        raise LookupError(f"no desk reply {reply_id}")
    return reply


def pending_status_entries(session: Session, request_id: int) -> list[OutboxEntry]:
    """Undelivered status updates of a request."""
    entries = session.scalars(
        select(OutboxEntry).where(
            OutboxEntry.kind.in_([STATUS_WIKI_KIND, STATUS_IMAP_KIND]),
            OutboxEntry.state != OutboxState.SENT,
        )
    )
    return [entry for entry in entries if entry.payload.get("desk_request_id") == request_id]


def queue_status(session: Session, request_id: int, kind: str) -> OutboxEntry:
    """Queue publishing the request's state (one pending entry per kind is enough: it
    publishes whatever the state is when it is sent)."""
    for entry in pending_status_entries(session, request_id):
        if entry.kind == kind:
            if entry.state == OutboxState.FAILED:
                entry.state = OutboxState.QUEUED
            entry.next_attempt_at = utcnow()
            return entry
    entry = OutboxEntry(kind=kind, payload={"desk_request_id": request_id})
    session.add(entry)
    session.flush()
    return entry


def mirror_reply_state(session: Session, entry: OutboxEntry) -> None:
    """Show an outbox entry's delivery state on the reply it carries."""
    reply_id = entry.payload.get("desk_reply_id")
    if reply_id is None:
        return
    reply = get_reply(session, int(reply_id))
    reply.state = entry.state
    reply.last_error = entry.last_error
    if entry.state == OutboxState.SENT:
        reply.sent_at = reply.sent_at or utcnow()
        result = entry.result or {}
        reply.where = str(result.get("url") or result.get("message_id") or reply.where)
