"""Author, source and institution as partners write them: wikitext kept, made inert.

Partners' sheets (Pattypan's among them) hold ``[[Creator:…]]``, ``{{Creator:…}}``,
``{{Institution:…}}`` or ``[https://… the museum]`` in these cells on purpose: escaping
them into plain text would break the page Commons expects. So links and templates stay,
and everything else that could change the page around them is made harmless: magic words
(``__NOINDEX__``...) are broken up, signatures, tags and comments escaped, a stray ``|``
or bracket escaped. What cannot be made harmless without guessing is refused with a
reason: brackets that do not balance, category links (categories have their own column)
and the magic words that set page properties (``{{DISPLAYTITLE:…}}``, ``{{#…}}``...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.wikitext import defuse_magic_words

# Where a cell is read as wikitext rather than plain text.
_WIKITEXT_HINT = re.compile(r"\[\[|\{\{|\[(?:https?:)?//")
_TOKEN = re.compile(r"\[\[|\]\]|\{\{|\}\}|\[(?=(?:https?:)?//)|[\[\]{}|~<>]|__")
_LITERAL = {
    "[": "&#91;",
    "]": "&#93;",
    "{": "&#123;",
    "}": "&#125;",
    "|": "&#124;",
    "~": "&#126;",
    "<": "&lt;",
    ">": "&gt;",
}
_CLOSERS = {"]]": "[[", "}}": "{{"}
_CATEGORY_LINK = re.compile(r"^\s*category\s*:", re.IGNORECASE)
# Template-like magic words that change the page itself rather than show something.
_PAGE_MAGIC = frozenset({"displaytitle", "defaultsort", "defaultsortkey", "defaultcategorysort"})
_NAME_END = re.compile(r"[|}\]:]")


@dataclass(frozen=True)
class WikitextIssue:
    """Why a cell's wikitext is refused: ``code`` and the offending piece."""

    code: str  # "unbalanced", "category-link" or "magic-word"
    detail: str
    message: str


def looks_like_wikitext(text: str) -> bool:
    """True when the cell holds a link or template (else it is plain text, escaped)."""
    return bool(_WIKITEXT_HINT.search(text))


def wikitext_issue(text: str) -> WikitextIssue | None:
    """Why ``text`` cannot go on the page as wikitext, or ``None`` when it can."""
    return _scan(text)[1]


def inert_wikitext(text: str) -> str | None:
    """``text`` on one line with its links and templates kept and nothing else active;
    ``None`` when :func:`wikitext_issue` refuses it."""
    safe, issue = _scan(" ".join(text.split()))
    return None if issue is not None else safe


def _scan(text: str) -> tuple[str, WikitextIssue | None]:
    out: list[str] = []
    open_brackets: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        out.append(text[position : match.start()])
        token, position = match.group(), match.end()
        if token in ("[[", "{{", "["):
            issue = _opening_issue(token, text[position:])
            if issue is not None:
                return "", issue
            open_brackets.append(token)
            out.append(token)
        elif token in _CLOSERS:
            top = open_brackets[-1] if open_brackets else None
            if top == _CLOSERS[token]:
                open_brackets.pop()
                out.append(token)
            elif top == "[" and token == "]]":  # "[https://x label]]": the link, then a "]"
                open_brackets.pop()
                out.append("]" + _LITERAL["]"])
            else:
                return "", _unbalanced(token)
        elif token == "]" and open_brackets and open_brackets[-1] == "[":
            open_brackets.pop()
            out.append(token)
        elif token == "|" and open_brackets:
            out.append(token)  # separates a link's target or a template's parameters
        elif token == "__":
            out.append(defuse_magic_words(token))
        else:
            out.append(_LITERAL[token])
    out.append(text[position:])
    if open_brackets:
        return "", _unbalanced(open_brackets[-1])
    return "".join(out), None


def _opening_issue(opener: str, rest: str) -> WikitextIssue | None:
    name = _NAME_END.split(rest, 1)[0] if opener != "[" else ""
    if opener == "[[" and _CATEGORY_LINK.match(rest):
        return WikitextIssue(
            "category-link",
            "[[" + rest.split("]]", 1)[0] + "]]",
            "Category links are not taken from this cell; put categories in the categories column.",
        )
    if opener == "{{":
        word = name.strip().lower()
        if word.startswith("#") or word in _PAGE_MAGIC or word in ("subst", "safesubst"):
            return WikitextIssue(
                "magic-word",
                "{{" + name.strip(),
                f"'{{{{{name.strip()}' is a magic word that changes the page itself; "
                "it is not allowed here.",
            )
    return None


def _unbalanced(bracket: str) -> WikitextIssue:
    return WikitextIssue(
        "unbalanced",
        bracket,
        f"The brackets do not match: '{bracket}' has no partner. Close every [[ with ]] and "
        "every {{ with }}, or remove the stray one.",
    )
