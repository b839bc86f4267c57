"""Checklist rows: a partnership's checklists, their steps, and upgrades to new templates.

A step's text lives in its bundled template; the rows keep only what the volunteer
recorded (status, note, due date, who) and where the step sits.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.core.checklists import ChecklistTemplate, plan_upgrade
from desktop_app.store.models import Checklist, ChecklistItem, Partnership
from desktop_app.store.repositories.partnerships import get_partnership


def get_item(session: Session, item_id: int) -> ChecklistItem:
    """One recorded step by id (raises ``LookupError`` when there is none)."""
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise LookupError(f"no checklist step {item_id}")
    return item


def change_item(item: ChecklistItem, changes: Mapping[str, Any]) -> None:
    """Record progress on a step (values checked by the caller)."""
    for key, value in changes.items():
        setattr(item, key, value)


def find_checklist(session: Session, partnership_id: int, template_id: str) -> Checklist | None:
    """The partnership's checklist from ``template_id``, if it was started."""
    return session.scalar(
        select(Checklist).where(
            Checklist.partnership_id == partnership_id, Checklist.template_id == template_id
        )
    )


def add_checklist(session: Session, partnership_id: int, template: ChecklistTemplate) -> Checklist:
    """Start ``template``'s checklist for a partnership, one row per step, flushed."""
    checklist = Checklist(
        partnership_id=partnership_id,
        template_id=template.id,
        template_version=template.version,
        items=[
            ChecklistItem(item_key=item.key, position=index)
            for index, item in enumerate(template.items)
        ],
    )
    session.add(checklist)
    session.flush()
    return checklist


def checklists_of(session: Session, partnership_id: int) -> list[Checklist]:
    """A partnership's checklists, oldest first (raises ``PartnershipNotFound``)."""
    return list(get_partnership(session, partnership_id).checklists)


def checklists_by_partnership(session: Session) -> dict[int, list[Checklist]]:
    """Every partnership's id with its checklists (an empty list when it has none)."""
    partnerships = session.scalars(
        select(Partnership).options(
            selectinload(Partnership.checklists).selectinload(Checklist.items)
        )
    )
    return {partnership.id: list(partnership.checklists) for partnership in partnerships}


def upgrade_checklist(session: Session, checklist: Checklist, template: ChecklistTemplate) -> bool:
    """Bring ``checklist`` to ``template``'s version; True if anything changed.

    New steps are added, dropped ones retired (their progress kept), the order follows
    the template; nothing the volunteer recorded is lost. Flushed with the transaction.
    """
    plan = plan_upgrade({item.item_key: item.retired for item in checklist.items}, template)
    for item in checklist.items:
        if item.item_key in plan.retire:
            item.retired = True
        if item.item_key in plan.revive:
            item.retired = False
        if item.item_key in plan.positions:
            item.position = plan.positions[item.item_key]
    for key in plan.add:
        checklist.items.append(ChecklistItem(item_key=key, position=plan.positions[key]))
    changed = bool(plan.add or plan.retire or plan.revive)
    changed = changed or checklist.template_version != template.version
    checklist.template_version = template.version
    return changed
