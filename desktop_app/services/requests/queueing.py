"""Sending a help request: queue it, take it back, or make it due again ("Retry now").

A queued request gets one outbox entry per configured channel (wiki section, email); the
sync runner delivers them when the network allows, and the request's state is the least
advanced of its entries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.form_checks import InvalidInput, field_error
from desktop_app.core.help_request_delivery import (
    HELPDESK_PAGE_CODES,
    WIKI_SECTION_KIND,
    RequestState,
    channel_kinds,
    error_code_of,
    queue_problems,
)
from desktop_app.services.requests.drafts import ensure_editable
from desktop_app.store.repositories import requests as repo
from desktop_app.store.repositories.settings import load_settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.db import Database
    from desktop_app.store.models import HelpRequest


def queue_request(db: Database, request_id: int) -> int:
    """Put a request in the outbox, once per configured channel; returns the first entry id.

    Raises :class:`InvalidInput` when the form has errors or no channel is configured.
    A channel that already delivered the request is left as it is.
    """
    with db.session() as session:
        return queue_in(session, repo.get_request(session, request_id))


def queue_in(session: Session, request: HelpRequest) -> int:
    """:func:`queue_request` inside the caller's transaction (a refusal rolls it back)."""
    settings = load_settings(session)
    problems = queue_problems(repo.request_form(request), settings)
    if problems:
        raise InvalidInput(problems)
    entry_ids = []
    for kind in channel_kinds(settings):
        entry = repo.outbox_entry_of_kind(session, request.id, kind)
        if entry is not None:
            repo.make_due_now(entry)
        else:
            # The wiki entry keeps the request's uuid as its key (the marker on the page).
            key = request.uuid if kind == WIKI_SECTION_KIND else None
            entry = repo.add_outbox_entry(session, request, kind, idempotency_key=key)
        entry_ids.append(entry.id)
    repo.mirror_request_state(session, request)
    return entry_ids[0]


def withdraw_request(db: Database, request_id: int) -> None:
    """Take a queued request back to draft (only while it is not being or been sent)."""
    with db.session() as session:
        request = repo.get_request(session, request_id)
        ensure_editable(session, request)
        repo.delete_outbox_entries(session, request_id)
        request.state = RequestState.DRAFT


def retry_request_now(db: Database, request_id: int) -> None:
    """The user's "retry now": every undelivered channel of the request is due at once."""
    with db.session() as session:
        for entry in repo.outbox_entries_of(session, request_id):
            repo.make_due_now(entry)
        repo.mirror_request_state(session, repo.get_request(session, request_id))


def requeue_after_page_change(db: Database) -> list[int]:
    """The helpdesk page setting changed: wiki deliveries that failed because of the page
    (a bad title, a protected page, none chosen) are due again; returns the requests.

    So a user who fixed the page in Settings never also needs "Retry now".
    """
    requeued: list[int] = []
    with db.session() as session:
        for entry in repo.failed_entries_of_kind(session, WIKI_SECTION_KIND):
            if error_code_of(entry.last_error) not in HELPDESK_PAGE_CODES:
                continue
            repo.make_due_now(entry)
            if entry.help_request_id is not None:
                repo.mirror_request_state(session, repo.get_request(session, entry.help_request_id))
                requeued.append(entry.help_request_id)
    return requeued


def retry_request(db: Database, request_id: int) -> None:
    """ "Retry now" by id (``fieldkit request retry``): refuses what has nothing to retry.

    Raises ``RequestNotFound``, or :class:`InvalidInput` for a draft that was never
    queued (``request.not_queued``) or a request every channel delivered
    (``request.already_sent``).
    """
    with db.session() as session:
        request = repo.get_request(session, request_id)
        entries = repo.outbox_entries_of(session, request_id)
        if not entries:
            raise InvalidInput(
                [
                    field_error(
                        "request.not_queued",
                        "ID",
                        f"Request {request_id} is a draft; send it first.",
                        request=request_id,
                    )
                ]
            )
        if all(entry.state == RequestState.SENT for entry in entries):
            raise InvalidInput(
                [
                    field_error(
                        "request.already_sent",
                        "ID",
                        f"Request {request_id} was sent already.",
                        request=request_id,
                        state=str(request.state),
                    )
                ]
            )
    retry_request_now(db, request_id)
