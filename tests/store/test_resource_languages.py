"""Every bundled text a user or partner reads exists in every supported language.

Guides, checklist templates, the licence catalogue and the phrases of the two documents
the partner reads (agreement draft, outcome report): each text in each language of
``SUPPORTED_LANGUAGES``, each translation keeping the ``{placeholders}`` and ``%1``
markers of its English text, and each guide keeping the English Markdown's shape.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping

import pytest

from desktop_app.core.checklists import ChecklistTemplate
from desktop_app.core.licences import TEXT_FIELDS
from desktop_app.core.localized import LocalizedText, is_right_to_left
from desktop_app.core.settings import SUPPORTED_LANGUAGES
from desktop_app.services import catalogues
from desktop_app.store import bundled

TRANSLATED = [code for code in SUPPORTED_LANGUAGES if code != "en"]
ARABIC_LETTER = re.compile("[\u0621-\u064a]")
LATIN_LETTER = re.compile("[A-Za-z]")


def placeholders(text: str) -> list[str]:
    """``{name}`` fields and Qt's ``%1`` markers, sorted (their order may change)."""
    fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    return sorted(fields + re.findall(r"%\d+", text))


def localized_texts() -> Iterator[tuple[str, LocalizedText]]:
    """(where, text) for every localized field of every bundled data file."""
    for template in bundled.checklist_templates():
        yield from _template_texts(template)
    for licence in bundled.licence_catalogue():
        for field in TEXT_FIELDS:
            if field in licence.texts:
                yield f"licence {licence.id}.{field}", licence.texts[field]
    for document in bundled.DOCUMENTS:
        for key, text in bundled.document_phrase_table(document).items():
            yield f"document {document}.{key}", text


def _template_texts(template: ChecklistTemplate) -> Iterator[tuple[str, LocalizedText]]:
    yield f"checklist {template.id}.title", template.title
    if template.description:
        yield f"checklist {template.id}.description", template.description
    for item in template.items:
        yield f"checklist {template.id}/{item.key}.title", item.title
        if item.help:
            yield f"checklist {template.id}/{item.key}.help", item.help


TEXTS = list(localized_texts())


def test_supported_languages_include_the_four_new_ones_once() -> None:
    assert SUPPORTED_LANGUAGES[0] == "en"
    assert {"sv", "es", "fr", "pt", "ar"} <= set(SUPPORTED_LANGUAGES)
    assert len(set(SUPPORTED_LANGUAGES)) == len(SUPPORTED_LANGUAGES)
    assert [code for code in SUPPORTED_LANGUAGES if is_right_to_left(code)] == ["ar"]


def test_every_resource_kind_is_covered() -> None:
    kinds = {where.split()[0] for where, _ in TEXTS}
    assert kinds == {"checklist", "licence", "document"}
    assert len(TEXTS) > 120


@pytest.mark.parametrize(("where", "text"), TEXTS, ids=[where for where, _ in TEXTS])
def test_text_has_every_language(where: str, text: LocalizedText) -> None:
    assert isinstance(text, Mapping), f"{where} is English only: give it every language"
    missing = [code for code in SUPPORTED_LANGUAGES if not str(text.get(code, "")).strip()]
    assert not missing, f"{where} lacks {missing}"
    assert set(text) <= set(SUPPORTED_LANGUAGES), f"{where} has unknown languages"


@pytest.mark.parametrize(("where", "text"), TEXTS, ids=[where for where, _ in TEXTS])
def test_translation_keeps_the_placeholders(where: str, text: LocalizedText) -> None:
    assert isinstance(text, Mapping)
    english = placeholders(text["en"])
    for code in TRANSLATED:
        assert placeholders(text[code]) == english, f"{where} [{code}] lost or added a field"


@pytest.mark.parametrize(("where", "text"), TEXTS, ids=[where for where, _ in TEXTS])
def test_arabic_is_written_in_arabic(where: str, text: LocalizedText) -> None:
    """A copied English text would pass the completeness test; Arabic letters would not."""
    assert isinstance(text, Mapping)
    if LATIN_LETTER.search(re.sub(r"\{\w+\}|CC[ \w.-]*|GLAM|Fieldkit", "", text["en"])):
        assert ARABIC_LETTER.search(text["ar"]), f"{where} [ar] is not Arabic"


def test_placeholder_check_can_fail() -> None:
    assert placeholders("Drafted on {date}.") != placeholders("Rédigé le.")
    assert placeholders("%1 of %2") != placeholders("%1 de")


# -- guides ------------------------------------------------------------------------------
ENGLISH_GUIDES = [guide for guide in bundled.all_guides() if guide.language == "en"]
GUIDE_CASES = [(guide, code) for guide in ENGLISH_GUIDES for code in TRANSLATED]


def _shape(markdown: str) -> list[str]:
    """Headings by level, list items and numbered items, in order: the Markdown's skeleton."""
    shape = []
    for line in markdown.splitlines():
        if match := re.match(r"(#+) ", line):
            shape.append(match.group(1))
        elif re.match(r"- ", line):
            shape.append("-")
        elif match := re.match(r"(\d+)\. ", line):
            shape.append(f"{match.group(1)}.")
    return shape


def test_guides_are_bundled_and_no_translation_is_orphaned() -> None:
    assert len(ENGLISH_GUIDES) >= 4
    english_ids = {guide.id for guide in ENGLISH_GUIDES}
    languages = {guide.language for guide in bundled.all_guides()}
    assert languages == set(SUPPORTED_LANGUAGES)
    for code in TRANSLATED:
        ids = {guide.id for guide in bundled.all_guides() if guide.language == code}
        assert ids == english_ids, f"guides in {code}"


@pytest.mark.parametrize(
    ("english", "code"), GUIDE_CASES, ids=[f"{g.id}.{c}" for g, c in GUIDE_CASES]
)
def test_every_guide_has_every_language(english: catalogues.Guide, code: str) -> None:
    node = bundled.resource("guides", f"{english.id}.{code}.md")
    assert node.is_file(), f"{node.name} is missing"
    text = node.read_text(encoding="utf-8")
    assert text.startswith(f"---\nid: {english.id}\ntitle: ")  # same front matter format

    guide = catalogues.get_guide(english.id, code)

    assert guide.language == code and guide.id == english.id
    assert guide.title.strip() and guide.title != english.title
    assert guide.markdown.strip() and guide.markdown != english.markdown
    assert guide.markdown in text
    assert _shape(guide.markdown) == _shape(english.markdown), "Markdown structure changed"
    assert catalogues.get_guide(english.id, f"{code}-XX") == guide  # a regional variant
    if code == "ar":
        assert ARABIC_LETTER.search(guide.title) and ARABIC_LETTER.search(guide.markdown)


@pytest.mark.parametrize("code", TRANSLATED)
def test_guides_are_listed_in_the_language(code: str) -> None:
    listed = catalogues.list_guides(code)
    assert {guide.language for guide in listed} == {code}
    assert len(listed) == len(ENGLISH_GUIDES)


def test_guides_keep_licence_codes_as_they_are() -> None:
    """CC0, CC BY 4.0 and CC BY-SA 4.0 are names: no translation may drop or alter them."""
    for english in ENGLISH_GUIDES:
        codes = sorted(set(re.findall(r"CC0|CC BY(?:-SA)? 4\.0", english.markdown)))
        for code in TRANSLATED:
            text = catalogues.get_guide(english.id, code).markdown
            assert sorted(set(re.findall(r"CC0|CC BY(?:-SA)? 4\.0", text))) == codes
