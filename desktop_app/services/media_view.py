"""Small read/edit helpers the media editor needs beyond ``media`` and ``media_edit``.

Additive and Qt-free: listing batches for a chooser, one item's full detail for the detail
pane (fields, wikitext, title-pattern values), applying a title pattern to many files and
changing the batch licence with the previous value returned for undo.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.media_fields import format_value
from desktop_app.core.problems import Problem
from desktop_app.core.titles import full_title, render_pattern
from desktop_app.services.media import set_batch_defaults
from desktop_app.services.media_checks import ItemCheck, item_wikitext
from desktop_app.services.media_edit import FieldChange, apply_changes
from desktop_app.store.models import MediaBatch, MediaItem, Partnership

_IN_CHUNK = 500  # SQLite's bound-parameter limit on older builds is 999
# Fields the detail pane edits as one line of text, in the order it shows them.
DETAIL_FIELDS = (
    "title", "date", "author", "source", "institution", "categories", "depicts",
    "latitude", "longitude", "template", "status",
)  # fmt: skip


@dataclass(frozen=True)
class BatchChoice:
    """One batch as the chooser lists it."""

    id: int
    name: str
    partnership: str


@dataclass(frozen=True)
class ItemDetail:
    """Everything the detail pane shows for one file (read in one session)."""

    id: int
    batch_id: int
    path: str
    kind: str
    file_name: str
    fields: dict[str, str]
    descriptions: dict[str, str]
    captions: dict[str, str]
    licence_id: str | None
    batch_licence_id: str | None
    batch_language: str
    has_gps: bool
    camera: str
    taken_at: str
    width: int | None
    height: int | None
    wikitext: str | None
    wikitext_problems: list[Problem] = field(default_factory=list)
    pattern_values: dict[str, str | int | None] = field(default_factory=dict)

    @property
    def extension(self) -> str:
        return PurePath(self.path).suffix.lower().lstrip(".")


def list_batches(session: Session) -> list[BatchChoice]:
    """Every batch with its partnership, by partnership then batch name."""
    query = select(MediaBatch.id, MediaBatch.name, Partnership.name).join(
        Partnership, MediaBatch.partnership_id == Partnership.id
    )
    rows = [BatchChoice(i, name, partner) for i, name, partner in session.execute(query)]
    return sorted(rows, key=lambda row: (row.partnership.casefold(), row.name.casefold()))


def pattern_values(item: MediaItem, batch: MediaBatch, number: int) -> dict[str, Any]:
    """The values a title pattern can use for ``item`` (``n`` = position in the batch)."""
    descriptions = item.descriptions or {}
    description = descriptions.get(batch.language) or next(iter(descriptions.values()), "")
    return {
        "partner": batch.partnership.name,
        "description": description,
        "date": item.date,
        "year": (item.date or "")[:4] if (item.date or "")[:4].isdigit() else "",
        "n": number,
        "filename": PurePath(item.path).stem,
        "author": item.author,
        "institution": item.institution,
        "batch": batch.name,
        "title": item.title,
    }


def _position(session: Session, item: MediaItem) -> int:
    count = session.scalar(
        select(func.count(MediaItem.id)).where(
            MediaItem.batch_id == item.batch_id, MediaItem.id <= item.id
        )
    )
    return int(count or 0)


def item_detail(session: Session, item_id: int) -> ItemDetail | None:
    """The detail pane's view of one file; ``None`` if it no longer exists."""
    item = session.get(MediaItem, item_id)
    if item is None:
        return None
    batch = item.batch
    extension = PurePath(item.path).suffix.lower().lstrip(".")
    values = {
        "title": item.title,
        "date": item.date,
        "author": item.author,
        "source": item.source,
        "institution": item.institution,
        "categories": item.categories or [],
        "depicts": item.depicts or [],
        "latitude": item.latitude,
        "longitude": item.longitude,
        "template": item.template,
        "status": item.state,
    }
    wikitext, problems = item_wikitext(item, batch)
    camera = " ".join(part for part in (item.camera_make, item.camera_model) if part)
    return ItemDetail(
        id=item.id,
        batch_id=batch.id,
        path=item.path,
        kind=item.kind,
        file_name=full_title(item.title, extension) if item.title.strip() else "",
        fields={name: format_value(name, value) for name, value in values.items()},
        descriptions=dict(item.descriptions or {}),
        captions=dict(item.captions or {}),
        licence_id=item.licence_id,
        batch_licence_id=batch.licence_id,
        batch_language=batch.language,
        has_gps=item.gps_latitude is not None,
        camera=camera,
        taken_at=item.taken_at or "",
        width=item.width,
        height=item.height,
        wikitext=wikitext,
        wikitext_problems=problems,
        pattern_values=pattern_values(item, batch, _position(session, item)),
    )


def apply_title_pattern(
    session: Session, batch_id: int, ids: list[int], pattern: str
) -> list[FieldChange]:
    """Give each item in ``ids`` the title ``pattern`` renders for it; returns the changes.

    Raises :class:`~desktop_app.core.titles.PatternError` for unknown fields (nothing
    changes). ``n`` counts files in import order across the whole batch, so titles stay
    stable whichever files are selected.
    """
    batch = session.get(MediaBatch, batch_id)
    if batch is None:
        raise LookupError(f"no batch with id {batch_id}")
    order = session.scalars(
        select(MediaItem.id).where(MediaItem.batch_id == batch_id).order_by(MediaItem.id)
    ).all()
    numbers = {item_id: index for index, item_id in enumerate(order, start=1)}
    wanted = sorted(set(ids) & numbers.keys())
    changes: list[FieldChange] = []
    items: list[MediaItem] = []
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        items.extend(session.scalars(select(MediaItem).where(MediaItem.id.in_(chunk))))
    for item in items:
        extension = PurePath(item.path).suffix.lower().lstrip(".")
        values = pattern_values(item, batch, numbers[item.id])
        title = render_pattern(pattern, values, extension)
        if title != item.title:
            changes.append(FieldChange(item.id, "title", item.title, title))
    apply_changes(session, changes)
    return changes


def set_batch_licence(session: Session, batch_id: int, licence_id: str | None) -> str | None:
    """Set (or clear, with ``None``) the batch's default licence; returns the previous one."""
    batch = session.get(MediaBatch, batch_id)
    if batch is None:
        raise LookupError(f"no batch with id {batch_id}")
    previous = batch.licence_id
    set_batch_defaults(session, batch_id, licence_id=licence_id or "")
    return previous


def set_batch_pattern(session: Session, batch_id: int, pattern: str) -> str:
    """Remember the batch's title pattern; returns the previous one (for undo)."""
    batch = session.get(MediaBatch, batch_id)
    if batch is None:
        raise LookupError(f"no batch with id {batch_id}")
    previous = batch.title_pattern
    set_batch_defaults(session, batch_id, title_pattern=pattern)
    return previous


def compact_checks(checks: Iterable[ItemCheck]) -> dict[int, tuple[Problem, ...]]:
    """Item id → its problems, with equal problems shared as one object.

    A 50,000-file batch has a few hundred thousand problems, most of them the same few
    ("Choose a licence."); keeping one instance of each instead of the checker's fresh
    objects (and none of the per-item paths) keeps the editor's memory flat.
    """
    shared: dict[tuple[str, str, str, str | None, str], Problem] = {}
    result: dict[int, tuple[Problem, ...]] = {}
    for check in checks:
        problems = []
        for problem in check.problems:
            key = (
                problem.code,
                problem.message,
                problem.severity.value,
                problem.fix,
                repr(sorted(problem.params.items())),
            )
            problems.append(shared.setdefault(key, problem))
        result[check.id] = tuple(problems)
    return result
