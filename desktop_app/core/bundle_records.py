"""The records a bundle carries: which fields of each kind travel, and their checks.

Every record is one JSON line: ``{"kind", "uuid" or "key", "fields", "base", ...}``.
``fields`` are the values that merge (:mod:`desktop_app.core.bundle_merge`); what is
local to a machine (database ids, paths, upload queue state) never travels. A bundle is
checked line by line before anything is written; one bad value refuses it all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from desktop_app.core.bundle_format import BundleRefused
from desktop_app.core.help_request import FORM_FIELDS
from desktop_app.core.help_request_delivery import RequestState
from desktop_app.core.media_checks import GPS_POLICIES
from desktop_app.core.media_fields import TEMPLATES
from desktop_app.core.partnership import EDITABLE_FIELDS, KINDS, STATUSES

PARTNERSHIP_FIELDS = EDITABLE_FIELDS
BATCH_FIELDS = ("name", "licence_id", "title_pattern", "gps_policy", "language")
STEP_FIELDS = ("status", "note", "due_on", "responsible")
ITEM_FIELDS = (
    "title",
    "descriptions",
    "captions",
    "depicts",
    "categories",
    "date",
    "author",
    "source",
    "institution",
    "licence_id",
    "latitude",
    "longitude",
    "template",
    "state",
    "file",  # what the scanner found: one value, so a replaced file merges as a whole
)
# What the scanner found (MediaItem columns), carried in the item's "file" field.
FILE_FACTS = (
    "sha1",
    "size",
    "kind",
    "taken_at",
    "camera_make",
    "camera_model",
    "gps_latitude",
    "gps_longitude",
    "gps_altitude",
    "orientation",
    "exif_artist",
    "exif_copyright",
    "exif_description",
    "width",
    "height",
    "scan_problems",
)
REQUEST_FIELDS = (*FORM_FIELDS, "partnership", "checklist_step", "attachments")
FIELDS = {
    "partnership": PARTNERSHIP_FIELDS,
    "batch": BATCH_FIELDS,
    "step": STEP_FIELDS,
    "item": ITEM_FIELDS,
    "request": REQUEST_FIELDS,
}
REQUEST_STATES = tuple(state.value for state in RequestState)

_UUID = re.compile(r"^[0-9a-fA-F-]{36}$")
_SHA1 = re.compile(r"^[0-9a-f]{40}$")
Check = Callable[[Any], bool]


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _optional(check: Check) -> Check:
    return lambda value: value is None or check(value)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _iso_date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _texts_by_language(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    )


def _text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _one_of(allowed: tuple[str, ...]) -> Check:
    return lambda value: value in allowed


def _uuid(value: Any) -> bool:
    return isinstance(value, str) and bool(_UUID.match(value))


def _file_facts(value: Any) -> bool:
    if not isinstance(value, dict) or set(value) - set(FILE_FACTS):
        return False
    sha1 = value.get("sha1")
    return (sha1 is None or (isinstance(sha1, str) and bool(_SHA1.match(sha1)))) and _integer(
        value.get("size", 0)
    )


def _attachments(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(a, dict)
        and _text(a.get("filename"))
        and _text(a.get("media_type"))
        and _integer(a.get("size"))
        and isinstance(a.get("sha1"), str)
        and bool(_SHA1.match(a["sha1"]))
        for a in value
    )


def _step_ref(value: Any) -> bool:
    return value is None or (
        isinstance(value, dict) and _text(value.get("template_id")) and _text(value.get("key"))
    )


_CHECKS: dict[str, dict[str, Check]] = {
    "partnership": {
        **{name: _text for name in PARTNERSHIP_FIELDS},
        "kind": _one_of(KINDS),
        "status": _one_of(STATUSES),
        "first_contact_on": _optional(_iso_date),
        "agreed_on": _optional(_iso_date),
    },
    "batch": {
        "name": lambda value: isinstance(value, str) and bool(value.strip()),
        "licence_id": _optional(_text),
        "title_pattern": _text,
        "gps_policy": _one_of(GPS_POLICIES),
        "language": _text,
    },
    "step": {
        "status": _text,
        "note": _text,
        "due_on": _optional(_iso_date),
        "responsible": _text,
    },
    "item": {
        "title": _text,
        "descriptions": _texts_by_language,
        "captions": _texts_by_language,
        "depicts": _text_list,
        "categories": _text_list,
        "date": _text,
        "author": _text,
        "source": _text,
        "institution": _text,
        "licence_id": _optional(_text),
        "latitude": _optional(_number),
        "longitude": _optional(_number),
        "template": _one_of(TEMPLATES),
        "state": _text,
        "file": _file_facts,
    },
    "request": {
        **{name: _text for name in FORM_FIELDS},
        "help_wanted": _text_list,
        "partnership": _optional(_uuid),
        "checklist_step": _step_ref,
        "attachments": _attachments,
    },
}


def _dict_or_none(value: Any) -> bool:
    return value is None or isinstance(value, dict)


def _media_entry(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.startswith("media/"))


def _list_of_dicts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


def _channels(value: Any) -> bool:
    return _list_of_dicts(value) and all(
        _text(c.get("key")) and _text(c.get("kind")) and _text(c.get("state")) for c in value
    )


# What travels beside the merged fields (never merged: facts about where a record stands).
_EXTRAS: dict[str, dict[str, Check]] = {
    "partnership": {},
    "batch": {"partnership": _uuid},
    "step": {
        "partnership": _uuid,
        "template_id": _text,
        "item_key": _text,
        "position": _integer,
        "retired": lambda value: isinstance(value, bool),
        "template_version": _integer,
    },
    "item": {
        "batch": _uuid,
        "file_name": _text,
        "media": _media_entry,
        "upload": _dict_or_none,
    },
    "request": {
        "delivery": lambda value: isinstance(value, dict) and value.get("state") in REQUEST_STATES,
        "channels": _channels,
        "replies": _list_of_dicts,
    },
}


def invalid(detail: str) -> BundleRefused:
    return BundleRefused(
        "bundle.invalid_records",
        f"The bundle's records are not valid ({detail}); nothing was imported.",
        detail=detail,
    )


def check_record(record: Any) -> Mapping[str, Any]:
    """The record if every field has the right kind of value; else ``BundleRefused``."""
    if not isinstance(record, dict):
        raise invalid("a record is not an object")
    kind = str(record.get("kind"))
    checks = _CHECKS.get(kind)
    if checks is None:
        raise invalid(f"unknown kind of record {kind!r}")
    identity = record.get("key") if kind == "step" else record.get("uuid")
    if not isinstance(identity, str) or (kind != "step" and not _uuid(identity)):
        raise invalid(f"a {kind} without a proper id")
    for part in ("fields", "base"):
        values = record.get(part)
        if part == "base" and values is None:
            continue
        if not isinstance(values, dict):
            raise invalid(f"{kind} {identity}: {part} is not an object")
        unknown = set(values) - set(checks)
        if unknown:
            raise invalid(f"{kind} {identity}: unknown fields {sorted(unknown)}")
        for name, value in values.items():
            if not checks[name](value):
                raise invalid(f"{kind} {identity}: bad value for {name}")
    if set(record["fields"]) != set(FIELDS[kind]):
        raise invalid(f"{kind} {identity}: fields missing")
    for name, check in _EXTRAS[kind].items():
        if not check(record.get(name)):
            raise invalid(f"{kind} {identity}: bad {name}")
    return record


def json_date(value: date | None) -> str | None:
    """Dates travel as ISO text."""
    return value.isoformat() if value is not None else None


def from_json_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def check_receipt_line(line: Any) -> Mapping[str, Any]:
    """One line of a receipt: an upload done or a request delivered, elsewhere."""
    if not isinstance(line, dict):
        raise invalid("a receipt line is not an object")
    kind = line.get("kind")
    if kind == "upload":
        ok = (
            _uuid(line.get("item"))
            and _text(line.get("title"))
            and _optional(_text)(line.get("page_url"))
            and isinstance(line.get("sha1"), str)
            and _optional(_text)(line.get("verified_at"))
        )
    elif kind == "delivery":
        ok = _uuid(line.get("request")) and _channels(line.get("channels"))
        ok = ok and all(
            _optional(_text)(line.get(name))
            for name in ("remote_url", "remote_page", "message_id", "sent_at")
        )
        ok = ok and _optional(_integer)(line.get("remote_revision"))
    else:
        raise invalid(f"unknown receipt line {kind!r}")
    if not ok:
        raise invalid(f"a bad {kind} line")
    return line
