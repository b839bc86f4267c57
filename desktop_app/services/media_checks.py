"""Checking a batch and producing its wikitext: facts from the store, rules from core.

Offline, checks use the shipped file-type policy (or the one last read from the wiki)
and what earlier batches hold; :func:`check_batch` takes optional wiki findings (from
:mod:`desktop_app.wiki.files`) to add the online checks.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.filetypes import FileTypePolicy, policy_from_dict
from desktop_app.core.licences import UnknownLicence
from desktop_app.core.media_checks import (
    BatchContext,
    ExistingFile,
    ItemFacts,
    WikiFindings,
    check_item,
    group_batch,
)
from desktop_app.core.media_wikitext import FilePage, file_page_wikitext
from desktop_app.core.problems import Problem, error, is_ready
from desktop_app.core.titles import full_title, title_key
from desktop_app.store.bundled import commons_file_policy, get_licence, licence_catalogue
from desktop_app.store.models import MediaBatch, MediaItem

log = logging.getLogger(__name__)
POLICY_CACHE_FILE = "wiki-filetypes.json"
_FACT_COLUMNS = (
    "id", "path", "title", "kind", "size", "sha1", "file_state", "scan_problems",
    "gps_latitude", "descriptions", "captions", "date", "author", "source", "licence_id",
    "categories",
)  # fmt: skip


@dataclass
class ItemCheck:
    """One file's verdict."""

    id: int
    path: str
    file_name: str
    ready: bool
    problems: list[Problem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "file_name": self.file_name,
            "state": "ready" if self.ready else "problems",
            "problems": [problem.to_dict() for problem in self.problems],
        }


def file_type_policy(cache_dir: Path | None) -> FileTypePolicy:
    """The wiki's policy as last read online, else Commons' shipped default."""
    base = commons_file_policy()
    if cache_dir is None:
        return base
    cached = cache_dir / POLICY_CACHE_FILE
    if not cached.is_file():
        return base
    try:
        return policy_from_dict(json.loads(cached.read_text(encoding="utf-8")), base)
    except (ValueError, KeyError, TypeError) as exc:
        # A damaged cache is not worth failing a check for: fall back and say so in logs.
        log.warning("Ignoring unreadable %s: %s", cached, exc)
        return base


def save_file_type_policy(cache_dir: Path, policy: FileTypePolicy) -> None:
    """Remember the wiki's policy for offline use."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / POLICY_CACHE_FILE
    target.write_text(json.dumps(policy.to_dict(), indent=1), encoding="utf-8")


def batch_facts(session: Session, batch_id: int) -> list[ItemFacts]:
    """The checkable facts of every file of a batch, in import order (one query)."""
    columns = [getattr(MediaItem, name) for name in _FACT_COLUMNS]
    query = select(*columns).where(MediaItem.batch_id == batch_id).order_by(MediaItem.id)
    return [
        ItemFacts(
            id=row.id,
            path=row.path,
            title=row.title,
            kind=row.kind,
            size=row.size,
            sha1=row.sha1,
            file_state=row.file_state,
            scan_problems=row.scan_problems or [],
            has_gps=row.gps_latitude is not None,
            descriptions=row.descriptions or {},
            captions=row.captions or {},
            date=row.date,
            author=row.author,
            source=row.source,
            licence_id=row.licence_id,
            categories=row.categories or [],
        )
        for row in session.execute(query)
    ]


def check_batch(
    session: Session,
    batch_id: int,
    policy: FileTypePolicy | None = None,
    wiki: WikiFindings | None = None,
) -> list[ItemCheck]:
    """Every file of the batch with its problems; ``ready`` when none blocks."""
    batch = session.get(MediaBatch, batch_id)
    if batch is None:
        raise LookupError(f"no batch with id {batch_id}")
    facts = batch_facts(session, batch_id)
    titles, hashes = group_batch(facts)
    context = BatchContext(
        licence_id=batch.licence_id,
        gps_policy=batch.gps_policy,
        policy=policy or commons_file_policy(),
        known_licences={licence.id for licence in licence_catalogue()},
        title_counts=titles,
        sha1_groups=hashes,
        wiki_titles=wiki.by_title if wiki else None,
        wiki_sha1=wiki.by_sha1 if wiki else None,
    )
    context.earlier_titles, context.earlier_sha1 = _earlier(session, batch_id, facts)
    results = []
    for item in facts:
        problems = check_item(item, context)
        results.append(ItemCheck(item.id, item.path, item.file_name, is_ready(problems), problems))
    return results


def _earlier(
    session: Session, batch_id: int, facts: list[ItemFacts]
) -> tuple[dict[str, ExistingFile], dict[str, ExistingFile]]:
    """Titles and SHA-1s of this batch's files that batches created before it hold."""
    wanted_sha1 = {item.sha1 for item in facts if item.sha1}
    wanted_titles = {title_key(item.file_name) for item in facts if item.title.strip()}
    titles: dict[str, ExistingFile] = {}
    hashes: dict[str, ExistingFile] = {}
    query = (
        select(MediaItem.title, MediaItem.path, MediaItem.sha1, MediaBatch.name)
        .join(MediaBatch, MediaItem.batch_id == MediaBatch.id)
        .where(MediaItem.batch_id < batch_id)
    )
    for title, path, sha1, batch_name in session.execute(query):
        name = full_title(title, Path(path).suffix) if title.strip() else ""
        existing = ExistingFile("batch", batch_name, name, path)
        if name and title_key(name) in wanted_titles:
            titles.setdefault(title_key(name), existing)
        if sha1 in wanted_sha1:
            hashes.setdefault(sha1, existing)
    return titles, hashes


def item_page(item: MediaItem, batch: MediaBatch) -> FilePage:
    """The wikitext inputs for one item; the camera location only if the batch keeps it."""
    latitude, longitude = item.latitude, item.longitude
    if latitude is None and batch.gps_policy == "keep":
        latitude, longitude = item.gps_latitude, item.gps_longitude
    return FilePage(
        title=item.title,
        descriptions=item.descriptions or {},
        date=item.date,
        author=item.author,
        source=item.source,
        institution=item.institution,
        template=item.template,
        latitude=latitude,
        longitude=longitude,
        categories=item.categories or [],
    )


def item_wikitext(item: MediaItem, batch: MediaBatch) -> tuple[str | None, list[Problem]]:
    """The file page text, or ``None`` and the reason when no licence can be named."""
    licence_id = item.licence_id or batch.licence_id
    if not licence_id:
        return None, [error("licence-missing", "Choose a licence.", fix="set-licence")]
    try:
        licence = get_licence(licence_id)
    except UnknownLicence:
        return None, [
            error("licence-unknown", f"'{licence_id}' is not in the catalogue.", fix="set-licence")
        ]
    return file_page_wikitext(item_page(item, batch), licence), []
