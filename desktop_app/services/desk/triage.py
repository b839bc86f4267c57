"""Triage at the desk: list and search, one request in full, state and assignee, private
notes, and each reviewer's scores. All local and immediate; publishing the state is an
outbox job (wiki status line, IMAP keyword) sent by the next sync.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from desktop_app.core.desk import (
    CRITERIA,
    EMAIL,
    STATUS_IMAP_KIND,
    STATUS_WIKI_KIND,
    WIKI,
    check_scores,
    parse_state,
)
from desktop_app.services.desk.views import (
    DeskRequestDetail,
    DeskRequestSummary,
    detail,
    summary,
)
from desktop_app.store.models import utcnow
from desktop_app.store.repositories import desk as rows
from desktop_app.store.repositories.desk import DeskRequestNotFound

if TYPE_CHECKING:
    from desktop_app.store.db import Database

__all__ = [
    "DeskRequestNotFound",
    "get_desk_request",
    "list_desk_requests",
    "save_notes",
    "save_review",
    "set_desk_state",
    "state_counts",
]


def list_desk_requests(
    db: Database, *, state: str | None = None, search: str = "", assignee: str | None = None
) -> list[DeskRequestSummary]:
    """The desk's requests, newest first (``state`` as typed: ``needs-information`` works)."""
    wanted = parse_state(state).value if state else None
    with db.session() as session:
        found = rows.list_requests(session, state=wanted, search=search, assignee=assignee)
        return [summary(request) for request in found]


def get_desk_request(db: Database, request_id: int) -> DeskRequestDetail:
    """One request in full; raises :class:`DeskRequestNotFound`."""
    with db.session() as session:
        request = rows.get_request(session, request_id)
        return detail(request, rows.related_requests(session, request))


def state_counts(db: Database) -> dict[str, int]:
    """How many requests are in each state (for the filter)."""
    with db.session() as session:
        return rows.state_counts(session)


def set_desk_state(
    db: Database, request_id: int, state: str, *, assignee: str | None = None
) -> DeskRequestDetail:
    """Change state (and assignee, when given) and queue publishing it where it came from.

    Raises :class:`InvalidInput` (``desk.state_unknown``) or :class:`DeskRequestNotFound`.
    """
    new_state = parse_state(state)
    with db.session() as session:
        request = rows.get_request(session, request_id)
        who = request.assignee if assignee is None else assignee.strip()
        if rows.set_triage(session, request, state=new_state.value, assignee=who, now=utcnow()):
            channels = {s.channel for s in request.sources if s.role == "request" and not s.gone}
            if WIKI in channels:
                rows.queue_status(session, request.id, STATUS_WIKI_KIND)
            if EMAIL in channels:
                rows.queue_status(session, request.id, STATUS_IMAP_KIND)
            session.flush()
        return detail(request, rows.related_requests(session, request))


def save_notes(db: Database, request_id: int, notes: str) -> None:
    """The staff's private notes (never published, never sent)."""
    with db.session() as session:
        rows.get_request(session, request_id).notes = notes


def save_review(
    db: Database,
    request_id: int,
    reviewer: str,
    scores: Mapping[str, int],
    comments: Mapping[str, str] | None = None,
) -> DeskRequestDetail:
    """One reviewer's score (and comment) on every criterion, replacing their earlier ones.

    Raises :class:`InvalidInput` (``desk.score_out_of_range``, ``desk.reviewer_missing``).
    """
    check_scores(reviewer, dict(scores))
    comments = comments or {}
    with db.session() as session:
        request = rows.get_request(session, request_id)
        for criterion in CRITERIA:
            rows.set_review(
                session,
                request.id,
                reviewer.strip(),
                criterion,
                int(scores[criterion]),
                comments.get(criterion, "").strip(),
            )
        session.refresh(request)
        return detail(request, rows.related_requests(session, request))
