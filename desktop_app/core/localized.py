"""Text in bundled data files that may come in several languages.

A field is either a plain string (English) or a map ``{language code: text}``. Keeping the
choice here lets data files be translated without Qt's machinery in the core.
"""

from __future__ import annotations

from collections.abc import Mapping

LocalizedText = str | Mapping[str, str]
FALLBACK_LANGUAGE = "en"
# Scripts written right to left; a language's base code decides (``ar-EG`` is ``ar``).
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})


def pick(value: LocalizedText | None, language: str) -> str:
    """The text for ``language`` (or its base, e.g. ``pt`` for ``pt-BR``), else English."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    for code in (language, language.split("-")[0], FALLBACK_LANGUAGE):
        if code in value:
            return value[code]
    return next(iter(value.values()), "")


def is_right_to_left(language: str) -> bool:
    """Whether text in ``language`` runs right to left (documents then mirror)."""
    return language.split("-")[0].split("_")[0].lower() in RIGHT_TO_LEFT_LANGUAGES
