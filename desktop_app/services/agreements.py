"""The partnership agreement draft, written as PDF, ODT or HTML for the GUI and the CLI alike.

The draft is made of what the partnership page holds (partner, material, credit line,
licence) and who the volunteer is (from the settings); what is still blank is named so
the user knows what to fill in. Qt lays out PDF and ODT (``documents.export``), so
:func:`export_agreement` runs on the GUI thread in the app.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.agreement import AgreementData, missing_fields, render_agreement_html
from desktop_app.core.licences import UnknownLicence
from desktop_app.documents.export import (
    ExportError,
    ensure_gui_application,
    export_html,
    format_for,
    needs_gui_application,
)
from desktop_app.store.bundled import document_phrases, get_licence
from desktop_app.store.repositories import partnerships as repo
from desktop_app.store.repositories.settings import load_settings

if TYPE_CHECKING:
    from desktop_app.core.settings import AppSettings
    from desktop_app.store.db import Database
    from desktop_app.store.models import Partnership

__all__ = ["AgreementExport", "ExportError", "agreement_format", "export_agreement"]


@dataclass(frozen=True)
class AgreementExport:
    """A written draft: where, in which format and language, and what was left blank."""

    path: Path
    format: str
    partnership: str
    language: str
    missing: list[str] = field(default_factory=list)


def agreement_format(path: str | os.PathLike[str]) -> str:
    """``pdf``, ``odt`` or ``html`` from the file name; raises :class:`ExportError`.

    Lets a caller refuse an unknown file type before it opens anything.
    """
    return format_for(path)


def export_agreement(
    db: Database,
    partnership_id: int,
    path: str | os.PathLike[str],
    *,
    title: str = "",
    language: str | None = None,
    drafted_on: date | None = None,
) -> AgreementExport:
    """Write the partnership's agreement draft to ``path`` (format from the extension).

    ``title`` goes into the PDF's properties (default: the draft's own title with the
    partner's name); ``language`` (default: the app's interface language) is the language
    of the whole draft, its phrases from ``resources/documents/agreement.yaml``. Raises
    ``PartnershipNotFound``, or :class:`ExportError` with a message for the user when the
    file cannot be written.
    """
    kind = format_for(path)
    with db.session() as session:
        row = repo.get_partnership(session, partnership_id)
        settings = load_settings(session)
        data = _agreement_data(row, settings, drafted_on or date.today())
        name = row.name
    language = language or settings.language
    if needs_gui_application(path):
        ensure_gui_application()  # Qt lays the document out; offscreen, no display needed
    phrases = document_phrases("agreement", language)
    html = render_agreement_html(data, phrases)
    written = export_html(html, path, title=title or phrases.text("pdf_title", name=name))
    return AgreementExport(written, kind, name, language, missing_fields(data))


def _agreement_data(row: Partnership, settings: AppSettings, drafted_on: date) -> AgreementData:
    try:
        licence = get_licence(row.licence_id) if row.licence_id else None
    except UnknownLicence:
        licence = None
    volunteer = settings.requester_name
    if settings.wiki_username:
        volunteer = f"{volunteer} (User:{settings.wiki_username.partition('@')[0]})".strip()
    return AgreementData(
        partner_name=row.name,
        partner_country=row.country,
        partner_contact="\n".join(p for p in (row.contact_name, row.contact_details) if p),
        volunteer_name=volunteer,
        affiliate=settings.requester_affiliation,
        material=row.material,
        credit_line=row.credit_line or row.name,
        licence=licence,
        drafted_on=drafted_on,
    )
