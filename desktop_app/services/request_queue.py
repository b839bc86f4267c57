"""Queueing help requests for delivery, and the request state the deliveries report back.

A queued request gets one outbox entry per configured channel (wiki section, email); the
request's state is the least advanced of its entries.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.form_checks import InvalidInput, blocking, field_error
from desktop_app.core.help_request import (
    validate_request,
)
from desktop_app.core.settings import AppSettings
from desktop_app.services.help_requests import (
    EMAIL_KIND,
    REQUEST_STATE_FOR,
    WIKI_SECTION_KIND,
    ensure_editable,
    mail_sender,
    request_form,
)
from desktop_app.store.db import Database
from desktop_app.store.models import (
    HelpRequest,
    OutboxEntry,
    OutboxState,
    RequestState,
    utcnow,
)
from desktop_app.store.repositories.settings import load_settings


def _channel_kinds(settings: AppSettings) -> list[str]:
    kinds = []
    if settings.helpdesk_by_wiki:
        kinds.append(WIKI_SECTION_KIND)
    if settings.helpdesk_by_email:
        kinds.append(EMAIL_KIND)
    return kinds


def queue_request(db: Database, request_id: int) -> int:
    """Put a request in the outbox, once per configured channel; returns the first entry id.

    Raises :class:`InvalidInput` when the form has errors or no channel is configured.
    """
    with db.session() as session:
        request = session.get_one(HelpRequest, request_id)
        settings = load_settings(session)
        problems = blocking(validate_request(request_form(request)))
        kinds = _channel_kinds(settings)
        if not kinds:
            problems.append(
                field_error(
                    "helpdesk.no_channel", "",
                    "No helpdesk is configured: set a wiki page or an email address and "
                    "SMTP server ('fieldkit helpdesk set').",
                )
            )  # fmt: skip
        if settings.helpdesk_by_email and not mail_sender(settings, request.requester_email):
            problems.append(
                field_error(
                    "email.sender_missing", "requester_email",
                    "Mail needs a sender: give your email address or set a From address.",
                )
            )  # fmt: skip
        if problems:
            raise InvalidInput(problems)
        entry_ids = []
        for kind in kinds:
            existing = session.scalar(
                select(OutboxEntry).where(
                    OutboxEntry.help_request_id == request_id, OutboxEntry.kind == kind
                )
            )
            if existing is not None:
                if existing.state != OutboxState.SENT:
                    existing.state = OutboxState.QUEUED
                    existing.next_attempt_at = utcnow()
                entry_ids.append(existing.id)
                continue
            # The wiki entry keeps the request's uuid as its key (the marker on the page).
            key = {"idempotency_key": request.uuid} if kind == WIKI_SECTION_KIND else {}
            entry = OutboxEntry(kind=kind, help_request_id=request.id, payload={}, **key)
            session.add(entry)
            session.flush()
            entry_ids.append(entry.id)
        _mirror(session, request)
        return entry_ids[0]


def withdraw_request(db: Database, request_id: int) -> None:
    """Take a queued request back to draft (only while it is not being or been sent)."""
    with db.session() as session:
        request = session.get_one(HelpRequest, request_id)
        ensure_editable(session, request)
        for entry in session.scalars(
            select(OutboxEntry).where(OutboxEntry.help_request_id == request_id)
        ):
            session.delete(entry)
        request.state = RequestState.DRAFT


def retry_request_now(db: Database, request_id: int) -> None:
    """The user's "retry now": every undelivered channel of the request is due at once."""
    with db.session() as session:
        for entry in session.scalars(
            select(OutboxEntry).where(
                OutboxEntry.help_request_id == request_id, OutboxEntry.state != OutboxState.SENT
            )
        ):
            entry.state = OutboxState.QUEUED
            entry.next_attempt_at = utcnow()
        _mirror(session, session.get_one(HelpRequest, request_id))


# -- called by the outbox deliveries ------------------------------------------------------
def _mirror(session: Session, request: HelpRequest) -> None:
    """The request's state from its channels: the least advanced one wins."""
    session.flush()
    states = {
        OutboxState(entry.state)
        for entry in session.scalars(
            select(OutboxEntry).where(OutboxEntry.help_request_id == request.id)
        )
    }
    for state in (OutboxState.SENDING, OutboxState.FAILED, OutboxState.QUEUED):
        if state in states:
            request.state = REQUEST_STATE_FOR[state]
            return
    if states:
        request.state = RequestState.SENT
        request.sent_at = request.sent_at or utcnow()


def mirror_outbox_state(session: Session, entry: OutboxEntry) -> None:
    """Show an outbox entry's delivery state on the request it carries."""
    _mirror(session, session.get_one(HelpRequest, entry.help_request_id))


def record_request_sent(session: Session, entry: OutboxEntry, *, revision: int, url: str) -> None:
    """Remember where a delivered request arrived on the wiki."""
    request = session.get_one(HelpRequest, entry.help_request_id)
    request.remote_revision = revision
    request.remote_url = url
    if entry.result and entry.result.get("page_title"):
        request.remote_page = str(entry.result["page_title"])
    _mirror(session, request)


def record_request_mailed(session: Session, entry: OutboxEntry, *, message_id: str) -> None:
    """Remember the Message-ID the helpdesk received."""
    request = session.get_one(HelpRequest, entry.help_request_id)
    request.message_id = message_id
    _mirror(session, request)
