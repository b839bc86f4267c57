"""Gathering requests from one helpdesk wiki page, incrementally by revision id.

One cheap call (the latest revision id) when nothing changed; otherwise the page text
once, every request section stored or updated, the public state (status line) taken
over where this desk has nothing waiting to be published, and sections no longer on the
page marked gone (archived).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.desk import WIKI, DeskState
from desktop_app.core.desk_sections import WikiRequestSection, request_sections, signature_time
from desktop_app.store.models import utcnow
from desktop_app.store.repositories import desk as rows
from desktop_app.wiki.client import WikiClient

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.db import Database


@dataclass
class PageReport:
    """What one page's fetch found."""

    page: str
    revision: int | None = None
    changed: bool = False
    requests: int = 0
    new: int = 0
    state_changes: int = 0
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def source_name(api_url: str, page: str) -> str:
    """The fetch-state key of a page."""
    return f"wiki:{api_url}|{page}"


def gather_page(db: Database, client: WikiClient, page: str, *, api_url: str) -> PageReport:
    """Read ``page`` if it changed since the last fetch and store its requests (blocking).

    Raises :class:`~desktop_app.wiki.errors.WikiError` when the wiki cannot be read.
    """
    report = PageReport(page)
    with db.session() as session:
        last = rows.fetch_state(session, source_name(api_url, page)).last_revision
    latest = client.page_latest_revision(page)
    report.revision = latest
    if latest is not None and latest == last:
        return report
    found = client.latest_with_text(page) if latest is not None else None
    revision, text = found if found is not None else (None, "")
    report.changed = True
    report.revision = revision
    sections = request_sections(text)
    with db.session() as session:
        seen = set()
        for section in sections:
            seen.add(_store_section(session, page, revision, section, report))
        for source in rows.wiki_sources_of_page(session, page):
            if source.source_key not in seen:
                source.gone = True
        state = rows.fetch_state(session, source_name(api_url, page))
        state.last_revision = revision
        state.fetched_at = utcnow()
    report.requests = len(sections)
    return report


def _request_values(section: WikiRequestSection) -> dict[str, Any]:
    fields = section.fields
    return {
        "subject": section.subject[:500],
        "requester_name": section.requester_name[:300],
        "requester_user": section.requester_user[:300],
        "partner": fields.get("partner", "")[:300],
        "text": section.text,
        "fields": dict(fields),
    }


def _store_section(
    session: Session,
    page: str,
    revision: int | None,
    section: WikiRequestSection,
    report: PageReport,
) -> str:
    source_key = f"wiki:{page}|{section.key}"
    request = rows.request_by_key(session, section.key)
    if request is None:
        request = rows.add_request(
            session,
            section.key,
            fieldkit_uuid=section.fieldkit_uuid,
            first_channel=WIKI,
            received_at=signature_time(section.wikitext) or utcnow(),
            **_request_values(section),
        )
        report.new += 1
    elif request.first_channel == WIKI or not request.text:
        for name, value in _request_values(section).items():
            setattr(request, name, value)
    source = rows.source_by_key(session, source_key)
    values = {
        "revision": revision,
        "wikitext": section.wikitext,
        "text": section.text,
        "subject": section.subject[:500],
        "sender": section.requester_user or section.requester_name,
        "discussion": [
            {"author": reply.author, "signed_at": reply.signed_at, "text": reply.text}
            for reply in section.replies
        ],
        "gone": False,
        "fetched_at": utcnow(),
    }
    if source is None:
        rows.add_source(
            session,
            request,
            source_key,
            channel=WIKI,
            page_title=page,
            section_key=section.key,
            **values,
        )
    else:
        for name, value in values.items():
            setattr(source, name, value)
    status = section.status
    public_state = status.state if status is not None else DeskState.NEW
    public_assignee = status.assignee if status is not None else ""
    if status is not None and rows.adopt_public_state(
        session, request, public_state.value, public_assignee
    ):
        report.state_changes += 1
    return source_key
