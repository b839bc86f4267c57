"""User text posted to a wiki stays text: no templates, links, categories or signatures."""

from __future__ import annotations

import pytest

from desktop_app.core.help_request_text import (
    HelpRequestContent,
    render_section_text,
    section_title,
)
from desktop_app.core.wikitext import escape_block, escape_inline

HOSTILE = [
    "}}",
    "|",
    "[[Category:X]]",
    "<nowiki>",
    "~~~~",
    "== Heading ==",
    "__NOTOC__",
    "{{delete}}",
    "<script>alert(1)</script>",
    "''bold''",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_has_no_markup_characters(text: str) -> None:
    for escaped in (escape_inline(text), escape_block(text)):
        for forbidden in ("{", "}", "[", "]", "|", "~", "<n", "<s", "__", "''", "=="):
            assert forbidden not in escaped, (text, escaped)


def test_line_start_markup_is_neutralised_on_every_line() -> None:
    escaped = escape_block("* list\n# numbered\n:indent\n==x==\n----\n pre")
    for line in escaped.split("<br />\n"):
        assert line[0] == "&", line


def test_rtl_and_unicode_survive() -> None:
    assert escape_inline("متحف  الفن\nالحديث") == "متحف الفن الحديث"
    assert escape_block("Ålands museum ✓") == "Ålands museum ✓"


def test_section_contains_marker_and_signature_once() -> None:
    content = HelpRequestContent(uuid="abc-123", subject="Hi ~~~~", body="Text ~~~~")
    text = render_section_text(content)
    assert "<!-- fieldkit-request: abc-123 -->" in text
    assert text.count("~~~~") == 1
    assert section_title(content) == "Hi &#126;&#126;&#126;&#126;"
