"""Partnerships: create, change field by field (autosave), find, list with search and filter.

Every call commits before it returns, like the request drafts: the detail view saves
each field as it is edited, so nothing typed is lost if the laptop dies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop_app.core.form_checks import InvalidInput, blocking, field_error
from desktop_app.core.partnership import EDITABLE_FIELDS, normalize_name, validate_partnership
from desktop_app.services.partnership_view import PartnershipView, select_partnerships
from desktop_app.store.repositories import partnerships as repo
from desktop_app.store.repositories.settings import load_settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.db import Database
    from desktop_app.store.models import Partnership

_DATE_FIELDS = ("first_contact_on", "agreed_on")


def _view(row: Partnership) -> PartnershipView:
    return PartnershipView(
        id=row.id,
        name=row.name,
        kind=row.kind,
        country=row.country,
        languages=row.languages,
        contact_name=row.contact_name,
        contact_details=row.contact_details,
        status=row.status,
        notes=row.notes,
        licence_id=row.licence_id,
        material=row.material,
        credit_line=row.credit_line,
        first_contact_on=row.first_contact_on,
        agreed_on=row.agreed_on,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _clean(changes: Mapping[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
    if unknown:
        raise TypeError(f"not partnership fields: {', '.join(unknown)}")
    cleaned = dict(changes)
    if "name" in cleaned:
        cleaned["name"] = normalize_name(str(cleaned["name"] or ""))
    for key in _DATE_FIELDS:
        value = cleaned.get(key)
        if isinstance(value, str):
            cleaned[key] = _parse_date(key, value)
    for key, value in cleaned.items():
        if value is None and key not in _DATE_FIELDS:
            cleaned[key] = ""
    return cleaned


def _parse_date(key: str, value: str) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as error:
        problem = field_error(
            "date.invalid", key, f"{value!r} is not a date (YYYY-MM-DD).", value=value
        )
        raise InvalidInput([problem]) from error


def _check(session: Session, values: Mapping[str, Any], own_id: int | None) -> None:
    problems = blocking(validate_partnership(values))
    if "name" in values and not problems:
        other = repo.find_by_name(session, str(values["name"]))
        if other is not None and other.id != own_id:
            problems.append(
                field_error(
                    "partnership.name_taken",
                    "name",
                    f"There already is a partnership called {other.name!r}.",
                    name=other.name,
                )
            )
    if problems:
        raise InvalidInput(problems)


def create_partnership(db: Database, name: str, **fields: Any) -> PartnershipView:
    """A new partnership; raises :class:`InvalidInput` (e.g. ``partnership.name_taken``)."""
    values = _clean({"name": name, **fields})
    with db.session() as session:
        _check(session, values, None)
        return _view(repo.add_partnership(session, values))


def update_partnership(db: Database, partnership_id: int, **changes: Any) -> PartnershipView:
    """Change some fields (the detail view's autosave); returns the saved state."""
    values = _clean(changes)
    with db.session() as session:
        _check(session, values, partnership_id)
        row = repo.get_partnership(session, partnership_id)
        repo.change_partnership(session, row, values)
        return _view(row)


def get_partnership(db: Database, partnership_id: int) -> PartnershipView:
    """One partnership; raises ``PartnershipNotFound``."""
    with db.session() as session:
        return _view(repo.get_partnership(session, partnership_id))


def find_partnership(db: Database, name: str) -> PartnershipView | None:
    """The partnership called ``name`` (any case), if there is one."""
    with db.session() as session:
        row = repo.find_by_name(session, name)
        return None if row is None else _view(row)


def list_partnerships(
    db: Database,
    *,
    search: str = "",
    kinds: Iterable[str] = (),
    statuses: Iterable[str] = (),
    countries: Iterable[str] = (),
) -> list[PartnershipView]:
    """Partnerships by name; ``search`` matches name, contact, notes, material, country."""
    with db.session() as session:
        views = [_view(row) for row in repo.all_partnerships(session)]
    return select_partnerships(
        views, search=search, kinds=kinds, statuses=statuses, countries=countries
    )


def content_language(db: Database) -> str:
    """The language chosen in Settings: checklist steps, licence texts and guides follow it."""
    with db.session() as session:
        return load_settings(session).language
