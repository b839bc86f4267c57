"""The phrases of a document the partner reads (agreement draft, outcome report), in one language.

The texts are data (``resources/documents/*.yaml``, read by :mod:`desktop_app.store.bundled`)
so translators never touch the renderers, and the renderers stay pure: they receive a
:class:`Phrases` and never open a file. A phrase is plain text with ``{placeholders}``;
the renderer escapes the phrase and inserts values that are already HTML, so a phrase can
never smuggle markup into the document and a value is never escaped twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from desktop_app.core.localized import LocalizedText, is_right_to_left, pick

# Unicode directional isolates: a value wrapped in them keeps its own direction inside
# text of the other direction. Qt's text layout honours them (checked in PDF); HTML's
# <bdi> and inline dir= are not supported by QTextDocument. "First strong" takes the
# direction of the value's first letter (names); "left-to-right" is for values without
# letters (dates, numbers), which Qt otherwise lays out right to left: 2026-11-30 would
# read 30-11-2026.
FIRST_STRONG_ISOLATE = "\u2068"
LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_DIRECTIONAL_ISOLATE = "\u2069"


# Fonts for a document in a script the default fonts draw poorly; Qt falls back along the
# list per character, so Latin names still come from a Latin font. Noto Sans Arabic ships
# in Debian's fonts-noto-core (scripts/bootstrap.sh installs it); without it Qt would pick
# Noto Kufi Arabic, a display face, or DejaVu Sans's plainer Arabic.
DOCUMENT_FONTS = {"ar": "'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif"}
DEFAULT_FONTS = "'DejaVu Sans', Arial, sans-serif"


class MissingPhrase(KeyError):
    """A renderer asked for a phrase the document's data file does not have."""


@dataclass(frozen=True)
class Phrases:
    """One document's phrase table, read in ``language`` (English where a text is missing)."""

    language: str
    table: Mapping[str, LocalizedText]

    def text(self, key: str, **values: object) -> str:
        """The phrase as plain text, placeholders filled with ``values`` as given."""
        return self._template(key).format_map(values)

    def html(self, key: str, **values: str) -> str:
        """The phrase escaped for HTML; ``values`` are inserted as they are (already HTML)."""
        return escape(self._template(key), quote=False).format_map(values)

    @property
    def right_to_left(self) -> bool:
        return is_right_to_left(self.language)

    @property
    def direction(self) -> str:
        """``rtl`` or ``ltr``: the value of the document's ``dir`` attributes."""
        return "rtl" if self.right_to_left else "ltr"

    @property
    def font_family(self) -> str | None:
        """A CSS ``font-family`` list this language needs, if any."""
        return DOCUMENT_FONTS.get(self.language.split("-")[0])

    def isolate(self, value: str, *, left_to_right: bool = False) -> str:
        """``value`` kept in its own direction inside right-to-left text.

        A Latin file name or partner name ending in ``)`` or ``!`` would otherwise have
        that character drawn on the wrong side in Arabic; ``left_to_right`` for dates,
        times and URLs. Left-to-right documents are left exactly as they were.
        """
        if not self.right_to_left or not value:
            return value
        opening = LEFT_TO_RIGHT_ISOLATE if left_to_right else FIRST_STRONG_ISOLATE
        return f"{opening}{value}{POP_DIRECTIONAL_ISOLATE}"

    def _template(self, key: str) -> str:
        if key not in self.table:
            raise MissingPhrase(key)
        return pick(self.table[key], self.language)


def parse_phrases(data: Mapping[str, object]) -> dict[str, LocalizedText]:
    """The phrase table of a document's YAML data (``{"phrases": {key: text}}``)."""
    phrases = data.get("phrases")
    if not isinstance(phrases, Mapping):
        raise ValueError("a document's data needs a 'phrases' mapping")
    return {str(key): value for key, value in phrases.items()}
