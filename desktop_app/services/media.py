"""Media batches: creating them, importing and re-scanning files, the GPS policy.

Scanning is the slow part and runs without a database session (the GUI calls these from
a worker thread, with ``progress`` and ``cancelled``); results are written in one short
transaction with one Core ``executemany`` insert (the ORM's bulk path costs ~2× more per
row, see TOOLCHAIN-NOTES). An import never changes the files themselves.
"""

from __future__ import annotations

import os
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.core.licences import UnknownLicence
from desktop_app.core.media_checks import GPS_POLICIES
from desktop_app.core.problems import Problem, error
from desktop_app.files.file_scan import CachedScan, ScannedFile
from desktop_app.files.folders import expand_paths
from desktop_app.files.scanner import (
    CancelCheck,
    ProgressCallback,
    ScanOutcome,
    deferred_gc,
    scan_paths,
)
from desktop_app.store.bundled import get_licence
from desktop_app.store.db import Database
from desktop_app.store.models import MediaBatch, MediaItem, Partnership, new_uuid, utcnow

_IN_CHUNK = 500  # SQLite's default limit on bound parameters is 999 (older builds)
_SCAN_COLUMNS = (
    "taken_at", "camera_make", "camera_model", "gps_latitude", "gps_longitude",
    "gps_altitude", "orientation", "exif_artist", "exif_copyright", "exif_description",
    "width", "height",
)  # fmt: skip


class MediaError(Exception):
    """A request the media service cannot carry out (unknown batch, bad policy...)."""


@dataclass(frozen=True)
class BatchInfo:
    """A batch as lists and the CLI show it."""

    id: int
    name: str
    partnership: str
    licence_id: str | None
    gps_policy: str
    title_pattern: str
    language: str
    items: int


@dataclass
class ImportedFile:
    """What an import or re-scan did with one path."""

    path: str
    status: str  # "added", "unchanged", "changed", "moved", "missing", "skipped"
    item_id: int | None = None
    problems: list[Problem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "item_id": self.item_id,
            "problems": [problem.to_dict() for problem in self.problems],
        }


@dataclass
class ImportReport:
    """The outcome of :func:`import_paths` or :func:`rescan_batch`."""

    batch_id: int
    files: list[ImportedFile] = field(default_factory=list)
    cancelled: bool = False
    partnership_created: bool = False
    # How the scan ran, for benchmarks and logs (not part of ``to_dict``): "processes",
    # "threads" or "none" (all from the cache), with how many workers; wall-clock seconds
    # spent scanning and writing the results; processor seconds of the scan here and in
    # worker processes (see ScanOutcome).
    scan_mode: str = ""
    scan_workers: int = 0
    scan_seconds: float = 0.0
    store_seconds: float = 0.0
    scan_cpu_seconds: float = 0.0
    scan_worker_cpu_seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for entry in self.files if entry.status == status)

    def to_dict(self) -> dict[str, Any]:
        statuses = ("added", "unchanged", "changed", "moved", "missing", "skipped")
        return {
            "batch_id": self.batch_id,
            "cancelled": self.cancelled,
            "partnership_created": self.partnership_created,
            "counts": {status: self.count(status) for status in statuses},
            "files": [entry.to_dict() for entry in self.files],
        }


# --- batches ------------------------------------------------------------------------


def find_batch(session: Session, batch_name: str, partnership: str | None = None) -> MediaBatch:
    """The batch called ``batch_name`` (within ``partnership`` when given); MediaError if
    there is none or the name is ambiguous across partnerships."""
    query = select(MediaBatch).where(MediaBatch.name == batch_name)
    if partnership is not None:
        query = query.join(Partnership).where(Partnership.name == partnership)
    batches = session.scalars(query).all()
    if not batches:
        raise MediaError(f"There is no batch called '{batch_name}'.")
    if len(batches) > 1:
        raise MediaError(
            f"Several partnerships have a batch called '{batch_name}'; name the partnership."
        )
    return batches[0]


def ensure_batch(
    session: Session, partnership_name: str, batch_name: str, create_partnership: bool = True
) -> tuple[MediaBatch, bool]:
    """The batch, created if needed; returns (batch, whether the partnership was created).

    A new batch takes the partnership's licence as its default when it is in the catalogue.
    """
    partnership = session.scalars(
        select(Partnership).where(Partnership.name == partnership_name)
    ).one_or_none()
    created = False
    if partnership is None:
        if not create_partnership:
            raise MediaError(f"There is no partnership called '{partnership_name}'.")
        partnership = Partnership(name=partnership_name)
        session.add(partnership)
        session.flush()
        created = True
    batch = session.scalars(
        select(MediaBatch).where(
            MediaBatch.partnership_id == partnership.id, MediaBatch.name == batch_name
        )
    ).one_or_none()
    if batch is None:
        batch = MediaBatch(partnership_id=partnership.id, name=batch_name)
        batch.licence_id = _catalogue_id(getattr(partnership, "licence_id", None))
        session.add(batch)
        session.flush()
    return batch, created


def _catalogue_id(licence_id: str | None) -> str | None:
    if not licence_id:
        return None
    try:
        return get_licence(licence_id).id
    except UnknownLicence:
        return None


def batch_info(session: Session, batch: MediaBatch) -> BatchInfo:
    total = session.scalar(select(func.count(MediaItem.id)).where(MediaItem.batch_id == batch.id))
    return BatchInfo(
        id=batch.id,
        name=batch.name,
        partnership=batch.partnership.name,
        licence_id=batch.licence_id,
        gps_policy=batch.gps_policy,
        title_pattern=batch.title_pattern,
        language=batch.language,
        items=int(total or 0),
    )


def set_batch_defaults(
    session: Session,
    batch_id: int,
    *,
    licence_id: str | None = None,
    title_pattern: str | None = None,
    language: str | None = None,
) -> None:
    """Change the batch's default licence, title pattern or description language."""
    batch = _batch(session, batch_id)
    if licence_id is not None:
        batch.licence_id = get_licence(licence_id).id if licence_id else None
    if title_pattern is not None:
        batch.title_pattern = title_pattern
    if language is not None:
        batch.language = language


def set_gps_policy(session: Session, batch_id: int, policy: str) -> str:
    """Keep or strip location data for the batch; returns the previous policy (for undo)."""
    if policy not in GPS_POLICIES:
        raise MediaError(f"GPS policy must be one of {', '.join(GPS_POLICIES)}.")
    batch = _batch(session, batch_id)
    previous, batch.gps_policy = batch.gps_policy, policy
    return previous


def _batch(session: Session, batch_id: int) -> MediaBatch:
    batch = session.get(MediaBatch, batch_id)
    if batch is None:
        raise MediaError(f"There is no batch with id {batch_id}.")
    return batch


# --- importing and scanning ------------------------------------------------------------


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
    paths = [str(path) for path in expand_paths(inputs)]
    with deferred_gc(), db.session() as session:
        _batch(session, batch_id)
        cache = _cache_for(session, paths)
    outcome = scan_paths(paths, cache, progress, cancelled, workers)
    report = _report(batch_id, outcome, began)
    began = time.perf_counter()
    with deferred_gc(), db.session() as session:
        _store_import(session, _batch(session, batch_id), outcome.files, report)
    report.store_seconds = time.perf_counter() - began
    return report


# Header names taken as "the column of paths" when none is named, in this order
# (compared case-insensitively; "file" is what ``media export`` writes, "path" Pattypan).
PATH_COLUMNS = ("path", "file", "filename", "file_name", "file name", "filepath", "file path")


def paths_from_sheet(source: str | os.PathLike[str], column: str | None = None) -> list[str]:
    """The paths listed in one column of a CSV or XLSX sheet, ready for :func:`import_paths`.

    ``column`` names the header (case and surrounding spaces ignored); without it the first
    header in :data:`PATH_COLUMNS` is used. Relative paths are resolved against the sheet's
    own folder, so a sheet travels with its photos; ``~`` is expanded. Empty cells are
    skipped and repeated paths kept once. Paths are not checked here: a missing file
    becomes a per-file problem of the import, like a missing path given by hand.

    Raises :class:`~desktop_app.services.media_sheets.SheetError` when the sheet is not a
    readable CSV/XLSX, has no such column (the message lists the columns it has) or lists
    no path; ``OSError`` when the file itself cannot be opened.
    """
    from desktop_app.services.media_sheets import SheetError, read_sheet

    sheet = Path(source).expanduser().absolute()
    try:
        header, rows = read_sheet(sheet)
    except UnicodeDecodeError as exc:
        raise SheetError("The CSV file is not UTF-8 text: save it as “CSV UTF-8”.") from exc
    except zipfile.BadZipFile as exc:
        raise SheetError("The XLSX file is damaged or is not a spreadsheet.") from exc
    folded = [name.strip().casefold() for name in header]
    candidates = [column] if column is not None else list(PATH_COLUMNS)
    matches = [folded.index(name.strip().casefold()) for name in candidates
               if name.strip().casefold() in folded]  # fmt: skip
    index = matches[0] if matches else None
    if index is None:
        looked_for = f"column '{column}'" if column is not None else "column of paths"
        found = ", ".join(f"'{name}'" for name in header if name) or "none"
        hint = "" if column is not None else f" (one of {', '.join(PATH_COLUMNS)}; or name it)"
        raise SheetError(f"The sheet has no {looked_for}{hint}. Its columns: {found}.")
    paths: dict[str, None] = {}
    for row in rows:
        cell = row[index].strip() if index < len(row) else ""
        if cell:
            path = Path(cell).expanduser()
            # normpath: "../photos/a.jpg" must name the same item as the folder import.
            paths.setdefault(os.path.normpath(sheet.parent / path), None)
    if not paths:
        raise SheetError(f"The column '{header[index]}' of the sheet lists no paths.")
    return list(paths)


def _report(batch_id: int, outcome: ScanOutcome, began: float) -> ImportReport:
    return ImportReport(
        batch_id=batch_id,
        cancelled=outcome.cancelled,
        scan_mode=outcome.mode,
        scan_workers=outcome.workers,
        scan_seconds=time.perf_counter() - began,
        scan_cpu_seconds=outcome.cpu_seconds,
        scan_worker_cpu_seconds=outcome.worker_cpu_seconds,
    )


def rescan_batch(
    db: Database,
    batch_id: int,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    search_folders: Sequence[str | os.PathLike[str]] = (),
) -> ImportReport:
    """Look at every file of the batch again: unchanged, changed, moved or missing.

    A missing file is looked for (same size, then same SHA-1) in its old folder's parent
    tree and in ``search_folders``; found, the item follows it to its new path.
    """
    began = time.perf_counter()
    with deferred_gc(), db.session() as session:
        # One lean query gives both the items and the cache, run through Core (the ORM's
        # row handling doubled its cost). The metadata columns are left out: an unchanged
        # file keeps what is stored, and a changed one is read again anyway. For 5,000
        # unchanged files this query, a stat() each and the report are the whole re-scan.
        base = [MediaItem.path, MediaItem.size, MediaItem.mtime, MediaItem.sha1]
        query = select(*base, MediaItem.kind, MediaItem.scan_problems, MediaItem.id)
        query = query.add_columns(MediaItem.file_state).where(MediaItem.batch_id == batch_id)
        # Unpacked rather than read by attribute name: 3× cheaper per row.
        rows: list[tuple[Any, ...]] = [tuple(row) for row in session.connection().execute(query)]
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
    previous_state: dict[int, str] = {row[6]: row[7] for row in rows}
    missing = [scanned for scanned in outcome.files if scanned.missing]
    found = _look_for_moved(db, batch_id, missing, search_folders, cancelled)
    with deferred_gc(), db.session() as session:
        for scanned in outcome.files:
            item_id = ids[scanned.path]
            if scanned.missing and item_id in found:
                new = found[item_id]
                values = _scan_values(new) | {"file_state": "present"}
                session.execute(update(MediaItem), [{"id": item_id, **values}])
                report.files.append(ImportedFile(new.path, "moved", item_id, new.problems))
            elif scanned.missing:
                session.execute(update(MediaItem), [{"id": item_id, "file_state": "missing"}])
                report.files.append(ImportedFile(scanned.path, "missing", item_id))
            elif scanned.from_cache:
                # Unchanged since its scan (its stored metadata stays as it is); a file
                # that had gone missing and is back is present again.
                if previous_state[item_id] == "missing":
                    values = {"id": item_id, "file_state": "present", "scanned_at": utcnow()}
                    session.execute(update(MediaItem), [values])
                report.files.append(
                    ImportedFile(scanned.path, "unchanged", item_id, scanned.problems)
                )
            else:
                status = _update_existing(session, item_id, scanned)
                report.files.append(ImportedFile(scanned.path, status, item_id, scanned.problems))
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
    with db.session() as session:
        wanted = {
            row.sha1: (row.id, row.size)
            for row in session.execute(
                select(MediaItem.id, MediaItem.sha1, MediaItem.size).where(
                    MediaItem.batch_id == batch_id,
                    MediaItem.path.in_([m.path for m in missing[:_IN_CHUNK]]),
                )
            )
            if row.sha1
        }
        known = set(session.scalars(select(MediaItem.path).where(MediaItem.batch_id == batch_id)))
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


def _cache_for(
    session: Session, paths: Sequence[str], batch_id: int | None = None
) -> dict[str, CachedScan]:
    """Earlier scan results by path (any batch, or one batch) for the re-scan shortcut."""
    cache: dict[str, CachedScan] = {}
    chunks: Iterable[Sequence[str]]
    if batch_id is not None:
        chunks = [()]
    else:
        chunks = (paths[i : i + _IN_CHUNK] for i in range(0, len(paths), _IN_CHUNK))
    for chunk in chunks:
        query = select(*_cache_columns()).where(MediaItem.sha1.is_not(None))
        if batch_id is not None:
            query = query.where(MediaItem.batch_id == batch_id)
        else:
            query = query.where(MediaItem.path.in_(chunk))
        for row in session.connection().execute(query):
            cache[row.path] = _cached_scan(row)
    return cache


def _cache_columns() -> list[Any]:
    base = [MediaItem.path, MediaItem.size, MediaItem.mtime, MediaItem.sha1, MediaItem.kind]
    return [*base, MediaItem.scan_problems, *(getattr(MediaItem, n) for n in _SCAN_COLUMNS)]


def _cached_scan(row: Any) -> CachedScan:
    """A row whose columns start with :func:`_cache_columns` as the scanner's cache entry."""
    _path, size, mtime, sha1, kind, problems, *rest = row
    return CachedScan(
        size=size,
        mtime=mtime,
        sha1=sha1,
        kind=kind,
        metadata=dict(zip(_SCAN_COLUMNS, rest, strict=False)),  # rest may go on past them
        problems=problems or [],
    )


def _scan_values(scanned: ScannedFile, scanned_at: datetime | None = None) -> dict[str, Any]:
    values = scanned.metadata.columns()
    values.update(
        path=scanned.path,
        size=scanned.size,
        mtime=scanned.mtime,
        sha1=scanned.sha1,
        kind=scanned.kind,
        scan_problems=[problem.to_dict() for problem in scanned.problems],
        scanned_at=scanned_at or utcnow(),
    )
    return values


def _update_existing(session: Session, item_id: int, scanned: ScannedFile) -> str:
    previous = session.execute(
        select(MediaItem.sha1, MediaItem.file_state).where(MediaItem.id == item_id)
    ).one()
    if scanned.from_cache and previous.file_state != "missing":
        return "unchanged"
    changed = previous.sha1 is not None and scanned.sha1 != previous.sha1
    state = "changed" if changed or previous.file_state == "changed" else "present"
    session.execute(
        update(MediaItem), [{"id": item_id, **_scan_values(scanned), "file_state": state}]
    )
    return "changed" if changed else "unchanged"


def _store_import(
    session: Session, batch: MediaBatch, files: list[ScannedFile], report: ImportReport
) -> None:
    existing = {
        row.path: row.id
        for row in session.execute(
            select(MediaItem.id, MediaItem.path).where(MediaItem.batch_id == batch.id)
        )
    }
    vanished = {
        row.sha1: row.id
        for row in session.execute(
            select(MediaItem.id, MediaItem.sha1).where(
                MediaItem.batch_id == batch.id, MediaItem.file_state == "missing"
            )
        )
        if row.sha1
    }
    new_rows: list[dict[str, Any]] = []
    new_files: list[ImportedFile] = []
    stored_at = utcnow()  # one import, one moment
    for scanned in files:
        if scanned.missing or scanned.sha1 is None:
            problems = scanned.problems or [
                error("file-unreadable", "The file cannot be read.", path=scanned.path)
            ]
            report.files.append(ImportedFile(scanned.path, "skipped", None, problems))
            continue
        if scanned.path in existing:
            item_id = existing[scanned.path]
            status = _update_existing(session, item_id, scanned)
            report.files.append(ImportedFile(scanned.path, status, item_id, scanned.problems))
            continue
        if scanned.sha1 in vanished:
            item_id = vanished.pop(scanned.sha1)
            values = _scan_values(scanned) | {"file_state": "present"}
            session.execute(update(MediaItem), [{"id": item_id, **values}])
            report.files.append(ImportedFile(scanned.path, "moved", item_id, scanned.problems))
            continue
        new_rows.append(_new_item_values(batch, scanned, stored_at))
        entry = ImportedFile(scanned.path, "added", None, scanned.problems)
        new_files.append(entry)
        report.files.append(entry)
        existing[scanned.path] = -1  # the same path twice in one import adds it once
    if new_rows:
        # A Core insert of the table: one executemany, without the ORM's per-row work.
        session.execute(insert(cast(Table, MediaItem.__table__)), new_rows)
        query = select(MediaItem.path, MediaItem.id).where(MediaItem.batch_id == batch.id)
        by_path = {path: item_id for path, item_id in session.execute(query)}
        for entry in new_files:
            entry.item_id = by_path.get(entry.path)


def _new_item_values(
    batch: MediaBatch, scanned: ScannedFile, scanned_at: datetime | None = None
) -> dict[str, Any]:
    """A new item: scan facts plus first guesses for the editable fields from EXIF.

    Every column is given (a Core executemany needs the same keys in every row).
    """
    values = _scan_values(scanned, scanned_at)
    metadata = scanned.metadata
    stem = os.path.splitext(os.path.basename(scanned.path))[0]  # Path.stem, 10× cheaper
    values.update(
        uuid=new_uuid(),
        batch_id=batch.id,
        file_state="present",
        title=" ".join(stem.replace("_", " ").split()),
        date=(metadata.taken_at or "")[:10],
        author=metadata.artist,
        descriptions={batch.language: metadata.description} if metadata.description else {},
        captions={},
        depicts=[],
        categories=[],
        source="",
        institution="",
        template="information",
        state="new",
    )
    return values
