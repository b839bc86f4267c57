"""Desk work on the wiki: a reply inside the request's own section, and its status line.

Both edit one section (``section=N``) against the revision they read (``baserevid``), so
MediaWiki merges them with edits made meanwhile; when it cannot (someone replied at the
same spot), the page is read again and the edit redone on the new text: nothing anyone
wrote is lost. A reply carries its uuid in a marker and the section is searched for it
before every edit, so a reply whose answer was lost is never posted twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.desk import REPLY_WIKI_KIND, STATUS_WIKI_KIND, WIKI, DeskState
from desktop_app.core.desk_reply import append_to_section, render_wiki_reply, reply_marker
from desktop_app.core.desk_sections import find_section, split_sections
from desktop_app.core.desk_status import PublicStatus, read_status, with_status
from desktop_app.core.faults import Fault, FaultKind
from desktop_app.store.models import OutboxEntry
from desktop_app.store.repositories import desk as rows
from desktop_app.sync.deliveries.wiki_section import delivery_error
from desktop_app.sync.outbox import DeliveryError, PermanentError, TransientError
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.errors import EditConflict, WikiError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CONFLICT_ROUNDS = 4


@dataclass(frozen=True)
class SectionTarget:
    """Where a request lives on the wiki: the page and the section's key."""

    page: str
    section_key: str


def _targets(session: Session, request_id: int) -> list[SectionTarget]:
    return [
        SectionTarget(str(source.page_title), str(source.section_key))
        for source in rows.sources_of(session, request_id, WIKI)
        if not source.gone and source.page_title and source.section_key
    ]


def edit_in_section(
    client: WikiClient,
    target: SectionTarget,
    change: Callable[[str], str | None],
    *,
    summary: str,
) -> tuple[int, bool]:
    """Apply ``change`` to the section's current wikitext and save it.

    ``change`` returns ``None`` when the section already says what it should (then
    nothing is saved). Returns ``(revision, changed)``. Edit conflicts are retried on a
    fresh read; raises :class:`DeliveryError` when the section is gone.
    """
    for _round in range(CONFLICT_ROUNDS):
        found = client.latest_with_text(target.page)
        if found is None:
            raise PermanentError("desk_page_missing", f"The page {target.page!r} is gone.")
        revision, text = found
        section = find_section(text, target.section_key)
        if section is None:
            raise PermanentError(
                "desk_section_missing",
                f"The request's section is no longer on {target.page!r} (archived?).",
            )
        if change(section.wikitext) is None:
            return revision, False
        server_text = client.section_at(revision, section.number)
        if _heading_line(server_text) != _heading_line(section.wikitext):
            raise TransientError("desk_section_moved", "The section moved while reading.")
        new_text = change(server_text)
        if new_text is None:
            return revision, False
        try:
            saved = client.edit_section(
                target.page, section.number, new_text, base_revision=revision, summary=summary
            )
        except EditConflict:
            continue  # someone saved the same spot meanwhile: read again, redo
        return saved, True
    raise DeliveryError(
        Fault(FaultKind.CONFLICT, "edit_conflict", "The section kept changing; trying later.")
    )


def _heading_line(section_text: str) -> str:
    sections = split_sections(section_text)
    return sections[0][2] if sections else section_text.split("\n", 1)[0]


@dataclass(frozen=True)
class PreparedWikiReply:
    reply_uuid: str
    text: str
    target: SectionTarget


class DeskWikiReplyDelivery:
    """Appends a queued reply to the end of its request's section."""

    kind = REPLY_WIKI_KIND

    def __init__(self, client_provider: Callable[[], WikiClient]) -> None:
        self._client_provider = client_provider

    def prepare(self, session: Session, entry: OutboxEntry) -> PreparedWikiReply:
        reply = rows.get_reply(session, int(entry.payload["desk_reply_id"]))
        targets = _targets(session, reply.desk_request_id)
        if not targets:
            raise PermanentError("desk_no_section", "The request has no section on the wiki.")
        return PreparedWikiReply(reply.uuid, reply.text, targets[0])

    def send(self, prepared: PreparedWikiReply, *, maybe_arrived: bool) -> dict[str, Any]:
        wikitext = render_wiki_reply(prepared.reply_uuid, prepared.text)
        marker = reply_marker(prepared.reply_uuid)
        found_existing = True

        def add_reply(section_text: str) -> str | None:
            nonlocal found_existing
            if marker in section_text:
                return None
            found_existing = False
            return append_to_section(section_text, wikitext)

        try:
            client = self._client_provider()
            revision, _changed = edit_in_section(
                client, prepared.target, add_reply, summary="Reply from the helpdesk (Fieldkit)"
            )
            url = client.page_url(prepared.target.page)
        except WikiError as error:
            raise delivery_error(error) from error
        return {"revision": revision, "url": url, "found_existing": found_existing}

    def on_sent(self, session: Session, entry: OutboxEntry, result: dict[str, Any]) -> None:
        rows.mirror_reply_state(session, entry)

    def on_state(self, session: Session, entry: OutboxEntry) -> None:
        rows.mirror_reply_state(session, entry)


@dataclass(frozen=True)
class PreparedStatus:
    request_id: int
    status: PublicStatus
    targets: tuple[SectionTarget, ...]


class DeskWikiStatusDelivery:
    """Writes the request's state and assignee into the status line of its section(s)."""

    kind = STATUS_WIKI_KIND

    def __init__(self, client_provider: Callable[[], WikiClient]) -> None:
        self._client_provider = client_provider

    def prepare(self, session: Session, entry: OutboxEntry) -> PreparedStatus:
        request = rows.get_request(session, int(entry.payload["desk_request_id"]))
        status = PublicStatus(DeskState(request.state), request.assignee)
        return PreparedStatus(request.id, status, tuple(_targets(session, request.id)))

    def send(self, prepared: PreparedStatus, *, maybe_arrived: bool) -> dict[str, Any]:
        def set_status(section_text: str) -> str | None:
            if read_status(section_text) == prepared.status:
                return None
            return with_status(section_text, prepared.status)

        revisions = []
        try:
            client = self._client_provider()
            for target in prepared.targets:
                revision, _changed = edit_in_section(
                    client,
                    target,
                    set_status,
                    summary=f"Helpdesk status: {prepared.status.state.value} (Fieldkit)",
                )
                revisions.append(revision)
        except WikiError as error:
            raise delivery_error(error) from error
        return {
            "revisions": revisions,
            "state": prepared.status.state.value,
            "assignee": prepared.status.assignee,
        }

    def on_sent(self, session: Session, entry: OutboxEntry, result: dict[str, Any]) -> None:
        rows.mark_published(
            session, int(entry.payload["desk_request_id"]), result["state"], result["assignee"]
        )

    def on_state(self, session: Session, entry: OutboxEntry) -> None:
        """Nothing to mirror: the request shows "not yet published" until it is sent."""
