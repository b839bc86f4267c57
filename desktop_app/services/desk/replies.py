"""Replying from the desk: start from a template, queue the reply in the outbox.

The reply goes back the way the request came: into its own wiki section when it came as
one (also when it came both ways: one public answer), else by mail threaded to the
original. It is sent by the next sync, once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.desk import (
    EMAIL,
    REPLY_EMAIL_KIND,
    REPLY_WIKI_KIND,
    STATE_LABELS,
    TEMPLATES_BY_NAME,
    WIKI,
    DeskState,
)
from desktop_app.core.desk_reply import ReplyContext, template_text
from desktop_app.core.form_checks import InvalidInput, field_error
from desktop_app.services.desk.views import ReplyView, reply_view
from desktop_app.store.repositories import desk as rows

if TYPE_CHECKING:
    from desktop_app.store.db import Database

MAX_REPLY_CHARS = 20_000


def reply_template(db: Database, request_id: int, template: str) -> str:
    """The text a template starts a reply to this request with."""
    if template not in TEMPLATES_BY_NAME:
        raise InvalidInput([field_error("desk.template_unknown", "template", "Unknown template.")])
    with db.session() as session:
        request = rows.get_request(session, request_id)
        label = STATE_LABELS.get(DeskState(request.state), request.state)
        reviews = sorted({r.comment for r in request.reviews if r.comment.strip()})
        context = ReplyContext(
            subject=request.subject,
            requester=request.requester_name or request.requester_user,
            state_label=label,
            reasons="\n".join(f"- {comment}" for comment in reviews),
        )
    return template_text(template, context)


def reply_channel(db: Database, request_id: int) -> str | None:
    """``wiki`` or ``email``: how a reply to this request would go; ``None``: no way."""
    with db.session() as session:
        request = rows.get_request(session, request_id)
        channels = {s.channel for s in request.sources if s.role == "request" and not s.gone}
    if WIKI in channels:
        return WIKI
    return EMAIL if EMAIL in channels else None


def queue_reply(db: Database, request_id: int, text: str, *, template: str = "") -> ReplyView:
    """Queue a reply (sent by the next sync); raises :class:`InvalidInput`.

    Codes: ``desk.reply_empty``, ``desk.reply_too_long``, ``desk.no_channel``.
    """
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise InvalidInput([field_error("desk.reply_empty", "text", "The reply is empty.")])
    if len(text) > MAX_REPLY_CHARS:
        raise InvalidInput(
            [field_error("desk.reply_too_long", "text", f"Keep it under {MAX_REPLY_CHARS}.")]
        )
    channel = reply_channel(db, request_id)
    if channel is None:
        raise InvalidInput(
            [field_error("desk.no_channel", "", "The request is no longer on the wiki page.")]
        )
    kind = REPLY_WIKI_KIND if channel == WIKI else REPLY_EMAIL_KIND
    with db.session() as session:
        request = rows.get_request(session, request_id)
        reply = rows.add_reply(
            session, request, channel=channel, template=template, text=text, kind=kind
        )
        return reply_view(reply)
