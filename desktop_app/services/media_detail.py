"""One file as the editor's detail pane shows it: fields, wikitext, title-pattern values."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING

from desktop_app.core.media_fields import format_value
from desktop_app.core.problems import Problem
from desktop_app.core.titles import full_title
from desktop_app.services.media_checks import item_wikitext
from desktop_app.services.media_edit import pattern_values
from desktop_app.store.repositories import media as media_repo

if TYPE_CHECKING:
    from desktop_app.store.db import Database

# Fields the detail pane edits as one line of text, in the order it shows them.
DETAIL_FIELDS = (
    "title",
    "date",
    "author",
    "source",
    "institution",
    "categories",
    "depicts",
    "latitude",
    "longitude",
    "template",
    "status",
)


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


def item_detail(db: Database, item_id: int) -> ItemDetail | None:
    """The detail pane's view of one file; ``None`` if it no longer exists."""
    with db.session() as session:
        item = media_repo.get_item(session, item_id)
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
        number = media_repo.item_position(session, item.batch_id, item.id)
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
            pattern_values=pattern_values(item, batch, number),
        )
