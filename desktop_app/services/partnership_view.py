"""A partnership as the detail view and the CLI show it, and how lists pick and order them.

Apart from :mod:`desktop_app.services.partnerships` (which reads and writes through the
ORM) so the light ``partnership list`` builds the same values without loading SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class PartnershipView:
    """A partnership as the detail view and the CLI show it."""

    id: int
    name: str
    kind: str
    country: str
    languages: str
    contact_name: str
    contact_details: str
    status: str
    notes: str
    licence_id: str
    material: str
    credit_line: str
    first_contact_on: date | None
    agreed_on: date | None
    created_at: datetime
    updated_at: datetime

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (dates as ISO strings)."""
        data = dict(self.__dict__)
        for key, value in data.items():
            if isinstance(value, date | datetime):
                data[key] = value.isoformat()
        return data


def select_partnerships(
    views: Iterable[PartnershipView],
    *,
    search: str = "",
    kinds: Iterable[str] = (),
    statuses: Iterable[str] = (),
    countries: Iterable[str] = (),
) -> list[PartnershipView]:
    """The views that match, by name; ``search`` matches name, contact, notes, material,
    country and languages (case-insensitive)."""
    wanted_kinds, wanted_statuses = set(kinds), set(statuses)
    wanted_countries = {country.casefold() for country in countries}
    needle = search.casefold().strip()
    result = []
    for view in views:
        if wanted_kinds and view.kind not in wanted_kinds:
            continue
        if wanted_statuses and view.status not in wanted_statuses:
            continue
        if wanted_countries and view.country.casefold() not in wanted_countries:
            continue
        haystack = " ".join(
            (
                view.name,
                view.contact_name,
                view.contact_details,
                view.notes,
                view.material,
                view.country,
                view.languages,
            )
        ).casefold()
        if needle and needle not in haystack:
            continue
        result.append(view)
    return sorted(result, key=lambda view: view.name.casefold())
