"""The editable fields of a media file: names, how text becomes a value, and back.

One vocabulary for the table editor, bulk edits, spreadsheets and the CLI. Per-language
texts are addressed as ``description:en`` / ``caption:sv``; lists (categories, depicts)
are written as ``A|B`` in cells (``|`` cannot occur in a category name or a Q-id).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop_app.core.licences import LicenceCatalogue, UnknownLicence
from desktop_app.core.media_dates import DateRefused, parse_date
from desktop_app.core.text_checks import CONTROL_CHARACTERS, control_characters
from desktop_app.core.titles import FORBIDDEN_CHARACTERS
from desktop_app.core.wikitext_cells import looks_like_wikitext, wikitext_issue

LIST_SEPARATOR = "|"
TEMPLATES = ("information", "artwork", "photograph")
# Longer than any description a file page needs (a page may hold 2 MB); a longer value is
# almost always a sheet gone wrong (a whole column pasted into one cell).
MAX_FIELD_CHARS = 131_072
# Fields whose cells may hold a partner's links and templates ([[Creator:…]]...).
WIKITEXT_FIELDS = frozenset({"author", "source", "institution"})
# Plain fields: spreadsheet column name == MediaItem attribute (licence → licence_id).
SCALAR_FIELDS = (
    "title",
    "date",
    "author",
    "source",
    "institution",
    "licence",
    "categories",
    "latitude",
    "longitude",
    "depicts",
    "template",
    "status",
)
_ATTRIBUTE = {"licence": "licence_id", "status": "state"}
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")
_QID = re.compile(r"^Q[1-9]\d*$")


class FieldError(ValueError):
    """A value that cannot go into a field; ``code`` is the problem code to report and
    ``params`` what its translated message needs (always ``value``)."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class FieldRef:
    """A field name resolved: ``attribute`` on MediaItem, and ``language`` for texts."""

    name: str
    attribute: str
    language: str | None = None


def resolve_field(name: str) -> FieldRef:
    """``description:en`` → (descriptions, en); ``licence`` → licence_id; else FieldError."""
    base, colon, language = name.strip().partition(":")
    if colon:
        if base not in ("description", "caption") or not _LANGUAGE.match(language):
            raise FieldError("unknown-field", f"Unknown field '{name}'.", value=name)
        return FieldRef(name, base + "s", language)
    if base not in SCALAR_FIELDS:
        raise FieldError("unknown-field", f"Unknown field '{name}'.", value=name)
    return FieldRef(name, _ATTRIBUTE.get(base, base))


def parse_value(name: str, text: str, licences: LicenceCatalogue) -> Any:
    """The stored value for ``text`` typed into field ``name``; raises :class:`FieldError`.

    ``licences`` is the catalogue a licence cell must name.
    """
    ref = resolve_field(name)
    text = text.strip()
    _check_text(text)
    if ref.attribute == "licence_id":
        return _licence(text, licences)
    if ref.attribute in WIKITEXT_FIELDS:
        return _wikitext_cell(text)
    parser = _PARSERS.get(ref.attribute)
    return parser(text) if parser else text


def format_value(name: str, value: Any) -> str:
    """The text shown for a stored value (spreadsheet cell, table cell, CLI)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, float):
        return f"{value:.7f}".rstrip("0").rstrip(".")
    return str(value)


def validate_date(text: str) -> str:
    """The stored form of a date as partners write it (see :mod:`~desktop_app.core.media_dates`):
    ISO, ``{{circa|1923}}``, ``{{other date|decade|1920}}`` or ``unknown``; FieldError if
    it cannot be read without guessing."""
    try:
        return parse_date(text)
    except DateRefused as refused:
        raise FieldError(refused.code, str(refused), **refused.params) from None


def _check_text(text: str) -> None:
    if len(text) > MAX_FIELD_CHARS:
        raise FieldError(
            "too-long",
            f"The text is {len(text):,} characters long; a field holds at most "
            f"{MAX_FIELD_CHARS:,}.",
            value=text[:40] + "…",
            length=len(text),
            limit=MAX_FIELD_CHARS,
        )
    control = control_characters(text)
    if control:
        raise FieldError(
            "bad-characters",
            f"The text contains control characters ({', '.join(control)}) that cannot be on "
            "a wiki page; remove them.",
            value=CONTROL_CHARACTERS.sub("", text)[:40],
            characters=", ".join(control),
        )


def _licence(text: str, licences: LicenceCatalogue) -> str | None:
    if not text:
        return None
    try:
        return licences.find(text).id
    except UnknownLicence as unknown:
        closest = ", ".join(unknown.closest)
        hint = f" Closest: {closest}." if closest else ""
        raise FieldError(
            "bad-licence",
            f"'{text}' is not a licence in the catalogue.{hint}",
            value=text,
            closest=closest,
        ) from None


def _wikitext_cell(text: str) -> str:
    """Author, source, institution: plain text, or links and templates that balance."""
    if looks_like_wikitext(text):
        issue = wikitext_issue(text)
        if issue is not None:
            raise FieldError(
                f"wikitext-{issue.code}", issue.message, value=text, detail=issue.detail
            )
    return text


def _categories(text: str) -> list[str]:
    names = []
    for part in text.split(LIST_SEPARATOR):
        name = " ".join(part.replace("_", " ").split())
        if name.lower().startswith("category:"):
            name = name[9:].strip()
        if not name:
            continue
        if any(ch in FORBIDDEN_CHARACTERS for ch in name) or "\n" in name:
            raise FieldError("bad-category", f"'{name}' cannot be a category name.", value=name)
        names.append(name[:1].upper() + name[1:])
    return list(dict.fromkeys(names))


def _depicts(text: str) -> list[str]:
    ids = [part.strip().upper() for part in text.split(LIST_SEPARATOR) if part.strip()]
    bad = [qid for qid in ids if not _QID.match(qid)]
    if bad:
        raise FieldError(
            "bad-depicts", f"Not Wikidata item ids: {', '.join(bad)}.", value=", ".join(bad)
        )
    return list(dict.fromkeys(ids))


def _coordinate(limit: float) -> Callable[[str], float | None]:
    def parse(text: str) -> float | None:
        if not text:
            return None
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise FieldError("bad-coordinate", f"'{text}' is not a number.", value=text) from None
        if not -limit <= value <= limit:
            raise FieldError("bad-coordinate", f"{value} is outside ±{limit:g}.", value=text)
        return value

    return parse


def _template(text: str) -> str:
    value = text.lower() or "information"
    if value not in TEMPLATES:
        raise FieldError(
            "bad-template", f"'{text}' is not one of {', '.join(TEMPLATES)}.", value=text
        )
    return value


def _date(text: str) -> str:
    return validate_date(text) if text else ""


def _title(text: str) -> str:
    return " ".join(text.split())


_PARSERS: dict[str, Callable[[str], Any]] = {
    "date": _date,
    "categories": _categories,
    "depicts": _depicts,
    "latitude": _coordinate(90),
    "longitude": _coordinate(180),
    "template": _template,
    "title": _title,
}
