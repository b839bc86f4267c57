"""Delivering a help request as a new section on the helpdesk wiki page.

Idempotent: the section carries the request's stable id in a marker comment, and when an
earlier attempt may have arrived the page history is searched for it before posting again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.faults import Fault, FaultKind, halt_reason, stops_the_pass
from desktop_app.core.help_request_delivery import (
    EMAIL_KIND,
    PAGE_NOT_CHOSEN,
    WIKI_SECTION_KIND,
    RequestNoLongerValid,
    ensure_sendable,
)
from desktop_app.core.help_request_text import (
    HelpRequestContent,
    render_section_text,
    request_marker,
    section_title,
)
from desktop_app.store.models import HelpRequest, OutboxEntry
from desktop_app.store.repositories.requests import (
    mirror_outbox_state,
    outbox_entries_of,
    record_request_sent,
    request_content,
    request_form,
)
from desktop_app.sync.outbox import DeliveryError, PermanentError
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.errors import WikiError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def delivery_error(error: WikiError) -> DeliveryError:
    """What a wiki fault means for a write to the helpdesk page.

    The wiki not answering, busy or rate-limiting, and a refused login, end the pass
    (every other write would meet the same); the codes are ``sync --json``'s ``halted_by``
    contract: ``offline``, ``login_failed``, ``not_configured``, ``no_password``.
    """
    fault = error.fault
    if stops_the_pass(fault):
        code = halt_reason(fault)
        return DeliveryError(Fault(fault.kind, code, fault.message, fault.retry_after), halt=True)
    if fault.kind == FaultKind.CONFLICT:
        return DeliveryError(Fault(fault.kind, "edit_conflict", fault.message))
    return DeliveryError(Fault(fault.kind, f"refused:{fault.code}", fault.message))


@dataclass(frozen=True)
class PreparedSection:
    page_title: str
    content: HelpRequestContent


class WikiSectionDelivery:
    """Posts queued help requests to ``page_title`` through a lazily connected client."""

    kind = WIKI_SECTION_KIND

    def __init__(self, client_provider: Callable[[], WikiClient], page_title: str) -> None:
        self._client_provider = client_provider
        self.page_title = page_title

    def prepare(self, session: Session, entry: OutboxEntry) -> PreparedSection:
        request = session.get_one(HelpRequest, entry.help_request_id)
        try:
            ensure_sendable(request_form(request))
        except RequestNoLongerValid as error:
            raise PermanentError("request_invalid", str(error)) from error
        page = str(entry.payload.get("page_title") or self.page_title).strip()
        if not page:
            # Queued for another wiki, or Commons' default on a wiki without that page.
            raise PermanentError(
                PAGE_NOT_CHOSEN, "No helpdesk page is chosen for this wiki (Settings)."
            )
        mailed = any(other.kind == EMAIL_KIND for other in outbox_entries_of(session, request.id))
        content = request_content(session, request, attachments_mailed=mailed)
        return PreparedSection(page_title=page, content=content)

    def send(self, prepared: PreparedSection, *, maybe_arrived: bool) -> dict[str, Any]:
        try:
            client = self._client_provider()
            if maybe_arrived:
                marker = request_marker(prepared.content.uuid)
                revision = client.find_revision_containing(prepared.page_title, marker)
                if revision is not None:
                    return self._result(client, prepared, revision, already_there=True)
            revision = client.append_section(
                prepared.page_title,
                section_title(prepared.content),
                render_section_text(prepared.content),
                summary=f"Help request via Fieldkit: {prepared.content.subject[:150]}",
            )
            return self._result(client, prepared, revision, already_there=False)
        except WikiError as error:
            raise delivery_error(error) from error

    @staticmethod
    def _result(
        client: WikiClient, prepared: PreparedSection, revision: int, *, already_there: bool
    ) -> dict[str, Any]:
        return {
            "revision": revision,
            "url": client.page_url(prepared.page_title),
            "page_title": prepared.page_title,
            "found_existing": already_there,
        }

    def on_sent(self, session: Session, entry: OutboxEntry, result: dict[str, Any]) -> None:
        record_request_sent(
            session, entry, revision=int(result["revision"]), url=str(result["url"])
        )

    def on_state(self, session: Session, entry: OutboxEntry) -> None:
        mirror_outbox_state(session, entry)
