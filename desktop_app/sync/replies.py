"""Reading replies to sent requests from the helpdesk page and storing them for offline use.

One page read per helpdesk page (not per request): on a slow link that is the cost that
matters. Requests older than :data:`REPLY_WINDOW` are no longer watched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from desktop_app.core.faults import halt_reason, stops_the_pass
from desktop_app.core.replies import extract_replies
from desktop_app.store.db import Database
from desktop_app.store.models import HelpRequest, RequestReply, utcnow
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.errors import WikiError

log = logging.getLogger(__name__)

REPLY_WINDOW = timedelta(days=120)


@dataclass
class RepliesReport:
    """What one reply check found."""

    checked: int = 0  # requests whose section was read
    new: int = 0  # replies stored for the first time
    missing: list[str] = field(default_factory=list)  # uuids whose section is gone (archived?)
    error: str | None = None  # "offline", "login_failed" or "wiki_error: ..."

    def to_dict(self) -> dict[str, Any]:
        return {"checked": self.checked, "new": self.new, "missing": self.missing,
                "error": self.error}  # fmt: skip


def _watched(db: Database) -> dict[str, list[tuple[int, str]]]:
    """Helpdesk page → [(request id, uuid)] for recently sent wiki requests."""
    since = utcnow() - REPLY_WINDOW
    pages: dict[str, list[tuple[int, str]]] = {}
    with db.session() as session:
        for request in session.scalars(
            select(HelpRequest).where(
                HelpRequest.remote_page.is_not(None), HelpRequest.sent_at >= since
            )
        ):
            pages.setdefault(str(request.remote_page), []).append((request.id, request.uuid))
    return pages


def fetch_replies_with(db: Database, client_provider: Callable[[], WikiClient]) -> RepliesReport:
    """Read each watched page once and store replies not seen before (blocking: network)."""
    report = RepliesReport()
    pages = _watched(db)
    if not pages:
        return report
    try:
        client = client_provider()
        texts = {page: client.page_text(page) for page in pages}
    except WikiError as error:
        if stops_the_pass(error.fault):
            report.error = halt_reason(error.fault)
        else:
            report.error = f"wiki_error: {error}"
        log.info("Replies not checked: %s (%s)", report.error, error)
        return report
    with db.session() as session:
        for page, requests in pages.items():
            for request_id, uuid in requests:
                replies = extract_replies(texts[page] or "", uuid)
                request = session.get_one(HelpRequest, request_id)
                request.replies_checked_at = utcnow()
                if replies is None:
                    report.missing.append(uuid)
                    continue
                report.checked += 1
                known = {reply.reply_key for reply in request.replies}
                for reply in replies:
                    if reply.key in known:
                        continue
                    known.add(reply.key)
                    request.replies.append(
                        RequestReply(reply_key=reply.key, author=reply.author,
                                     signed_at=reply.signed_at, text=reply.text)
                    )  # fmt: skip
                    report.new += 1
    return report
