"""File description pages: exact wikitext, and user text that cannot break out of it."""

from __future__ import annotations

import pytest

from desktop_app.core.media_wikitext import FilePage, file_page_wikitext
from desktop_app.store.bundled import get_licence

HOSTILE = "Fox }} | [[Category:Spam]] ~~~~\n== Heading ==\n{{Delete}} __NOTOC__"


def test_information_page_is_exact() -> None:
    page = FilePage(
        title="Red fox",
        descriptions={"en": "A red fox", "sv": "En röd räv"},
        date="2020-01-02",
        author="Anna Svensson",
        source="https://example.org/collection/item_42",
        categories=["Vulpes vulpes", "Foxes in Sweden"],
    )
    assert file_page_wikitext(page, get_licence("cc-by-4.0")) == (
        "== {{int:filedesc}} ==\n"
        "{{Information\n"
        "|description={{en|1=A red fox}}\n{{sv|1=En röd räv}}\n"
        "|date=2020-01-02\n"
        "|source=https://example.org/collection/item_42\n"
        "|author=Anna Svensson\n"
        "|permission=\n"
        "|other versions=\n"
        "}}\n"
        "\n"
        "== {{int:license-header}} ==\n"
        "{{cc-by-4.0}}\n"
        "\n"
        "[[Category:Vulpes vulpes]]\n"
        "[[Category:Foxes in Sweden]]\n"
    )


@pytest.mark.parametrize("field", ["descriptions", "author", "source", "title", "date"])
def test_hostile_text_cannot_close_templates_add_categories_sign_or_make_headings(
    field: str,
) -> None:
    values: dict[str, object] = {"descriptions": {"en": "x"}, "template": "artwork"}
    values[field] = {"en": HOSTILE} if field == "descriptions" else HOSTILE
    text = file_page_wikitext(FilePage(**values), get_licence("cc0-1.0"))  # type: ignore[arg-type]

    assert "[[Category:Spam]]" not in text and "[[" not in text
    assert "~~~" not in text
    assert "{{Delete}}" not in text and "__NOTOC__" not in text
    assert "\n==" not in text.replace("\n== {{int:filedesc}} ==", "").replace(
        "\n== {{int:license-header}} ==", ""
    )
    assert text.count("}}") == text.count("{{")  # every template closes where we close it
    assert text.count("|") == text.replace("&#124;", "").count("|")


def test_artwork_and_photograph_templates_and_unknown_date() -> None:
    licence = get_licence("pd-art-old-100")
    art = FilePage(
        title="Midsommardans",
        descriptions={"sv": "Dans"},
        date="unknown",
        author="{{Creator:Anders Zorn}}",
        institution="{{Institution:Nationalmuseum}}",
        template="artwork",
    )
    text = file_page_wikitext(art, licence)
    assert text.startswith("== {{int:filedesc}} ==\n{{Artwork\n|artist={{Creator:Anders Zorn}}\n")
    assert (
        "|date={{Unknown|date}}" in text and "|institution={{Institution:Nationalmuseum}}" in text
    )
    assert "{{PD-Art|PD-old-100}}" in text
    photo = file_page_wikitext(FilePage(template="photograph", author="Anna"), licence)
    assert "{{Photograph\n|photographer=Anna" in photo
    # A look-alike entity template with a pipe is escaped, not trusted.
    sneaky = file_page_wikitext(FilePage(author="{{Creator:X|[[Category:Y]]}}"), licence)
    assert "[[Category:Y]]" not in sneaky


def test_location_and_bad_category_names() -> None:
    page = FilePage(latitude=43.4674483, longitude=11.8851267, categories=["Good", "Bad]]x", ""])
    text = file_page_wikitext(page, get_licence("cc0-1.0"))
    assert "{{Location|43.4674483|11.8851267}}" in text
    assert "[[Category:Good]]" in text and "Bad" not in text
