"""Sample files attached to a help request (stored in the database, size-limited)."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from desktop_app.core.form_checks import InvalidInput, field_error
from desktop_app.core.help_request import (
    AttachmentInfo,
    validate_attachment,
)
from desktop_app.services.help_requests import ensure_editable
from desktop_app.store.db import Database
from desktop_app.store.models import (
    HelpRequest,
    RequestAttachment,
)


def add_attachment(db: Database, request_id: int, path: str | Path) -> int:
    """Copy a file into the request; raises :class:`InvalidInput` past the size limits."""
    source = Path(path)
    try:
        size = source.stat().st_size
    except OSError as error:
        raise InvalidInput(
            [field_error("attachment.unreadable", "attachments", f"{source}: {error}",
                         filename=source.name)]
        ) from error  # fmt: skip
    with db.session() as session:
        request = session.get_one(HelpRequest, request_id)
        ensure_editable(session, request)
        others = [AttachmentInfo(a.filename, a.size) for a in request.attachments]
        problems = validate_attachment(AttachmentInfo(source.name, size), others)
        if problems:
            raise InvalidInput(problems)
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        attachment = RequestAttachment(
            filename=source.name, media_type=media_type, size=size, content=source.read_bytes()
        )
        request.attachments.append(attachment)
        session.flush()
        return attachment.id


def remove_attachment(db: Database, attachment_id: int) -> None:
    with db.session() as session:
        attachment = session.get_one(RequestAttachment, attachment_id)
        ensure_editable(session, attachment.help_request)
        session.delete(attachment)


# -- reading ------------------------------------------------------------------------------
