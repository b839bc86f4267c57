"""The committee pack for a month or a selection, as HTML, PDF or CSV.

PDF goes through the document adapter (Qt's text layout) like the other reports; call it
off the GUI thread from the UI.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.desk import CRITERIA
from desktop_app.core.desk_pack import (
    JUSTIFICATION_FIELDS,
    PackEntry,
    PackReview,
    render_pack_csv,
    render_pack_html,
)
from desktop_app.core.form_checks import InvalidInput, field_error
from desktop_app.store.models import DeskRequest
from desktop_app.store.repositories import desk as rows

if TYPE_CHECKING:
    from desktop_app.store.db import Database

PACK_FORMATS = {".html": "html", ".htm": "html", ".pdf": "pdf", ".csv": "csv"}


@dataclass(frozen=True)
class PackWritten:
    out: Path
    format: str
    requests: int
    reviewed: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": True,
            "out": str(self.out),
            "format": self.format,
            "requests": self.requests,
            "reviewed": self.reviewed,
        }


def month_range(month: str) -> tuple[datetime, datetime]:
    """``YYYY-MM`` → its first moment and the next month's; raises :class:`InvalidInput`."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", month.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise InvalidInput(
            [field_error("desk.month_invalid", "month", "Give the month as YYYY-MM.")]
        )
    year, number = int(match.group(1)), int(match.group(2))
    start = datetime(year, number, 1)
    end = datetime(year + (number == 12), number % 12 + 1, 1)
    return start, end


def pack_format(out: Path) -> str:
    """The format from the file name; raises :class:`InvalidInput` (``desk.pack_format``)."""
    kind = PACK_FORMATS.get(out.suffix.lower())
    if kind is None:
        raise InvalidInput(
            [field_error("desk.pack_format", "out", "Write the pack as .html, .pdf or .csv.")]
        )
    return kind


def _entry(request: DeskRequest) -> PackEntry:
    by_reviewer: dict[str, tuple[dict[str, int], dict[str, str]]] = {}
    for review in request.reviews:
        scores, comments = by_reviewer.setdefault(review.reviewer, ({}, {}))
        scores[review.criterion] = review.score
        if review.comment:
            comments[review.criterion] = review.comment
    fields = request.fields or {}
    return PackEntry(
        id=request.id,
        subject=request.subject,
        requester=request.requester_name or request.requester_user or request.requester_email,
        partner=request.partner,
        channels=tuple(dict.fromkeys(s.channel for s in request.sources if s.role == "request")),
        received_at=request.received_at,
        state=request.state,
        assignee=request.assignee,
        description=request.text,
        justification=tuple(
            (label, str(fields[name])) for name, label in JUSTIFICATION_FIELDS if fields.get(name)
        ),
        reviews=tuple(
            PackReview(reviewer, scores, comments)
            for reviewer, (scores, comments) in sorted(by_reviewer.items())
            if all(c in scores for c in CRITERIA)
        ),
    )


def write_pack(
    db: Database,
    out: Path,
    *,
    month: str | None = None,
    request_ids: Iterable[int] | None = None,
    title: str = "",
) -> PackWritten:
    """Write the pack of a month's requests (or of a selection) to ``out``.

    Raises :class:`InvalidInput` for a bad month or suffix, ``ExportError`` when the file
    cannot be written.
    """
    kind = pack_format(out)
    with db.session() as session:
        if request_ids is not None:
            found = rows.requests_by_ids(session, request_ids)
            heading = title or "Committee pack: selected requests"
        else:
            start, end = month_range(month or "")
            found = rows.requests_received_between(session, start, end)
            heading = title or f"Committee pack {start:%Y-%m}"
        entries = [_entry(request) for request in found]
    if kind == "csv":
        _write_text(out, render_pack_csv(entries))
    else:
        html = render_pack_html(heading, entries)
        if kind == "html":
            _write_text(out, html)
        else:
            from desktop_app.documents.export import ensure_gui_application, export_html

            ensure_gui_application()
            export_html(html, out, title=heading)
    return PackWritten(out, kind, len(entries), sum(1 for e in entries if e.reviews))


def _write_text(out: Path, text: str) -> None:
    from desktop_app.documents.export import ExportError

    try:
        temporary = out.with_name(f".{out.name}.part")
        temporary.write_text(text, encoding="utf-8", newline="")
        temporary.replace(out)
    except OSError as error:
        raise ExportError(f"Could not write {out}: {error.strerror or error}") from error
