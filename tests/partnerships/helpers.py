"""Shared builders for the helpdesk tests."""

from __future__ import annotations

from typing import Any

from desktop_app.services.partnerships import create_partnership
from desktop_app.services.requests.drafts import new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.store.db import Database

NASTY = (
    "Closing }} and a pipe | and [[Category:X]] and <nowiki>raw</nowiki> signed ~~~~ and ~~~\n"
    "== Fake heading ==\n__NOTOC__\n{{PAGENAME}} [[File:X.jpg]] '''bold''' <!-- comment\n"
    "* list\n; term : def\n----\n {| table"
)
ARABIC = "متحف الفن الحديث — مجموعة الصور"
HEBREW = "ארכיון העיר"


def full_request(db: Database, **overrides: Any) -> int:
    """A complete request with a partnership (one per call, unique name)."""
    partner = create_partnership(db, overrides.pop("partner", f"Partner {id(overrides)}"))
    fields: dict[str, Any] = {
        "subject": "Help with a batch upload",
        "body": "Two thousand glass plates.",
        "requester_name": "Karin",
        "requester_username": "Karin Volunteer",
        "requester_affiliation_kind": "affiliate",
        "requester_affiliation": "Wikimedia Sverige",
        "requester_country": "SE",
        "requester_languages": "sv, en",
        "requester_email": "karin@example.org",
        "material_kind": "Photographs",
        "volume": "about 2,000 files",
        "expected_outcome": "Illustrate articles",
        "impact": "Rural history",
        "knowledge_gap": "Few photos of the area",
        "partner_commitment": "Staff time",
        "licence_status": "CC0 agreed",
        "help_wanted": ["batch-upload", "metadata"],
    }
    fields.update(overrides)
    return new_request(db, partnership_id=partner.id, **fields)


def queued(db: Database, **overrides: Any) -> int:
    request_id = full_request(db, **overrides)
    queue_request(db, request_id)
    return request_id
