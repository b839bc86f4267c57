"""What the app ships, for the UI and the CLI: licences, checklist templates, guides.

All offline and cached (read once from the package by :mod:`desktop_app.store.bundled`).
"""

from __future__ import annotations

from desktop_app.core.checklists import ChecklistTemplate, UnknownTemplate
from desktop_app.core.guides import Guide, UnknownGuide
from desktop_app.core.licences import Licence, LicenceCatalogue, UnknownLicence
from desktop_app.store import bundled

__all__ = [
    "ChecklistTemplate",
    "Guide",
    "Licence",
    "LicenceCatalogue",
    "UnknownGuide",
    "UnknownLicence",
    "UnknownTemplate",
    "checklist_templates",
    "get_guide",
    "get_licence",
    "licence_catalogue",
    "list_guides",
    "search_guides",
]


def licence_catalogue() -> LicenceCatalogue:
    """Every licence a partner can choose, in the catalogue's order."""
    return bundled.licence_catalogue()


def get_licence(licence_id: str) -> Licence:
    """One licence; raises :class:`UnknownLicence`."""
    return bundled.get_licence(licence_id)


def checklist_templates() -> tuple[ChecklistTemplate, ...]:
    """The checklist templates a partnership can use."""
    return bundled.checklist_templates()


def list_guides(language: str = "en") -> list[Guide]:
    """Every guide once, in the user's language where translated."""
    return bundled.guides_in(language)


def search_guides(query: str, language: str = "en") -> list[Guide]:
    """Guides containing every word of ``query``."""
    return bundled.find_guides(query, language)


def get_guide(guide_id: str, language: str = "en") -> Guide:
    """One guide in ``language`` (English fallback); raises :class:`UnknownGuide`."""
    return bundled.get_guide(guide_id, language)
