"""Partners' wikitext in author/source/institution: kept when balanced, inert, or refused."""

from __future__ import annotations

import pytest

from desktop_app.core.wikitext_cells import inert_wikitext, looks_like_wikitext, wikitext_issue


@pytest.mark.parametrize(
    "text",
    [
        "[[Creator:Carl Larsson]]",
        "{{Creator:Carl Larsson}}",
        "{{Institution:Nordiska museet}}",
        "[[User:Anna|Anna]] for {{Institution:Nordiska museet}}",
        "[https://digitaltmuseum.se/0210 DigitaltMuseum]",
        "{{Information field|name=Source|value=[[Nordiska museet]]}}",
    ],
)
def test_links_and_templates_written_on_purpose_are_kept_as_they_are(text: str) -> None:
    assert looks_like_wikitext(text)
    assert wikitext_issue(text) is None
    assert inert_wikitext(text) == text


def test_everything_around_them_is_made_inert() -> None:
    text = "[[Creator:A__NOINDEX__|A]] ~~~~ <!-- x --> a | b {x} __HIDDENCAT__"
    assert inert_wikitext(text) == (
        "[[Creator:A_&#95;NOINDEX_&#95;|A]] &#126;&#126;&#126;&#126; &lt;!-- x --&gt; "
        "a &#124; b &#123;x&#125; _&#95;HIDDENCAT_&#95;"
    )


@pytest.mark.parametrize(
    ("text", "code", "detail"),
    [
        ("[[Creator:Carl Larsson", "unbalanced", "[["),
        ("{{Creator:Carl Larsson}", "unbalanced", "{{"),
        ("Carl Larsson]] {{x}}", "unbalanced", "]]"),
        ("{{Creator:A]]", "unbalanced", "]]"),
        ("[[Category:Paintings]] by [[Creator:A]]", "category-link", "[[Category:Paintings]]"),
        ("{{DISPLAYTITLE:Hacked}} [[A]]", "magic-word", "{{DISPLAYTITLE"),
        ("{{#invoke:x|y}}", "magic-word", "{{#invoke"),
        ("{{subst:Creator:A}}", "magic-word", "{{subst"),
    ],
)
def test_what_cannot_be_made_safe_is_refused_with_the_piece_named(
    text: str, code: str, detail: str
) -> None:
    issue = wikitext_issue(text)
    assert issue is not None and (issue.code, issue.detail) == (code, detail)
    assert inert_wikitext(text) is None


def test_plain_text_is_not_wikitext() -> None:
    assert not looks_like_wikitext("Anna Svensson [photographer]")
    assert not looks_like_wikitext("https://example.org/a_b")
    assert looks_like_wikitext("[//example.org the museum]")
