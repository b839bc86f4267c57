"""The bundled guides (``resources/guides/*.md``, read by ``store.bundled``): parsed, searchable.

Each guide is a Markdown file with a small front matter (``id``, ``title``). A
translation sits next to it as ``NAME.LANG.md`` (``batch-upload.sv.md``); the user's
language is chosen with English as fallback, as for every other bundled text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.core.localized import FALLBACK_LANGUAGE


class UnknownGuide(KeyError):
    """No guide with that id is bundled."""


@dataclass(frozen=True)
class Guide:
    id: str
    language: str
    title: str
    markdown: str  # the text without front matter; QTextBrowser.setMarkdown shows it

    def matches(self, words: list[str]) -> bool:
        haystack = f"{self.title}\n{self.markdown}".casefold()
        return all(word in haystack for word in words)


def parse_guide(file_name: str, text: str) -> Guide:
    """A guide from its file name (``NAME.md`` or ``NAME.LANG.md``) and Markdown text."""
    meta: dict[str, str] = {}
    if text.startswith("---\n"):
        header, _, text = text[4:].partition("\n---\n")
        for line in header.splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    parts = file_name.split(".")
    language = parts[1] if len(parts) == 3 else FALLBACK_LANGUAGE
    guide_id = meta.get("id") or parts[0]
    return Guide(guide_id, language, meta.get("title") or guide_id, text.lstrip("\n"))


def guides_for(guides: Iterable[Guide], language: str) -> list[Guide]:
    """One version of each guide: ``language`` (or its base), else English."""
    chosen: dict[str, Guide] = {}
    wanted = (language, language.split("-")[0], FALLBACK_LANGUAGE)
    for guide in guides:
        current = chosen.get(guide.id)
        if guide.language in wanted and (
            current is None or wanted.index(guide.language) < wanted.index(current.language)
        ):
            chosen[guide.id] = guide
    return sorted(chosen.values(), key=lambda guide: guide.title.casefold())


def search_guides(guides: Iterable[Guide], query: str, language: str = "en") -> list[Guide]:
    """Guides containing every word of ``query`` (all of them for an empty query)."""
    words = query.casefold().split()
    return [guide for guide in guides_for(guides, language) if guide.matches(words)]


def find_guide(guides: Iterable[Guide], guide_id: str, language: str = "en") -> Guide:
    """The guide in ``language`` (English fallback); raises :class:`UnknownGuide`."""
    for guide in guides_for(guides, language):
        if guide.id == guide_id:
            return guide
    raise UnknownGuide(guide_id)
