"""A scanned file as ``media_items`` column values: what every import stores.

Kept apart from :mod:`~desktop_app.services.media_import` (and free of SQLAlchemy) so the
light first import of the CLI (:mod:`~desktop_app.services.light_first_import`) builds
exactly the rows the ordinary import builds.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop_app.core.filetypes import (
    MEDIA_KINDS,
    FileTypePolicy,
    is_media_file,
    not_media_problem,
)
from desktop_app.core.ids import new_uuid
from desktop_app.core.import_report import ImportedFile
from desktop_app.core.problems import error
from desktop_app.core.timeutil import utcnow
from desktop_app.files.file_scan import ScannedFile


def unreadable_entry(scanned: ScannedFile) -> ImportedFile | None:
    """The report's "skipped" entry for a file that is gone or could not be read."""
    if not (scanned.missing or scanned.sha1 is None):
        return None
    problems = scanned.problems or [
        error("file-unreadable", "The file cannot be read.", path=scanned.path)
    ]
    return ImportedFile(scanned.path, "skipped", None, problems)


def not_media_entry(
    scanned: ScannedFile, policy: Callable[[], FileTypePolicy]
) -> ImportedFile | None:
    """The "skipped" entry for a new file that is not media (a README, a spreadsheet found
    in the folder): listed with a ``not-media`` note instead of joining the batch.

    ``policy()`` gives the file types and is asked only for a file whose content is not
    media: most imports never need it, and reading Commons' list costs ~20 ms (PyYAML's
    import most of it).
    """
    if scanned.kind in MEDIA_KINDS:
        return None
    file_policy = policy()
    if is_media_file(scanned.path, scanned.kind, file_policy):
        return None
    return ImportedFile(
        scanned.path,
        "skipped",
        None,
        [not_media_problem(scanned.path, scanned.kind, file_policy)],
    )


def scan_values(scanned: ScannedFile, scanned_at: datetime | None = None) -> dict[str, Any]:
    """What the scanner found: the columns a re-scan rewrites."""
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


def new_item_values(
    batch_id: int, language: str, scanned: ScannedFile, scanned_at: datetime | None = None
) -> dict[str, Any]:
    """A new item: scan facts plus first guesses for the editable fields from EXIF.

    Every column is given (one ``executemany`` needs the same keys in every row), the
    descriptions under the batch's ``language``.
    """
    values = scan_values(scanned, scanned_at)
    metadata = scanned.metadata
    stem = os.path.splitext(os.path.basename(scanned.path))[0]  # Path.stem, 10× cheaper
    values.update(
        uuid=new_uuid(),
        batch_id=batch_id,
        file_state="present",
        title=" ".join(stem.replace("_", " ").split()),
        date=(metadata.taken_at or "")[:10],
        author=metadata.artist,
        descriptions={language: metadata.description} if metadata.description else {},
        captions={},
        depicts=[],
        categories=[],
        source="",
        institution="",
        template="information",
        state="new",
    )
    return values
