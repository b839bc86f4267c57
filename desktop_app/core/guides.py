"""The bundled guides (``resources/guides/*.md``): parsed, searchable, translatable.

Each guide is a Markdown file with a small front matter (``id``, ``title``). A
translation sits next to it as ``NAME.LANG.md`` (``batch-upload.sv.md``); the user's
language is chosen with English as fallback, as for every other bundled text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from desktop_app.core.localized import FALLBACK_LANGUAGE
from desktop_app.system.paths import repo_resource_dir


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


def _parse(path: Path) -> Guide:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    if text.startswith("---\n"):
        header, _, text = text[4:].partition("\n---\n")
        for line in header.splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    parts = path.name.split(".")
    language = parts[1] if len(parts) == 3 else FALLBACK_LANGUAGE
    guide_id = meta.get("id") or parts[0]
    return Guide(guide_id, language, meta.get("title") or guide_id, text.lstrip("\n"))


@lru_cache(maxsize=4)
def load_guides(folder: Path | None = None) -> tuple[Guide, ...]:
    """Every guide in every language (cached: they ship with the app)."""
    source = folder or repo_resource_dir() / "guides"
    return tuple(_parse(path) for path in sorted(source.glob("*.md")))


def guides_for(language: str, folder: Path | None = None) -> list[Guide]:
    """One version of each guide: ``language`` (or its base), else English."""
    chosen: dict[str, Guide] = {}
    wanted = (language, language.split("-")[0], FALLBACK_LANGUAGE)
    for guide in load_guides(folder):
        current = chosen.get(guide.id)
        if guide.language in wanted and (
            current is None or wanted.index(guide.language) < wanted.index(current.language)
        ):
            chosen[guide.id] = guide
    return sorted(chosen.values(), key=lambda guide: guide.title.casefold())


def search_guides(query: str, language: str = "en", folder: Path | None = None) -> list[Guide]:
    """Guides containing every word of ``query`` (all of them for an empty query)."""
    words = query.casefold().split()
    return [guide for guide in guides_for(language, folder) if guide.matches(words)]


def get_guide(guide_id: str, language: str = "en", folder: Path | None = None) -> Guide:
    for guide in guides_for(language, folder):
        if guide.id == guide_id:
            return guide
    raise UnknownGuide(guide_id)
