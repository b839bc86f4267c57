"""Replies the helpdesk wrote under a sent request, stored for reading offline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop_app.store.db import Database
from desktop_app.store.models import (
    RequestReply,
)


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
