"""The file description page: exact wikitext for one file, from plain values.

Every user-typed value goes through :mod:`desktop_app.core.wikitext` escaping, so a
description cannot close the template, add a category, sign, start a heading or switch on
a magic word (``__NOINDEX__``). Only these shapes pass unescaped: a date in ISO form or
one of the date templates Fieldkit writes itself (matched strictly); a bare URL; and in
author, source and institution the links and templates a partner wrote on purpose
(:mod:`desktop_app.core.wikitext_cells`). URLs and partners' wikitext still have their
magic words broken up: no field can set a page property.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.core.licences import Licence
from desktop_app.core.media_dates import UNKNOWN_DATE
from desktop_app.core.titles import FORBIDDEN_CHARACTERS
from desktop_app.core.wikitext import defuse_magic_words, escape_block, escape_inline
from desktop_app.core.wikitext_cells import inert_wikitext, looks_like_wikitext

_ISO_DATE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?)?)?$")
# The date templates media_fields writes for "ca. 1923" and "1920s".
_DATE_TEMPLATE = re.compile(r"^\{\{(?:circa\|\d{4}|other date\|decade\|\d{3}0)\}\}$")
_URL = re.compile(r"^https?://[^\s\[\]{}|<>\"'~]+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")


@dataclass(frozen=True)
class FilePage:
    """Everything that goes on one file's description page."""

    title: str = ""
    descriptions: Mapping[str, str] = field(default_factory=dict)
    date: str = ""
    author: str = ""
    source: str = ""
    institution: str = ""
    template: str = "information"  # "information", "artwork" or "photograph"
    latitude: float | None = None
    longitude: float | None = None
    categories: Sequence[str] = ()


def file_page_wikitext(page: FilePage, licence: Licence) -> str:
    """The complete wikitext for the file page (pure: same input, same text)."""
    description = multilingual(page.descriptions)
    date = _date(page.date)
    if page.template == "artwork":
        params = [
            ("artist", _person(page.author)),
            ("title", escape_inline(page.title)),
            ("description", description),
            ("date", date),
            ("institution", _person(page.institution)),
            ("source", _source(page.source)),
        ]
        body = _template("Artwork", params)
    elif page.template == "photograph":
        params = [
            ("photographer", _person(page.author)),
            ("title", escape_inline(page.title)),
            ("description", description),
            ("date", date),
            ("institution", _person(page.institution)),
            ("source", _source(page.source)),
        ]
        body = _template("Photograph", params)
    else:
        params = [
            ("description", description),
            ("date", date),
            ("source", _source(page.source)),
            ("author", _person(page.author)),
            ("permission", ""),
            ("other versions", ""),
        ]
        body = _template("Information", params)
    parts = ["== {{int:filedesc}} ==", body]
    if page.latitude is not None and page.longitude is not None:
        parts.append(f"{{{{Location|{page.latitude:.7f}|{page.longitude:.7f}}}}}")
    parts += ["", "== {{int:license-header}} ==", licence.template, ""]
    parts += [f"[[Category:{name}]]" for name in categories(page.categories)]
    return "\n".join(parts).rstrip("\n") + "\n"


def multilingual(texts: Mapping[str, str]) -> str:
    """``{{en|1=…}}{{sv|1=…}}`` for the non-empty texts, in the given order."""
    out = []
    for language, text in texts.items():
        if text.strip() and _LANGUAGE.match(language):
            out.append(f"{{{{{language}|1={escape_block(text.strip())}}}}}")
    return "\n".join(out)


def categories(names: Sequence[str]) -> list[str]:
    """Category names safe to write; anything that could break a link is dropped.

    Underscores are spaces in titles anyway; as spaces they cannot form ``__HIDDENCAT__``.
    """
    safe = []
    for name in names:
        clean = " ".join(name.replace("_", " ").split())
        if clean and not any(ch in FORBIDDEN_CHARACTERS for ch in clean) and "~~~" not in clean:
            safe.append(clean)
    return list(dict.fromkeys(safe))


def _template(name: str, params: list[tuple[str, str]]) -> str:
    lines = [f"{{{{{name}"]
    lines += [f"|{key}={value}" for key, value in params]
    lines.append("}}")
    return "\n".join(lines)


def _date(text: str) -> str:
    value = text.strip()
    if value.lower() == UNKNOWN_DATE:
        return "{{Unknown|date}}"
    if _ISO_DATE.match(value) or _DATE_TEMPLATE.match(value):
        return value
    return escape_inline(value)


def _person(text: str) -> str:
    """Author or institution: plain text escaped, or the partner's links and templates."""
    return _partner_text(text)


def _source(text: str) -> str:
    return _partner_text(text)


def _partner_text(text: str) -> str:
    value = " ".join(text.split())
    if _URL.match(value):
        return defuse_magic_words(value)
    if looks_like_wikitext(value):
        inert = inert_wikitext(value)
        if inert is not None:
            return inert
    return escape_inline(value)  # plain text, or wikitext the checks would refuse
