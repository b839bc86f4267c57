"""The file description page: exact wikitext for one file, from plain values.

Every user-typed value goes through :mod:`desktop_app.core.wikitext` escaping, so a
description cannot close the template, add a category, sign or start a heading. Only
three shapes pass unescaped, each matched strictly: an ISO date, a bare URL, and a
``{{Creator:…}}``/``{{Institution:…}}`` template naming an existing Commons entity.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.core.licences import Licence
from desktop_app.core.media_fields import UNKNOWN_DATE
from desktop_app.core.titles import FORBIDDEN_CHARACTERS
from desktop_app.core.wikitext import escape_block, escape_inline

_ISO_DATE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?)?)?$")
_URL = re.compile(r"^https?://[^\s\[\]{}|<>\"'~]+$")
_ENTITY_TEMPLATE = re.compile(r"^\{\{(?:Creator|Institution):[^{}|\[\]<>\n=~]+\}\}$")
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
    """Category names safe to write; anything that could break a link is dropped."""
    safe = []
    for name in names:
        clean = " ".join(name.split())
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
    if _ISO_DATE.match(value):
        return value
    return escape_inline(value)


def _person(text: str) -> str:
    value = text.strip()
    if _ENTITY_TEMPLATE.match(value):
        return value
    return escape_inline(value)


def _source(text: str) -> str:
    value = text.strip()
    if _URL.match(value):
        return value
    return escape_inline(value)
