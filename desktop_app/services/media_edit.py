"""Rows for the table editor and edits in bulk, each returning what it replaced.

Built for 50,000 files: :func:`load_rows` reads plain tuples in one query (no ORM
objects), and every edit is one bulk UPDATE. Each edit returns a list of
:class:`FieldChange` (item, field, old, new); the UI keeps them on its undo stack and
calls :func:`apply_changes` with ``undo=True`` to put the old values back, or again
without it to redo.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.core.media_fields import FieldRef, format_value, parse_value, resolve_field
from desktop_app.store.bundled import licence_catalogue
from desktop_app.store.models import MediaItem

_IN_CHUNK = 500

# Columns of one table row, in order; the UI's column model indexes into MediaRow.
ROW_COLUMNS = (
    "id", "uuid", "path", "title", "kind", "size", "file_state", "state", "date", "author",
    "source", "institution", "licence_id", "descriptions", "categories", "gps_latitude",
    "taken_at", "width", "height",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class MediaRow:
    """One file as the table shows it; cheap to build and to keep 50,000 of."""

    id: int
    uuid: str
    path: str
    title: str
    kind: str
    size: int
    file_state: str
    status: str
    date: str
    author: str
    source: str
    institution: str
    licence_id: str | None
    descriptions: dict[str, str]
    categories: list[str]
    has_gps: bool
    taken_at: str | None
    width: int | None
    height: int | None


@dataclass(frozen=True)
class FieldChange:
    """One field of one file changed: enough to undo and redo it."""

    item_id: int
    field: str
    old: Any
    new: Any

    def to_dict(self) -> dict[str, Any]:
        return {
            "item_id": self.item_id,
            "field": self.field,
            "old": format_value(self.field, self.old),
            "new": format_value(self.field, self.new),
        }


def load_rows(
    session: Session, batch_id: int, offset: int = 0, limit: int | None = None
) -> list[MediaRow]:
    """The batch's files in import order, as lightweight rows (one query).

    Read through the driver, not the ORM's typed rows: for 50,000 files the per-row JSON
    processing was most of the time the table takes to open.
    """
    loads = json.loads
    cursor = session.connection().exec_driver_sql(
        _ROWS_SQL, (batch_id, -1 if limit is None else limit, offset)
    )
    return [
        MediaRow(  # type: ignore[call-arg]  # (star-unpacked columns)
            *row[:13],
            (loads(row[13]) if row[13] else None) or {},
            (loads(row[14]) if row[14] else None) or [],
            row[15] is not None,
            *row[16:],
        )
        for row in cursor
    ]


_ROWS_SQL = (
    "SELECT "
    + ", ".join(MediaItem.__table__.c[name].name for name in ROW_COLUMNS)
    + f" FROM {MediaItem.__tablename__} WHERE batch_id = ? ORDER BY id LIMIT ? OFFSET ?"
)


def item_ids(session: Session, batch_id: int) -> list[int]:
    """Every item id of the batch in import order."""
    return list(
        session.scalars(
            select(MediaItem.id).where(MediaItem.batch_id == batch_id).order_by(MediaItem.id)
        )
    )


def current_values(session: Session, ids: Sequence[int], field: str) -> dict[int, Any]:
    """Item id → the value of ``field`` (``description:en`` gives that language's text)."""
    ref = resolve_field(field)
    column = getattr(MediaItem, ref.attribute)
    values: dict[int, Any] = {}
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        for item_id, value in session.execute(
            select(MediaItem.id, column).where(MediaItem.id.in_(chunk))
        ):
            values[item_id] = _read(ref, value)
    return values


def set_field(session: Session, ids: Sequence[int], field: str, value: Any) -> list[FieldChange]:
    """Give every item in ``ids`` the same (already parsed) value; returns the changes."""
    old = current_values(session, ids, field)
    changes = [
        FieldChange(item_id, field, old[item_id], value)
        for item_id in ids
        if item_id in old and old[item_id] != value
    ]
    apply_changes(session, changes)
    return changes


def set_field_text(
    session: Session, ids: Sequence[int], field: str, text: str
) -> list[FieldChange]:
    """:func:`set_field` with text as typed; raises FieldError for a bad value."""
    return set_field(session, ids, field, parse_value(field, text, licence_catalogue()))


def fill_down(session: Session, ids_in_view_order: Sequence[int], field: str) -> list[FieldChange]:
    """Copy the first selected row's value into the other selected rows."""
    if not ids_in_view_order:
        return []
    first = current_values(session, ids_in_view_order[:1], field)[ids_in_view_order[0]]
    return set_field(session, list(ids_in_view_order[1:]), field, first)


def find_replace(
    session: Session,
    ids: Sequence[int],
    fields: Iterable[str],
    find: str,
    replace: str,
    *,
    regex: bool = False,
    case_sensitive: bool = True,
) -> list[FieldChange]:
    """Replace text in text fields of the selected items; lists are edited element-wise.

    Results are validated like typed input (a replacement cannot produce a bad date);
    raises FieldError (and changes nothing) if one would be invalid.
    """
    flags = 0 if case_sensitive else re.IGNORECASE
    pattern = re.compile(find if regex else re.escape(find), flags)
    template = replace if regex else replace.replace("\\", "\\\\")
    changes: list[FieldChange] = []
    for field in fields:
        for item_id, old in current_values(session, ids, field).items():
            new = _replace_in(field, old, pattern, template)
            if new != old:
                changes.append(FieldChange(item_id, field, old, new))
    apply_changes(session, changes)
    return changes


def _replace_in(field: str, value: Any, pattern: re.Pattern[str], template: str) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return parse_value(
            field, "|".join(pattern.sub(template, str(v)) for v in value), licence_catalogue()
        )
    text = format_value(field, value)
    replaced = pattern.sub(template, text)
    return value if replaced == text else parse_value(field, replaced, licence_catalogue())


def apply_changes(session: Session, changes: Sequence[FieldChange], undo: bool = False) -> None:
    """Write ``changes`` (their new values, or the old ones with ``undo``) in bulk."""
    by_attribute: dict[str, list[FieldChange]] = {}
    for change in changes:
        by_attribute.setdefault(resolve_field(change.field).attribute, []).append(change)
    for attribute, group in by_attribute.items():
        languages = [c for c in group if resolve_field(c.field).language is not None]
        plain = [c for c in group if resolve_field(c.field).language is None]
        rows = [{"id": c.item_id, attribute: c.old if undo else c.new} for c in plain]
        if languages:
            ids = sorted({c.item_id for c in languages})
            column = getattr(MediaItem, attribute)
            texts: dict[int, dict[str, str]] = {}
            for start in range(0, len(ids), _IN_CHUNK):
                query = select(MediaItem.id, column).where(
                    MediaItem.id.in_(ids[start : start + _IN_CHUNK])
                )
                texts.update({i: dict(v or {}) for i, v in session.execute(query)})
            for change in languages:
                language = resolve_field(change.field).language or ""
                value = change.old if undo else change.new
                if value:
                    texts[change.item_id][language] = value
                else:
                    texts[change.item_id].pop(language, None)
            rows += [{"id": item_id, attribute: value} for item_id, value in texts.items()]
        if rows:
            session.execute(update(MediaItem), rows)


def _read(ref: FieldRef, value: Any) -> Any:
    if ref.language is not None:
        return (value or {}).get(ref.language, "")
    if isinstance(value, list):
        return list(value)
    return value
