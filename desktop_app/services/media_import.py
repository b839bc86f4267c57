"""Importing and re-scanning a batch's files: added, unchanged, changed, moved or missing.

Scanning is the slow part and runs without a database session (the GUI calls these from
a worker thread, with ``progress`` and ``cancelled``); results are written in one short
transaction with one ``sqlite3`` ``executemany`` insert on the session's connection (rows
from :mod:`~desktop_app.services.media_rows`, the insert in
:mod:`desktop_app.store.media_rows`, both shared with the CLI's light first import; the
ORM's bulk path costs ~2× more per row, see TOOLCHAIN-NOTES). An import never changes the
files themselves.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.import_report import ImportedFile, ImportReport
from desktop_app.files.file_scan import CachedScan, ScannedFile
from desktop_app.files.folders import expand_input_names, expand_paths
from desktop_app.files.scanner import (
    CancelCheck,
    ProgressCallback,
    ScanOutcome,
    deferred_gc,
    scan_paths,
)
from desktop_app.services.light_import import NotLight, unchanged_files
from desktop_app.services.media_batches import require_batch
from desktop_app.services.media_rows import (
    new_item_values,
    not_media_entry,
    scan_values,
    unreadable_entry,
)
from desktop_app.store.bundled import commons_file_policy
from desktop_app.store.db import sqlite_connection
from desktop_app.store.models import utcnow
from desktop_app.store.repositories import media as media_repo
from desktop_app.store.repositories import media_scans

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.db import Database
    from desktop_app.store.models import MediaBatch

# A re-scan looks elsewhere for this many of the files that went missing.
MOVED_SEARCH_LIMIT = 500

log = logging.getLogger(__name__)


# --- importing -------------------------------------------------------------------------


def import_paths(
    db: Database,
    batch_id: int,
    inputs: Iterable[str | os.PathLike[str]],
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Add files and folders (recursively) to a batch; safe to call again with the same paths.

    Files already in the batch are re-scanned (free when unchanged); a new file with the
    content of a batch file that went missing is recorded as that file having moved.
    """
    began = time.perf_counter()
    paths, left_out = expand_input_names(inputs)
    unchanged = None if left_out else _all_unchanged(db, batch_id, paths, began)
    if unchanged is not None:
        return unchanged
    with deferred_gc(), db.session() as session:
        require_batch(session, batch_id)
        cache = {row[0]: _cached_scan(row) for row in media_scans.cached_scans(session, paths)}
    outcome = scan_paths(paths, cache, progress, cancelled, workers)
    report = _report(batch_id, outcome, began)
    for problem in left_out:  # unreadable folders, names not text: skipped, with the reason
        report.files.append(ImportedFile(str(problem.params["path"]), "skipped", None, [problem]))
    began = time.perf_counter()
    with deferred_gc(), db.session() as session:
        _store_import(session, require_batch(session, batch_id), outcome.files, report)
    report.store_seconds = time.perf_counter() - began
    return report


def _all_unchanged(
    db: Database, batch_id: int, paths: Sequence[str], began: float
) -> ImportReport | None:
    """The report when the batch holds every path unchanged, from a stat per file and one
    query (:mod:`~desktop_app.services.light_import`); ``None`` when there is work to do."""
    try:
        # On the store's own connection (its pages are warm), with the collector held off
        # as for a scan: after a large import, a full collection cost more than the check.
        with deferred_gc(), db.session() as session:
            files = unchanged_files(sqlite_connection(session), batch_id, paths)
    except NotLight:
        return None
    seconds = time.perf_counter() - began
    log.info("All %s files of batch %s unchanged (%.2f s)", len(files), batch_id, seconds)
    return ImportReport(batch_id, files, scan_mode="none", scan_seconds=seconds)


def _report(batch_id: int, outcome: ScanOutcome, began: float) -> ImportReport:
    seconds = time.perf_counter() - began
    log.info(
        "Scanned %s files of batch %s on %s (%s workers) in %.2f s",
        len(outcome.files),
        batch_id,
        outcome.mode,
        outcome.workers,
        seconds,
    )
    return ImportReport(
        batch_id=batch_id,
        cancelled=outcome.cancelled,
        scan_mode=outcome.mode,
        scan_workers=outcome.workers,
        scan_seconds=seconds,
        scan_cpu_seconds=outcome.cpu_seconds,
        scan_worker_cpu_seconds=outcome.worker_cpu_seconds,
    )


def _cached_scan(row: tuple[Any, ...]) -> CachedScan:
    """A row of :func:`~desktop_app.store.repositories.media_scans.cached_scans` as the
    scanner's cache entry."""
    _path, size, mtime, sha1, kind, problems, *rest = row
    return CachedScan(
        size=size,
        mtime=mtime,
        sha1=sha1,
        kind=kind,
        metadata=tuple(rest),  # SCAN_COLUMNS are the metadata fields, in their order
        problems=problems or [],
    )


def _store_import(
    session: Session, batch: MediaBatch, files: list[ScannedFile], report: ImportReport
) -> None:
    """Write one import's results; ``files`` name each path once (see ``expand_paths``).

    A new file that is not media (a README, a spreadsheet found in the folder) is listed
    as skipped with a ``not-media`` note instead of joining the batch with a pile of
    problems.
    """
    existing = media_scans.scan_states(session, batch.id)  # one query, not one per file
    # (sha1, file_state) of each file as the updates queued so far leave it.
    current = {item_id: (sha1, state) for item_id, sha1, state in existing.values()}
    vanished = media_scans.missing_by_sha1(session, batch.id)
    updates: list[dict[str, Any]] = []
    new_rows: list[dict[str, Any]] = []
    new_files: list[ImportedFile] = []
    stored_at = utcnow()  # one import, one moment
    for scanned in files:
        skipped = unreadable_entry(scanned)
        if skipped is not None:
            report.files.append(skipped)
            continue
        if scanned.path in existing:
            item_id = existing[scanned.path][0]
            status, values = _rescanned(item_id, *current[item_id], scanned)
            if values is not None:
                updates.append(values)
                current[item_id] = (scanned.sha1, values["file_state"])
            report.files.append(ImportedFile(scanned.path, status, item_id, scanned.problems))
            continue
        if scanned.sha1 in vanished:
            item_id = vanished.pop(scanned.sha1)
            updates.append({"id": item_id, **scan_values(scanned), "file_state": "present"})
            current[item_id] = (scanned.sha1, "present")
            report.files.append(ImportedFile(scanned.path, "moved", item_id, scanned.problems))
            continue
        skipped = not_media_entry(scanned, commons_file_policy)  # no wiki needed
        if skipped is not None:
            report.files.append(skipped)
            continue
        new_rows.append(new_item_values(batch.id, batch.language, scanned, stored_at))
        entry = ImportedFile(scanned.path, "added", None, scanned.problems)
        new_files.append(entry)
        report.files.append(entry)
    media_repo.update_items(session, updates)
    if new_rows:
        media_scans.insert_items(session, new_rows)
        by_path = media_scans.item_ids_by_path(session, batch.id)
        for entry in new_files:
            entry.item_id = by_path.get(entry.path)


def _rescanned(
    item_id: int, previous_sha1: str | None, previous_state: str, scanned: ScannedFile
) -> tuple[str, dict[str, Any] | None]:
    """A new scan of a file the batch holds: its status for the report and the row update
    to store (``None`` when nothing changed)."""
    if scanned.from_cache and previous_state != "missing":
        return "unchanged", None
    changed = previous_sha1 is not None and scanned.sha1 != previous_sha1
    state = "changed" if changed or previous_state == "changed" else "present"
    values = {"id": item_id, **scan_values(scanned), "file_state": state}
    return ("changed" if changed else "unchanged"), values


# --- re-scanning ------------------------------------------------------------------------


def rescan_batch(
    db: Database,
    batch_id: int,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    search_folders: Sequence[str | os.PathLike[str]] = (),
) -> ImportReport:
    """Look at every file of the batch again: unchanged, changed, moved or missing.

    A missing file is looked for (same size, then same SHA-1) in its old folder's parent
    tree and in ``search_folders``; found, the item follows it to its new path. For
    5,000 unchanged files one query, a stat() each and the report are the whole re-scan.
    """
    began = time.perf_counter()
    with deferred_gc(), db.session() as session:
        rows = media_scans.rescan_rows(session, batch_id)
        cache: dict[str, CachedScan] = {
            path: CachedScan(size, mtime, sha1, kind, {}, problems or [])
            for path, size, mtime, sha1, kind, problems, _id, _state in rows
            if sha1 is not None
        }
    paths = [row[0] for row in rows]
    outcome = scan_paths(paths, cache, progress, cancelled)
    report = _report(batch_id, outcome, began)
    began = time.perf_counter()
    ids: dict[str, int] = {row[0]: row[6] for row in rows}
    previous: dict[int, tuple[str | None, str]] = {row[6]: (row[3], row[7]) for row in rows}
    missing = [scanned for scanned in outcome.files if scanned.missing]
    found = _look_for_moved(db, batch_id, missing, search_folders, cancelled)
    updates: list[dict[str, Any]] = []
    with deferred_gc():  # thousands of report entries: see deferred_gc
        for scanned in outcome.files:
            item_id = ids[scanned.path]
            if scanned.missing and item_id in found:
                new = found[item_id]
                updates.append({"id": item_id, **scan_values(new), "file_state": "present"})
                report.files.append(ImportedFile(new.path, "moved", item_id, new.problems))
            elif scanned.missing:
                updates.append({"id": item_id, "file_state": "missing"})
                report.files.append(ImportedFile(scanned.path, "missing", item_id))
            elif scanned.from_cache:
                # Unchanged since its scan (its stored metadata stays as it is); a file
                # that had gone missing and is back is present again.
                if previous[item_id][1] == "missing":
                    updates.append({"id": item_id, "file_state": "present", "scanned_at": utcnow()})
                report.files.append(
                    ImportedFile(scanned.path, "unchanged", item_id, scanned.problems)
                )
            else:
                status, values = _rescanned(item_id, *previous[item_id], scanned)
                if values is not None:
                    updates.append(values)
                report.files.append(ImportedFile(scanned.path, status, item_id, scanned.problems))
        with db.session() as session:
            media_repo.update_items(session, updates)
    report.store_seconds = time.perf_counter() - began
    return report


def _look_for_moved(
    db: Database,
    batch_id: int,
    missing: list[ScannedFile],
    search_folders: Sequence[str | os.PathLike[str]],
    cancelled: CancelCheck | None,
) -> dict[int, ScannedFile]:
    """Item id → the file found elsewhere with the same content."""
    if not missing:
        return {}
    looked_for = [scanned.path for scanned in missing[:MOVED_SEARCH_LIMIT]]
    with db.session() as session:
        wanted = media_scans.sha1_and_size(session, batch_id, looked_for)
        known = media_scans.batch_paths(session, batch_id)
    folders = {str(Path(scanned.path).parent.parent) for scanned in missing}
    folders |= {os.fspath(folder) for folder in search_folders}
    sizes = {size for _, size in wanted.values()}
    candidates = [
        str(path)
        for path in expand_paths(folder for folder in folders if Path(folder).is_dir())
        if str(path) not in known and _size(path) in sizes
    ]
    outcome = scan_paths(candidates, cancelled=cancelled)
    found: dict[int, ScannedFile] = {}
    for scanned in outcome.files:
        match = wanted.get(scanned.sha1 or "")
        if match is not None and match[0] not in found:
            found[match[0]] = scanned
    return found


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1
