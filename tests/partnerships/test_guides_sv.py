"""Every bundled guide ships in Swedish, with the same id, and the services return it."""

from __future__ import annotations

import pytest

from desktop_app.services import catalogues as guides
from desktop_app.store.bundled import all_guides as load_guides
from desktop_app.store.bundled import resource

GUIDE_DIR = resource("guides")
ENGLISH = [guide for guide in load_guides() if guide.language == "en"]


def test_guides_are_bundled_and_no_translation_is_orphaned() -> None:
    assert len(ENGLISH) >= 4
    english_ids = {guide.id for guide in ENGLISH}
    assert {guide.id for guide in load_guides() if guide.language == "sv"} == english_ids


@pytest.mark.parametrize("english", ENGLISH, ids=lambda guide: guide.id)
def test_every_guide_has_a_swedish_translation(english: guides.Guide) -> None:
    path = GUIDE_DIR / f"{english.id}.sv.md"
    assert path.is_file(), f"{path.name} is missing"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"---\nid: {english.id}\ntitle: ")  # same front matter format

    swedish = guides.get_guide(english.id, "sv")

    assert swedish.language == "sv" and swedish.id == english.id
    assert swedish.title.strip() and swedish.title != english.title
    assert swedish.markdown.strip() and swedish.markdown != english.markdown
    assert swedish.markdown in text
    assert guides.get_guide(english.id, "sv-SE") == swedish  # a regional variant finds it
    assert guides.get_guide(english.id, "en") == english


def test_swedish_guides_are_listed_and_searchable_in_swedish() -> None:
    listed = guides.list_guides("sv")
    assert {guide.language for guide in listed} == {"sv"}
    assert [guide.id for guide in guides.search_guides("fri licens", "sv")] != []
