"""Conflicts from bundles, and the user's answer: keep the value here, or take the bundle's.

Until answered, the value here stays (an import never overwrites a field edited on both
machines). Taking the bundle's value writes it through the same row writer the import
uses; either way the conflict is closed and the next bundle merges from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_app.core.timeutil import utcnow
from desktop_app.store.repositories import bundle_books as books
from desktop_app.store.repositories import bundle_rows as rows

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.db import Database

CHOICES = ("mine", "theirs")


class ConflictNotOpen(LookupError):
    """No open conflict has this id (answered already, or never was)."""


@dataclass(frozen=True)
class OpenConflict:
    """A field edited on two machines, as the conflicts list shows it."""

    id: int
    kind: str
    label: str
    field: str
    local: Any
    incoming: Any
    created_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def open_conflicts(db: Database) -> list[OpenConflict]:
    """Every conflict still waiting for an answer, oldest first."""
    with db.session() as session:
        return [
            OpenConflict(
                row.id,
                row.record_key.partition(":")[0],
                row.label,
                row.field,
                row.local_value,
                row.incoming_value,
                row.created_at,
            )
            for row in books.open_conflicts(session)
        ]


def resolve_conflict(db: Database, conflict_id: int, choice: str) -> None:
    """Answer one conflict: ``mine`` keeps the value here, ``theirs`` takes the bundle's.

    Raises ``ValueError`` for another choice, :class:`ConflictNotOpen` for no such conflict.
    """
    if choice not in CHOICES:
        raise ValueError(f"choose one of {', '.join(CHOICES)}")
    with db.session() as session:
        conflict = books.get_conflict(session, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise ConflictNotOpen(conflict_id)
        if choice == "theirs":
            _take(session, conflict.record_key, conflict.field, conflict.incoming_value)
        conflict.resolved_at = utcnow()
        conflict.resolution = choice


def _take(session: Session, key: str, field: str, value: Any) -> None:
    kind, _colon, ident = key.partition(":")
    row: Any
    if kind == "partnership":
        row = rows.partnership_by_uuid(session, ident)
    elif kind == "batch":
        row = rows.batch_by_uuid(session, ident)
    elif kind == "item":
        row = rows.items_by_uuid(session, [ident]).get(ident)
    elif kind == "request":
        row = rows.request_by_uuid(session, ident)
    else:  # step:<partnership uuid>/<template>/<key>
        partnership_uuid, template_id, item_key = ident.split("/", 2)
        partnership = rows.partnership_by_uuid(session, partnership_uuid)
        row = partnership and rows.step_row(session, partnership.id, template_id, item_key)
    if row is None:
        raise ConflictNotOpen(key)  # the record is gone: nothing to take the value into
    if field in ("partnership", "checklist_step", "attachments"):
        raise ValueError(f"{field} is kept as it is here; change it in the request")
    rows.set_values(row, {field: value})
    if kind == "item" and field == "file":
        row.file_state = "changed"  # the bytes here are not the ones described now
