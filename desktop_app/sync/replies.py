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

from desktop_app.core.faults import halt_reason, stops_the_pass
from desktop_app.core.replies import extract_replies
from desktop_app.store.db import Database
from desktop_app.store.models import utcnow
from desktop_app.store.repositories import requests
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
        return {
            "checked": self.checked,
            "new": self.new,
            "missing": self.missing,
            "error": self.error,
        }


def fetch_replies_with(db: Database, client_provider: Callable[[], WikiClient]) -> RepliesReport:
    """Read each watched page once and store replies not seen before (blocking: network)."""
    report = RepliesReport()
    with db.session() as session:
        pages = requests.watched_on_wiki(session, utcnow() - REPLY_WINDOW)
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
    now = utcnow()
    with db.session() as session:
        for page, watched in pages.items():
            for request_id, uuid in watched:
                replies = extract_replies(texts[page] or "", uuid)
                new = requests.store_new_replies(session, request_id, replies, now)
                if new is None:
                    report.missing.append(uuid)
                    continue
                report.checked += 1
                report.new += new
    return report
