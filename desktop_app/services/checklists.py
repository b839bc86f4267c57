"""Checklists of a partnership: built from templates, upgraded in place, ticked off.

Opening a partnership's checklists brings each one to its template's current version
first (``store.repositories.checklists.upgrade_checklist``): new steps appear, dropped
steps are retired with their progress kept, nothing the volunteer recorded is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop_app.core.checklists import (
    ITEM_STATUSES,
    ChecklistTemplate,
    Progress,
    UnknownTemplate,
    combine,
    progress,
)
from desktop_app.core.form_checks import InvalidInput, field_error
from desktop_app.services.requests.drafts import new_request
from desktop_app.store.bundled import get_template
from desktop_app.store.repositories import checklists as repo
from desktop_app.store.repositories.requests import checklist_step_title

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.db import Database
    from desktop_app.store.models import Checklist

_UNSET: Any = object()


@dataclass(frozen=True)
class ChecklistItemView:
    """One step as shown: its text in the chosen language and what was recorded."""

    id: int
    key: str
    title: str
    help: str
    guide: str
    status: str
    note: str
    due_on: date | None
    responsible: str


@dataclass(frozen=True)
class ChecklistView:
    """One checklist of a partnership, its visible steps and their progress."""

    id: int
    template_id: str
    title: str
    version: int
    items: tuple[ChecklistItemView, ...]
    progress: Progress


def _template(checklist: Checklist) -> ChecklistTemplate | None:
    try:
        return get_template(checklist.template_id)
    except UnknownTemplate:
        return None  # a template removed from the app: keep the rows, show the keys


def _upgrade(session: Session, checklist: Checklist) -> None:
    """Bring a checklist to its bundled template's version (a removed template: leave it)."""
    template = _template(checklist)
    if template is not None:
        repo.upgrade_checklist(session, checklist, template)


def add_checklist(db: Database, partnership_id: int, template_id: str) -> int:
    """Start a template's checklist for a partnership (once); returns the checklist id."""
    template = get_template(template_id)
    with db.session() as session:
        existing = repo.find_checklist(session, partnership_id, template_id)
        if existing is not None:
            return existing.id
        return repo.add_checklist(session, partnership_id, template).id


def _view(checklist: Checklist, language: str) -> ChecklistView:
    template = _template(checklist)
    items = []
    for item in sorted(checklist.items, key=lambda row: row.position):
        if item.retired:
            continue
        step = template.item(item.item_key) if template else None
        items.append(
            ChecklistItemView(
                id=item.id,
                key=item.item_key,
                title=step.text(language) if step else item.item_key,
                help=step.help_text(language) if step else "",
                guide=step.guide if step else "",
                status=item.status,
                note=item.note,
                due_on=item.due_on,
                responsible=item.responsible,
            )
        )
    return ChecklistView(
        id=checklist.id,
        template_id=checklist.template_id,
        title=template.text(language) if template else checklist.template_id,
        version=checklist.template_version,
        items=tuple(items),
        progress=progress(item.status for item in items),
    )


def get_checklists(db: Database, partnership_id: int, language: str = "en") -> list[ChecklistView]:
    """A partnership's checklists, upgraded to the bundled templates first."""
    with db.session() as session:
        checklists = repo.checklists_of(session, partnership_id)
        for checklist in checklists:
            _upgrade(session, checklist)
        session.flush()
        return [_view(checklist, language) for checklist in checklists]


def update_item(
    db: Database,
    item_id: int,
    *,
    status: str = _UNSET,
    note: str = _UNSET,
    due_on: date | str | None = _UNSET,
    responsible: str = _UNSET,
) -> None:
    """Record progress on one step (autosave: pass only what changed)."""
    problems = []
    if status is not _UNSET and status not in ITEM_STATUSES:
        problems.append(
            field_error("checklist.status_unknown", "status", f"Unknown status {status!r}.")
        )
    due_date: date | None = None
    if isinstance(due_on, str):
        try:
            due_date = date.fromisoformat(due_on) if due_on.strip() else None
        except ValueError:
            problems.append(
                field_error("date.invalid", "due_on", f"{due_on!r} is not a date (YYYY-MM-DD).")
            )
    elif due_on is not _UNSET:
        due_date = due_on
    if problems:
        raise InvalidInput(problems)
    changes: dict[str, Any] = {}
    if status is not _UNSET:
        changes["status"] = status
    if note is not _UNSET:
        changes["note"] = note or ""
    if due_on is not _UNSET:
        changes["due_on"] = due_date
    if responsible is not _UNSET:
        changes["responsible"] = responsible or ""
    with db.session() as session:
        repo.change_item(repo.get_item(session, item_id), changes)


def partnership_progress(db: Database, partnership_id: int) -> Progress:
    """All of a partnership's checklists together."""
    return combine(view.progress for view in get_checklists(db, partnership_id))


def progress_by_partnership(db: Database) -> dict[int, Progress]:
    """Every partnership's progress, in one session (the list shows them all at once).

    Checklists are upgraded to their templates first, as :func:`get_checklists` does, so
    steps a newer template added count before the checklist is opened.
    """
    with db.session() as session:
        result: dict[int, Progress] = {}
        for partnership_id, checklists in repo.checklists_by_partnership(session).items():
            for checklist in checklists:
                _upgrade(session, checklist)
            result[partnership_id] = progress(
                item.status
                for checklist in checklists
                for item in checklist.items
                if not item.retired
            )
        return result


def ask_helpdesk_about_step(db: Database, item_id: int, language: str = "en") -> int:
    """A new request draft about one step, prefilled with the partnership and the step."""
    with db.session() as session:
        item = repo.get_item(session, item_id)
        partnership_id = item.checklist.partnership_id
        title = checklist_step_title(item, language)
    return new_request(
        db,
        partnership_id=partnership_id,
        checklist_item_id=item_id,
        subject=f"Question about: {title}",
    )
