"""A whole request at once, as the CLI writes one: all of it, or nothing.

``fieldkit request add`` gives the form, the attachments and "queue it" in one command;
if any part is refused (an attachment too large, a field the helpdesk needs missing, a
NUL byte from a binary file) no draft is left behind to find and clean up later.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.form_checks import InvalidInput
from desktop_app.core.help_request import (
    RequestForm,
    control_character_problems,
    form_changes,
    requester_defaults,
)
from desktop_app.services.requests.attachments import attach
from desktop_app.services.requests.queueing import queue_in
from desktop_app.store.repositories import requests as repo
from desktop_app.store.repositories.settings import load_settings

if TYPE_CHECKING:
    from desktop_app.store.db import Database


def add_whole_request(
    db: Database,
    *,
    partnership_id: int | None,
    fields: dict[str, Any],
    attachments: Sequence[str | Path] = (),
    queue: bool = True,
) -> int:
    """Write a request with its attachments and queue it (unless ``queue`` is false) in
    one transaction; returns its id. Raises :class:`InvalidInput` and then has written
    nothing at all."""
    changes = form_changes(fields)
    typed = RequestForm(**{name: value for name, value in changes.items() if name != "help_wanted"})
    problems = control_character_problems(typed)
    if problems:
        raise InvalidInput(problems)
    with db.session() as session:
        prefill = requester_defaults(load_settings(session))
        request = repo.add_request(
            session, partnership_id=partnership_id, checklist_item_id=None, fields=prefill | changes
        )
        for path in attachments:
            attach(session, request, path)
        if queue:
            queue_in(session, request)
        return request.id
