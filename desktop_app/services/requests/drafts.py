"""Writing and reading help requests: new drafts, autosave, the editor's view, the preview.

A draft or a still-queued request can change field by field (the editor autosaves); one
that any channel delivered raises :class:`RequestNotEditable`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.core.help_request import (
    FORM_FIELDS,
    RequestForm,
    form_changes,
    requester_defaults,
    validate_request,
)
from desktop_app.core.help_request_delivery import RequestNotEditable, is_editable
from desktop_app.core.help_request_mail import (
    mail_sender,
    mail_subject,
    message_id_for,
    render_mail_text,
)
from desktop_app.core.help_request_text import render_section_text, section_title
from desktop_app.services.requests.views import (
    HelpRequestDetail,
    HelpRequestSummary,
    RequestPreview,
    detail_of,
    summary_of,
)
from desktop_app.store.repositories import requests as repo
from desktop_app.store.repositories.settings import load_settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.core.problems import Problem
    from desktop_app.store.db import Database
    from desktop_app.store.models import HelpRequest


def ensure_editable(session: Session, request: HelpRequest) -> None:
    """Raise :class:`RequestNotEditable` once the request is (being) sent."""
    sent = repo.any_channel_sent(session, request.id)
    if not is_editable(request.state, any_channel_sent=sent):
        raise RequestNotEditable(request.uuid)


def request_defaults(db: Database) -> RequestForm:
    """The form a new request starts with (who is asking, from the settings), unsaved.

    The composer shows these before anything is typed, so an untouched "New request"
    leaves no empty draft behind.
    """
    with db.session() as session:
        prefill = requester_defaults(load_settings(session))
    values: dict[str, Any] = {name: prefill.get(name) or "" for name in FORM_FIELDS}
    values["help_wanted"] = ()
    return RequestForm(**values)


def new_request(
    db: Database,
    *,
    partnership_id: int | None = None,
    checklist_item_id: int | None = None,
    **fields: Any,
) -> int:
    """A new draft, prefilled from the settings, with ``fields`` typed; returns its id.

    Raises ``TypeError`` for a name that is not a form field.
    """
    changes = form_changes(fields)
    with db.session() as session:
        prefill = requester_defaults(load_settings(session))
        request = repo.add_request(
            session,
            partnership_id=partnership_id,
            checklist_item_id=checklist_item_id,
            fields=prefill | changes,
        )
        return request.id


def update_request(
    db: Database, request_id: int, *, partnership_id: int | None = None, **fields: Any
) -> None:
    """Autosave some form fields of a draft or queued request (and its partnership)."""
    changes = form_changes(fields)
    with db.session() as session:
        request = repo.get_request(session, request_id)
        ensure_editable(session, request)
        repo.change_request(request, changes)
        if partnership_id is not None:
            request.partnership_id = partnership_id


def get_request(db: Database, request_id: int) -> HelpRequestDetail:
    """Everything the editor shows of one request; raises ``RequestNotFound``."""
    with db.session() as session:
        return detail_of(session, repo.get_request(session, request_id))


def list_requests(db: Database) -> list[HelpRequestSummary]:
    """All requests, newest first, with their delivery state."""
    with db.session() as session:
        return [summary_of(session, request) for request in repo.requests_newest_first(session)]


def validate(db: Database, request_id: int) -> list[Problem]:
    """Problems of a request's current form (errors block sending)."""
    with db.session() as session:
        return validate_request(repo.request_form(repo.get_request(session, request_id)))


def preview_request(db: Database, request_id: int) -> RequestPreview:
    """What the configured channels would send now (wiki text verbatim, mail text)."""
    with db.session() as session:
        settings = load_settings(session)
        request = repo.get_request(session, request_id)
        content = repo.request_content(
            session, request, attachments_mailed=settings.helpdesk_by_email
        )
        sender = mail_sender(settings, content.form.requester_email)
        return RequestPreview(
            wiki_page=settings.helpdesk_page_for_wiki or None,
            wiki_section_title=section_title(content),
            wiki_text=render_section_text(content),
            email_to=settings.helpdesk_email if settings.helpdesk_by_email else None,
            email_subject=mail_subject(content),
            email_text=render_mail_text(content),
            email_message_id=message_id_for(content.uuid, sender),
            attachments=tuple(a.filename for a in request.attachments),
        )
