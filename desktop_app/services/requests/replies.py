"""Replies the helpdesk wrote under a sent request, stored for reading offline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.services.requests.views import ReplyView, reply_view
from desktop_app.store.repositories import requests as repo

if TYPE_CHECKING:
    from desktop_app.store.db import Database


def list_replies(db: Database, request_id: int) -> list[ReplyView]:
    """Replies stored for a request, oldest first; ``new`` until marked seen."""
    with db.session() as session:
        return [reply_view(reply) for reply in repo.replies_of(session, request_id)]


def mark_replies_seen(db: Database, request_id: int) -> None:
    """The user has seen a request's replies (they were shown)."""
    with db.session() as session:
        repo.mark_replies_seen(session, request_id)
