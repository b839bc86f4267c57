"""Text in bundled data files that may come in several languages.

A field is either a plain string (English) or a map ``{language code: text}``. Keeping the
choice here lets data files be translated without Qt's machinery in the core.
"""

from __future__ import annotations

from collections.abc import Mapping

LocalizedText = str | Mapping[str, str]
FALLBACK_LANGUAGE = "en"


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
