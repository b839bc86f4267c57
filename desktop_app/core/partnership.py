"""What a partnership is made of: its kinds, its stages, and the rules for its fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.core.form_checks import field_error, field_warning
from desktop_app.core.problems import Problem
from desktop_app.core.text_checks import name_control_characters

KINDS = ("museum", "archive", "library", "university", "government", "community", "other")
# In the order a partnership usually walks through them; "paused" can happen at any time.
STATUSES = (
    "idea",
    "talking",
    "agreed",
    "preparing",
    "uploading",
    "reporting",
    "done",
    "paused",
)
NAME_MAX_LENGTH = 300

# Fields a caller may change through the services (everything else is bookkeeping).
EDITABLE_FIELDS = (
    "name",
    "kind",
    "country",
    "languages",
    "contact_name",
    "contact_details",
    "status",
    "notes",
    "licence_id",
    "material",
    "credit_line",
    "first_contact_on",
    "agreed_on",
)


class PartnershipNotFound(LookupError):
    """No partnership has this id."""


def validate_partnership(values: Mapping[str, Any]) -> list[Problem]:
    """Problems with a partnership's fields; only the ones given in ``values`` are checked."""
    problems: list[Problem] = []
    if "name" in values:
        name = str(values["name"] or "").strip()
        if not name:
            problems.append(field_error("partnership.name_missing", "name", "A name is needed."))
        elif len(name) > NAME_MAX_LENGTH:
            problems.append(
                field_error(
                    "partnership.name_too_long",
                    "name",
                    f"The name is longer than {NAME_MAX_LENGTH} characters.",
                    max=NAME_MAX_LENGTH,
                )
            )
        elif found := name_control_characters(name):
            problems.append(
                field_error(
                    "partnership.name_control_characters",
                    "name",
                    f"The name contains control characters ({', '.join(found)}), such as a "
                    "line break; write it on one line.",
                    characters=", ".join(found),
                )
            )
    if "kind" in values and values["kind"] not in KINDS:
        problems.append(
            field_error(
                "partnership.kind_unknown",
                "kind",
                f"Unknown kind {values['kind']!r}; one of: {', '.join(KINDS)}.",
                kind=values["kind"],
                allowed=KINDS,
            )
        )
    if "status" in values and values["status"] not in STATUSES:
        problems.append(
            field_error(
                "partnership.status_unknown",
                "status",
                f"Unknown status {values['status']!r}; one of: {', '.join(STATUSES)}.",
                status=values["status"],
                allowed=STATUSES,
            )
        )
    country = str(values.get("country") or "")
    if country and not (len(country) == 2 and country.isascii() and country.isalpha()):
        problems.append(
            field_warning(
                "partnership.country_not_iso",
                "country",
                "Countries are best written as two-letter ISO codes (SE, FR, EG).",
                country=country,
            )
        )
    return problems


def normalize_name(name: str) -> str:
    """The name as stored: inner whitespace collapsed, ends trimmed."""
    return " ".join(name.split())
