"""Sample files attached to a help request: copied into the database, size-limited."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.form_checks import InvalidInput, field_error
from desktop_app.core.help_request import AttachmentInfo, validate_attachment
from desktop_app.files.names import shown_name
from desktop_app.services.requests.drafts import ensure_editable
from desktop_app.store.repositories import requests as repo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.db import Database
    from desktop_app.store.models import HelpRequest


def add_attachment(db: Database, request_id: int, path: str | Path) -> int:
    """Copy a file into the request; raises :class:`InvalidInput` past the size limits."""
    with db.session() as session:
        return attach(session, repo.get_request(session, request_id), path)


def attach(session: Session, request: HelpRequest, path: str | Path) -> int:
    """:func:`add_attachment` inside the caller's transaction (a refusal rolls it back).

    The attachment is named as the file is, its bytes that are not UTF-8 (Linux allows
    them) written as ``\\xff`` escapes: the name is a label, the content is what counts.
    """
    source = Path(path)
    filename = shown_name(source.name)
    try:
        size = source.stat().st_size
    except OSError as error:
        raise _unreadable(source, filename, error) from error
    ensure_editable(session, request)
    others = [AttachmentInfo(a.filename, a.size) for a in request.attachments]
    problems = validate_attachment(AttachmentInfo(filename, size), others)
    if problems:
        raise InvalidInput(problems)
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    try:
        content = source.read_bytes()
    except OSError as error:
        raise _unreadable(source, filename, error) from error
    attachment = repo.add_attachment(
        session, request, filename=filename, media_type=media_type, content=content
    )
    return attachment.id


def _unreadable(source: Path, filename: str, error: OSError) -> InvalidInput:
    """The refusal of a file that cannot be read (gone, no permission, a folder)."""
    problem = field_error(
        "attachment.unreadable",
        "attachments",
        f"{shown_name(str(source))}: {error}",
        filename=filename,
    )
    return InvalidInput([problem])


def remove_attachment(db: Database, attachment_id: int) -> None:
    """Take a file off a request that was not sent yet."""
    with db.session() as session:
        attachment = repo.get_attachment(session, attachment_id)
        ensure_editable(session, attachment.help_request)
        repo.delete_attachment(session, attachment)
