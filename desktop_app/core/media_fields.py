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
from desktop_app.core.titles import FORBIDDEN_CHARACTERS

LIST_SEPARATOR = "|"
TEMPLATES = ("information", "artwork", "photograph")
UNKNOWN_DATE = "unknown"
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
_DATE = re.compile(
    r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])"
    r"(?:[ T]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?)?)?$"
)


class FieldError(ValueError):
    """A value that cannot go into a field; ``code`` is the problem code to report."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


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
            raise FieldError("unknown-field", f"Unknown field '{name}'.")
        return FieldRef(name, base + "s", language)
    if base not in SCALAR_FIELDS:
        raise FieldError("unknown-field", f"Unknown field '{name}'.")
    return FieldRef(name, _ATTRIBUTE.get(base, base))


def parse_value(name: str, text: str, licences: LicenceCatalogue) -> Any:
    """The stored value for ``text`` typed into field ``name``; raises :class:`FieldError`.

    ``licences`` is the catalogue a licence cell must name.
    """
    ref = resolve_field(name)
    text = text.strip()
    if ref.attribute == "licence_id":
        return _licence(text, licences)
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
    """ISO ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (with optional time) or ``unknown``."""
    if text.lower() == UNKNOWN_DATE:
        return UNKNOWN_DATE
    candidate = text.replace(":", "-", 2) if re.match(r"^\d{4}:\d\d:\d\d", text) else text
    if not _DATE.match(candidate):
        raise FieldError(
            "bad-date",
            f"'{text}' is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or 'unknown'.",
        )
    return candidate


def _licence(text: str, licences: LicenceCatalogue) -> str | None:
    if not text:
        return None
    try:
        return licences.get(text).id
    except UnknownLicence:
        raise FieldError("bad-licence", f"'{text}' is not a licence in the catalogue.") from None


def _categories(text: str) -> list[str]:
    names = []
    for part in text.split(LIST_SEPARATOR):
        name = " ".join(part.replace("_", " ").split())
        if name.lower().startswith("category:"):
            name = name[9:].strip()
        if not name:
            continue
        if any(ch in FORBIDDEN_CHARACTERS for ch in name) or "\n" in name:
            raise FieldError("bad-category", f"'{name}' cannot be a category name.")
        names.append(name[:1].upper() + name[1:])
    return list(dict.fromkeys(names))


def _depicts(text: str) -> list[str]:
    ids = [part.strip().upper() for part in text.split(LIST_SEPARATOR) if part.strip()]
    bad = [qid for qid in ids if not _QID.match(qid)]
    if bad:
        raise FieldError("bad-depicts", f"Not Wikidata item ids: {', '.join(bad)}.")
    return list(dict.fromkeys(ids))


def _coordinate(limit: float) -> Callable[[str], float | None]:
    def parse(text: str) -> float | None:
        if not text:
            return None
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise FieldError("bad-coordinate", f"'{text}' is not a number.") from None
        if not -limit <= value <= limit:
            raise FieldError("bad-coordinate", f"{value} is outside ±{limit:g}.")
        return value

    return parse


def _template(text: str) -> str:
    value = text.lower() or "information"
    if value not in TEMPLATES:
        raise FieldError("bad-template", f"'{text}' is not one of {', '.join(TEMPLATES)}.")
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
