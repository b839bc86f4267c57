"""The guidance library for the UI and CLI: list, search, open (all offline)."""

from __future__ import annotations

from desktop_app.core.guides import Guide, UnknownGuide, get_guide, guides_for, search_guides

__all__ = ["Guide", "UnknownGuide", "get_guide", "list_guides", "search_guides"]


def list_guides(language: str = "en") -> list[Guide]:
    """Every guide once, in the user's language where translated."""
    return guides_for(language)
