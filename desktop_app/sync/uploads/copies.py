"""Copies without location data that wait, unchanged, until their upload is finished.

An upload may resume days after it was queued, and the wiki's stash holds the first
chunks of *these* bytes: the copy must stay byte-for-byte the same until the job is
verified or cancelled. So it is not a temporary file but lives in the data folder,
``cache/upload-copies/<item uuid>/<file name>``, and the job's SHA-1 is the copy's.
The copy is made by the media colleague's :func:`~desktop_app.files.upload_copies.upload_copy`
(lossless, on a temporary copy; the original is only read) and moved into place before
that context would delete it.
"""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

from desktop_app.core.uploads import UploadState
from desktop_app.files.upload_copies import upload_copy
from desktop_app.store.db import Database
from desktop_app.store.models import MediaItem
from desktop_app.store.repositories import uploads

log = logging.getLogger(__name__)

COPIES_FOLDER = "upload-copies"
# A copy that no job names yet may belong to an enqueue that is still committing.
_ORPHAN_GRACE_SECONDS = 3600.0
# Jobs whose copy is no longer needed.
_DONE_STATES = (UploadState.VERIFIED, UploadState.CANCELLED)


def copies_dir(cache: Path) -> Path:
    """Where the kept copies live inside the data folder's cache."""
    return cache / COPIES_FOLDER


def prepare_upload_file(item: MediaItem, gps_policy: str, cache: Path) -> tuple[Path, bool]:
    """The file to upload for ``item`` and whether it is a kept copy without GPS.

    With the "strip" policy and a located file, the copy is made now and kept under
    :func:`copies_dir`; otherwise the original path is returned (it is never written to).
    Raises ``GpsStripError`` or ``OSError`` when the copy cannot be made.
    """
    root = copies_dir(cache)
    root.mkdir(parents=True, exist_ok=True)
    has_location = item.gps_latitude is not None
    with upload_copy(Path(item.path), has_location, gps_policy, temp_folder=root) as path:
        if path == Path(item.path):
            return path, False
        target = root / item.uuid / Path(item.path).name
        target.parent.mkdir(parents=True, exist_ok=True)
        # Same folder tree, same file system: the rename is atomic, and upload_copy's
        # clean-up then finds nothing left to delete.
        path.replace(target)
    return target, True


def is_kept_copy(path: str | Path, cache: Path) -> bool:
    """Whether ``path`` is one of our kept copies (never delete anything else)."""
    try:
        Path(path).resolve().relative_to(copies_dir(cache).resolve())
    except ValueError:
        return False
    return True


def delete_copy(path: str | Path, cache: Path) -> None:
    """Delete a kept copy and its per-item folder; anything outside the folder is left."""
    if not path or not is_kept_copy(path, cache):
        return
    copy = Path(path)
    try:
        copy.unlink(missing_ok=True)
        folder = copy.parent
        if folder != copies_dir(cache) and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    except OSError as exc:
        # Still open (Windows) or read-only media: the next sweep tries again.
        log.warning("Could not delete upload copy %s yet: %s", copy, exc)


def sweep_copies(db: Database, cache: Path, *, now: float | None = None) -> int:
    """Delete copies whose jobs are verified or cancelled, and old orphans; returns how many.

    A copy still named by an unfinished or failed job stays (a failed job can be retried).
    """
    root = copies_dir(cache)
    if not root.is_dir():
        return 0
    with db.session() as session:
        rows = uploads.local_paths_by_state(session)
    needed = {str(Path(p).resolve()) for p, state in rows if state not in _DONE_STATES}
    done = {str(Path(p).resolve()) for p, state in rows if state in _DONE_STATES}
    now = time.time() if now is None else now
    deleted = 0
    for copy in [path for path in root.rglob("*") if path.is_file()]:
        key = str(copy.resolve())
        if key in needed:
            continue
        old = now - copy.stat().st_mtime > _ORPHAN_GRACE_SECONDS
        if key in done or old:
            delete_copy(copy, cache)
            deleted += 1
    for folder in sorted((p for p in root.iterdir() if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            shutil.rmtree(folder, ignore_errors=True)
    if deleted:
        log.info("Deleted %s upload copies no longer needed", deleted)
    return deleted
