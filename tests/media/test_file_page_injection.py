"""No field of a file page can change the page around it, checked on the real wiki's parse.

Every text a partner or volunteer typed goes into one field of ``{{Information}}`` (or
``{{Artwork}}``/``{{Photograph}}``). The wiki renders the page and its API says what the
page became: page properties (``__NOINDEX__``, ``__HIDDENCAT__``, ``{{DISPLAYTITLE}}``...),
categories, templates, sections and external links. Only ours may be there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import Any

import pytest

from desktop_app.core.media_wikitext import FilePage, categories, file_page_wikitext
from desktop_app.core.titles import title_key
from desktop_app.store.bundled import get_licence
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from tests.fixtures.mediawiki import TestWiki

pytestmark = pytest.mark.wiki

MAGIC = "__NOINDEX__ __HIDDENCAT__ __NOTOC__ __NOEDITSECTION__ __FORCETOC__ __NEWSECTIONLINK__"
NASTY = (
    f"x }}}} | [[Category:Injected]] {{{{Injected}}}} ~~~~ {MAGIC}\n"
    "{{DISPLAYTITLE:Hacked}} {{DEFAULTSORT:Hacked}} <nowiki>x</nowiki> <!-- open\n"
    "== Injected heading ==\n* list\n http://example.org/__NOINDEX__/__HIDDENCAT__"
)
URL = "http://example.org/__NOINDEX__/__HIDDENCAT__/a_b"
# Links and templates a partner writes on purpose stay; the magic words inside never work.
WIKITEXT = (
    "[[Creator:Anna__NOINDEX__|Anna __HIDDENCAT__]] {{Creator:Anna__NOTOC__}} "
    "[http://example.org/__NOINDEX__ the museum __NEWSECTIONLINK__]"
)
# Simple stand-ins for Commons' templates: each shows every parameter it is given, as the
# real ones do. A missing template would render nothing of its parameters, and the test
# could then never fail.
TEMPLATES = {
    "Information": "description date source author permission other_versions",
    "Artwork": "artist title description date institution source",
    "Photograph": "photographer title description date institution source",
}
FIELDS = ("title", "descriptions", "date", "author", "source", "institution", "categories")


@pytest.fixture(scope="module")
def client(test_wiki: TestWiki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WikiClient]:
    test_wiki.start()  # an earlier test may have stopped it
    home = DataPaths(tmp_path_factory.mktemp("reader")).pywikibot_home
    account = WikiAccount(test_wiki.api_url, test_wiki.bot_user)
    wiki_client = WikiClient(home, account, test_wiki.bot_password)
    wiki_client.connect()
    _install_templates(wiki_client)
    yield wiki_client
    wiki_client.close()


def _install_templates(client: WikiClient) -> None:
    import pywikibot

    pages = {
        name: "\n".join(
            f"{param}: {{{{{{{param.replace('_', ' ')}|}}}}}}<br />" for param in params.split()
        )
        for name, params in TEMPLATES.items()
    }
    pages |= {"En": "{{{1|}}}", "Sv": "{{{1|}}}", "Cc-by-sa-4.0": "CC BY-SA 4.0"}
    pages["Location"] = "{{{1}}}, {{{2}}}"
    for name, text in pages.items():
        page = pywikibot.Page(client.site, f"Template:{name}")
        if not page.exists() or page.text != text:
            page.text = text
            page.save(summary="Fieldkit test template", bot=True)


def _rendered(client: WikiClient, text: str) -> dict[str, Any]:
    result: dict[str, Any] = client.site.simple_request(
        action="parse",
        title="File:Injection test.jpg",
        text=text,
        contentmodel="wikitext",
        prop="text|sections|categories|templates|properties|externallinks",
        formatversion=2,
    ).submit()
    return result["parse"]


def _page(template: str, field: str, value: str) -> FilePage:
    values: dict[str, Any] = {
        "title": "Plain title",
        "descriptions": {"en": "Plain", "sv": "Enkel"},
        "date": "1923-05-30",
        "author": "Anna",
        "source": "Museum",
        "institution": "Museum",
        "template": template,
        "latitude": 59.3,
        "longitude": 18.1,
        "categories": ["Harbours"],
    }
    if field == "descriptions":
        values[field] = {"en": value, "sv": value}
    elif field == "categories":
        values[field] = ["Harbours", value, f"Other {value}", "Hidden__HIDDENCAT__"]
    else:
        values[field] = value
    return FilePage(**values)


def _assert_only_ours(parsed: dict[str, Any], page: FilePage, template: str) -> None:
    assert parsed["properties"] == {}, parsed["properties"]
    assert [s["line"] for s in parsed["sections"]] == ["Summary", "Licensing"]
    templates = {t["title"] for t in parsed["templates"]}
    ours = {
        f"Template:{template.capitalize()}",
        "Template:En",
        "Template:Sv",
        "Template:Cc-by-sa-4.0",
        "Template:Location",
    }
    wanted = {t for t in templates if "Creator:Anna" in t}  # the partner's own
    assert templates - wanted <= ours, templates - ours
    assert all("Injected" not in t and "Hacked" not in t for t in templates)
    categories = {c["category"] for c in parsed["categories"]}
    # Exactly the page's own categories (as the wiki spells titles).
    assert categories == {title_key(name).replace(" ", "_") for name in _categories(page)}
    assert "Injected" not in categories
    html = parsed["text"]
    assert "<li>" not in html and "<h2" not in html.replace('<h2><span class="mw-headline"', "")
    assert "Hacked" not in parsed.get("displaytitle", "")
    shown = unescape(re.sub(r"<[^>]+>", "", html))  # what a reader sees
    assert "(UTC)" not in shown and "User:" not in html  # "~~~~" never becomes a signature


def _categories(page: FilePage) -> list[str]:
    return categories(page.categories)


@pytest.mark.parametrize("template", ["information", "artwork", "photograph"])
@pytest.mark.parametrize("field", FIELDS)
def test_hostile_text_in_any_field_changes_nothing_on_the_rendered_page(
    client: WikiClient, template: str, field: str
) -> None:
    for value in (NASTY, URL, WIKITEXT):
        page = _page(template, field, value)
        parsed = _rendered(client, file_page_wikitext(page, get_licence("cc-by-sa-4.0")))
        _assert_only_ours(parsed, page, template)


def test_a_source_url_stays_a_working_link_to_the_same_address(client: WikiClient) -> None:
    page = _page("information", "source", URL)
    parsed = _rendered(client, file_page_wikitext(page, get_licence("cc-by-sa-4.0")))
    assert parsed["properties"] == {}
    assert URL in parsed["externallinks"]


def test_links_and_templates_written_on_purpose_are_kept(client: WikiClient) -> None:
    page = _page("information", "author", WIKITEXT)
    text = file_page_wikitext(page, get_licence("cc-by-sa-4.0"))
    parsed = _rendered(client, text)
    assert parsed["properties"] == {}
    assert any("Creator:Anna" in t["title"] for t in parsed["templates"])
    assert "http://example.org/__NOINDEX__" in parsed["externallinks"]
    assert 'title="Creator:Anna' in parsed["text"]  # the link is a link, not plain text


def test_the_injection_test_can_fail(client: WikiClient) -> None:
    """The same checks catch magic words when they are not escaped (raw wikitext)."""
    parsed = _rendered(client, f"{{{{Information|source={URL}}}}}")
    assert "noindex" in parsed["properties"] and "hiddencat" in parsed["properties"]
