"""The sample partnership: made in one call to explore Fieldkit, removed in one call.

:func:`create_sample` builds it from bundled data (``resources/sample``): a partnership
with checklists partly done, one batch whose photos are copied into the data folder's
``sample/`` folder and imported like any partner's files, with titles, descriptions and
authors filled in but no licence — the checks then show how a file is made ready.
:func:`remove_sample` deletes the partnership, its checklists, batch, upload jobs and
the copied photos, and nothing the user made elsewhere. The GUI's welcome and "Remove
sample", and ``fieldkit partnership sample`` / ``remove-sample``, call these.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.localized import pick
from desktop_app.services.checklists import add_checklist, get_checklists, update_item
from desktop_app.services.media_batches import ensure_batch
from desktop_app.services.partnerships import content_language, create_partnership
from desktop_app.store.bundled import sample_definition, sample_photo
from desktop_app.store.repositories import media as media_repo
from desktop_app.store.repositories import partnerships as partnership_rows
from desktop_app.store.repositories.settings import load_settings, update_settings

if TYPE_CHECKING:
    from desktop_app.core.sample import SampleDefinition
    from desktop_app.store.context import AppContext
    from desktop_app.store.db import Database

log = logging.getLogger(__name__)

SAMPLE_FOLDER = "sample"  # inside the data folder: the copied photos, nothing else


@dataclass(frozen=True)
class SampleMade:
    """The sample partnership as made (or found, when one existed already)."""

    partnership_id: int
    name: str
    batch_id: int
    files: tuple[str, ...]
    created: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "partnership_id": self.partnership_id,
            "name": self.name,
            "batch_id": self.batch_id,
            "files": list(self.files),
            "created": self.created,
        }


@dataclass(frozen=True)
class SampleRemoved:
    """What "Remove sample" deleted."""

    partnership_id: int
    name: str
    files_deleted: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "partnership_id": self.partnership_id,
            "name": self.name,
            "files_deleted": self.files_deleted,
        }


def sample_folder(ctx: AppContext) -> Path:
    """Where the sample's photos are copied: ``<data folder>/sample``."""
    return ctx.paths.root / SAMPLE_FOLDER


def current_sample(db: Database) -> int | None:
    """The sample partnership's id while it exists, else None."""
    with db.session() as session:
        partnership_id = load_settings(session).sample_partnership_id
        if not partnership_id:
            return None
        try:
            partnership_rows.get_partnership(session, partnership_id)
        except LookupError:
            return None
        return partnership_id


def create_sample(ctx: AppContext, language: str | None = None) -> SampleMade:
    """Make the sample partnership in ``language`` (default: the interface's).

    Idempotent: while a sample exists it is returned (``created`` False). Blocking (a few
    small files are copied and scanned): the GUI calls it off the GUI thread. Whatever
    fails half-way is removed again before the error is raised.
    """
    existing = current_sample(ctx.db)
    if existing is not None:
        return _describe(ctx, existing)
    language = language or content_language(ctx.db)
    definition = sample_definition()
    name = _free_name(ctx.db, pick(definition.name, language))
    view = create_partnership(ctx.db, name, **definition.partnership_fields(language))
    with ctx.db.session() as session:
        update_settings(session, sample_partnership_id=view.id)
    try:
        _fill(ctx, view.id, name, definition, language)
    except BaseException:
        log.exception("Making the sample partnership failed; removing what was made")
        remove_sample(ctx)
        raise
    log.info("Sample partnership %r made (id %s)", name, view.id)
    return _describe(ctx, view.id, created=True)


def remove_sample(ctx: AppContext) -> SampleRemoved | None:
    """Delete the sample partnership with everything in it and its copied photos.

    Its uploads still waiting are cancelled first; files the user added to its batch from
    elsewhere are left on disk (only the rows go). None when there is no sample.
    """
    with ctx.db.session() as session:
        partnership_id = load_settings(session).sample_partnership_id
    if not partnership_id:
        return None
    with ctx.db.session() as session:
        try:
            row = partnership_rows.get_partnership(session, partnership_id)
            name, batch_ids = row.name, [batch.id for batch in row.batches]
        except LookupError:
            name, batch_ids = "", []
    for batch_id in batch_ids:
        from desktop_app.services.uploads import cancel_uploads  # the upload side: on use

        cancel_uploads(ctx, batch_id=batch_id)
    with ctx.db.session() as session:
        paths = partnership_rows.delete_partnership(session, partnership_id) if name else []
        update_settings(session, sample_partnership_id=0)
    deleted = _delete_copies(sample_folder(ctx), paths)
    log.info("Sample partnership %r removed (%d photos deleted)", name, deleted)
    return SampleRemoved(partnership_id, name, deleted)


# -- internals ---------------------------------------------------------------------------


def _free_name(db: Database, wanted: str) -> str:
    """``wanted``, or ``wanted (2)``… when a partnership is called that already."""
    with db.session() as session:
        name, number = wanted, 1
        while partnership_rows.find_by_name(session, name) is not None:
            number += 1
            name = f"{wanted} ({number})"
        return name


def _fill(
    ctx: AppContext, partnership_id: int, name: str, definition: SampleDefinition, language: str
) -> None:
    """Checklists with their done steps, then the batch with the photos and their texts."""
    for checklist in definition.checklists:
        add_checklist(ctx.db, partnership_id, checklist.template)
    done = {key for checklist in definition.checklists for key in checklist.done}
    for view in get_checklists(ctx.db, partnership_id, language):
        for item in view.items:
            if item.key in done:
                update_item(ctx.db, item.id, status="done")

    batch, _ = ensure_batch(ctx.db, name, pick(definition.batch, language))
    with ctx.db.session() as session:
        row = media_repo.get_batch(session, batch.id)
        assert row is not None
        row.language = language  # the descriptions below are in this language
    folder = sample_folder(ctx)
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for sample_file in definition.files:
        target = folder / sample_file.file
        target.write_bytes(sample_photo(sample_file.file))
        copies.append(target)
    # Here, not at the top: the welcome offers the sample, and the scanner (with
    # multiprocessing) is only worth loading when it is taken.
    from desktop_app.services.media_edit import set_field
    from desktop_app.services.media_import import import_paths

    report = import_paths(ctx.db, batch.id, copies, workers=1)
    ids = {Path(entry.path).name: entry.item_id for entry in report.files if entry.item_id}
    for sample_file in definition.files:
        item_id = ids.get(sample_file.file)
        if item_id is None:
            raise RuntimeError(f"the sample photo {sample_file.file} was not imported")
        values: dict[str, Any] = {
            "title": pick(sample_file.title, language),
            "author": sample_file.author,
            "source": sample_file.source,
            "categories": list(sample_file.categories),
        }
        if sample_file.description:
            values[f"description:{language}"] = pick(sample_file.description, language)
        for field, value in values.items():
            set_field(ctx.db, [item_id], field, value)


def _describe(ctx: AppContext, partnership_id: int, *, created: bool = False) -> SampleMade:
    with ctx.db.session() as session:
        row = partnership_rows.get_partnership(session, partnership_id)
        batch = min(row.batches, key=lambda batch: batch.id)
        paths = tuple(sorted(item.path for item in batch.items))
        return SampleMade(partnership_id, row.name, batch.id, paths, created)


def _delete_copies(folder: Path, paths: list[str]) -> int:
    """Delete the photos copied into ``folder`` (never a file elsewhere), then the folder."""
    deleted = 0
    root = folder.resolve()
    for path in paths:
        candidate = Path(path).resolve()
        if candidate.parent == root and candidate.is_file():
            candidate.unlink()
            deleted += 1
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    elif folder.is_dir():
        log.info("Kept %s: it holds files that are not the sample's", folder)
    return deleted
