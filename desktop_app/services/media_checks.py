"""Checking a batch and producing its wikitext: facts from the store, rules from core.

Offline, checks use the shipped file-type policy (or the one last read from the wiki)
and what earlier batches hold; :func:`check_batch` takes optional wiki findings (from
:mod:`desktop_app.wiki.files`) to add the online checks.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from desktop_app.store.repositories import media as media_repo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.db import Database
    from desktop_app.store.models import MediaBatch, MediaItem

__all__ = [
    "POLICY_CACHE_FILE",
    "ItemCheck",
    "PageText",
    "WikiFindings",
    "batch_problems",
    "batch_wikitexts",
    "check_batch",
    "compact_checks",
    "file_type_policy",
    "item_page",
    "item_wikitext",
    "run_batch_check",
    "save_file_type_policy",
]

log = logging.getLogger(__name__)
POLICY_CACHE_FILE = "wiki-filetypes.json"


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


def run_batch_check(
    db: Database,
    batch_id: int,
    policy: FileTypePolicy | None = None,
    wiki: WikiFindings | None = None,
) -> list[ItemCheck]:
    """Check the whole batch (``media check``); ``LookupError`` for an unknown batch."""
    with db.session() as session:
        return check_batch(session, batch_id, policy, wiki)


def batch_problems(
    db: Database,
    batch_id: int,
    policy: FileTypePolicy | None = None,
    wiki: WikiFindings | None = None,
) -> dict[int, tuple[Problem, ...]]:
    """The editor's view of a check: item id → its problems (see :func:`compact_checks`)."""
    return compact_checks(run_batch_check(db, batch_id, policy, wiki))


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


def check_batch(
    session: Session,
    batch_id: int,
    policy: FileTypePolicy | None = None,
    wiki: WikiFindings | None = None,
) -> list[ItemCheck]:
    """Every file of the batch with its problems; ``ready`` when none blocks.

    For services that check inside their own transaction (queueing uploads); the UI and
    the CLI call :func:`run_batch_check` or :func:`batch_problems`.
    """
    batch = media_repo.get_batch(session, batch_id)
    if batch is None:
        raise LookupError(f"no batch with id {batch_id}")
    facts = media_repo.batch_facts(session, batch_id)
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
    context.uploaded = {
        item_id: ExistingFile("wiki", title, title, link)
        for item_id, (title, link) in media_repo.verified_uploads(session, batch_id).items()
    }
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
    for title, path, sha1, batch_name in media_repo.earlier_files(session, batch_id):
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


@dataclass(frozen=True)
class PageText:
    """One file's description page, or why it cannot be written yet."""

    item_id: int
    path: str
    file_name: str  # the wiki name: title plus extension
    wikitext: str | None
    problems: list[Problem] = field(default_factory=list)


def batch_wikitexts(db: Database, batch_id: int) -> list[PageText]:
    """Every file's description page in import order (``media wikitext``)."""
    with db.session() as session:
        batch = media_repo.get_batch(session, batch_id)
        if batch is None:
            raise LookupError(f"no batch with id {batch_id}")
        pages = []
        for item in media_repo.batch_items(session, batch_id):
            text, problems = item_wikitext(item, batch)
            name = full_title(item.title, Path(item.path).suffix)
            pages.append(PageText(item.id, item.path, name, text, problems))
        return pages
