"""The interface languages the app ships, for the UI's language picker and translator.

The compiled Qt catalogues (``.qm``) are package data read by :mod:`desktop_app.store.bundled`;
the UI gets them here as plain bytes, so it never needs a file path (a wheel, a bundle or
a zip import all work) and no layer below the UI imports Qt.
"""

from __future__ import annotations

from desktop_app.store import bundled

SOURCE_LANGUAGE = "en"  # the language of the texts in the code: it needs no catalogue


def shipped_languages() -> list[str]:
    """Codes of the languages with a shipped catalogue, sorted (English is not among them)."""
    return sorted(bundled.translation_catalogues())


def catalogue_data(language: str) -> bytes | None:
    """The compiled catalogue of ``language``, or None when none is shipped."""
    node = bundled.translation_catalogues().get(language)
    return None if node is None else node.read_bytes()
