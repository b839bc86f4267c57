"""Turning user text into wikitext that cannot change the page around it.

Everything a user typed is shown literally: it can neither close a template, add a
category, sign, start a heading nor switch off the table of contents.
"""

from __future__ import annotations

# Characters that start markup anywhere in a line.
_INLINE = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "[": "&#91;",
    "]": "&#93;",
    "{": "&#123;",
    "}": "&#125;",
    "|": "&#124;",
    "~": "&#126;",
    "_": "&#95;",
    "'": "&#39;",
    "=": "&#61;",  # headings, and named parameters inside templates
}
# Characters that are markup only at the start of a line (lists, headings, rules, pre).
_LINE_START = {
    "*": "&#42;",
    "#": "&#35;",
    ":": "&#58;",
    ";": "&#59;",
    "-": "&#45;",
    " ": "&#32;",
}
_INLINE_TABLE = str.maketrans(_INLINE)


def escape_inline(text: str) -> str:
    """Escape text meant for a single line (titles, names); newlines become spaces."""
    return _escape_line(" ".join(text.split()))


def escape_block(text: str) -> str:
    """Escape multi-line text, keeping its paragraphs and line breaks readable."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br />\n".join(_escape_line(line) for line in lines)


def _escape_line(line: str) -> str:
    escaped = line.translate(_INLINE_TABLE)
    if escaped and escaped[0] in _LINE_START:
        escaped = _LINE_START[escaped[0]] + escaped[1:]
    return escaped


def defuse_magic_words(text: str) -> str:
    """Break every ``__`` so no ``__NOINDEX__``-style switch can form, in text that is
    otherwise kept as it is (URLs, partners' links): ``_&#95;`` reads and links the same."""
    return text.replace("__", "_&#95;")


def marker_comment(kind: str, stable_id: str) -> str:
    """An invisible, greppable marker that identifies what Fieldkit posted."""
    return f"<!-- fieldkit-{kind}: {stable_id} -->"
