"""Uploads as the GUI and the CLI see them: queue a batch, follow it, cancel it.

"Upload" takes a batch's *ready* files (the same checks as ``fieldkit media check``),
snapshots each file's title, page text, captions and depicts into an upload job, and
commits the jobs: from then on the queue (:mod:`desktop_app.services.upload_queue`) owns
them, across restarts. Files that are not ready, or already queued or uploaded, are
reported and left alone, so pressing "Upload" twice never uploads a file twice.

The runner itself (network, chunks, resume, leases) is built by
:mod:`desktop_app.sync.uploads.lane`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.problems import Problem, error
from desktop_app.core.titles import full_title
from desktop_app.core.uploads import QueueStatus, UploadSpec, UploadState, WikiHold
from desktop_app.files.gps_strip import GpsStripError
from desktop_app.files.hashing import sha1_of_file
from desktop_app.services.media_checks import check_batch, file_type_policy, item_wikitext
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.services.upload_views import JobView, job_view
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaBatch, MediaItem, utcnow
from desktop_app.store.repositories import uploads as upload_rows
from desktop_app.store.repositories import wiki_states
from desktop_app.store.repositories.settings import load_settings
from desktop_app.sync.uploads.copies import delete_copy, prepare_upload_file

log = logging.getLogger(__name__)

UPLOAD_COMMENT = "Uploaded with Fieldkit"


@dataclass
class EnqueuedFile:
    """What "Upload" did with one file of the batch."""

    item_id: int
    path: str
    title: str
    status: str  # "queued", "not_ready", "already_queued", "already_uploaded", "failed"
    job_id: int | None = None
    gps_stripped: bool = False
    problems: list[Problem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "item_id": self.item_id,
            "path": self.path,
            "title": self.title,
            "status": self.status,
            "job_id": self.job_id,
            "gps_stripped": self.gps_stripped,
            "problems": [problem.to_dict() for problem in self.problems],
        }


@dataclass
class EnqueueReport:
    """The outcome of :func:`enqueue_batch`, per file."""

    batch_id: int
    files: list[EnqueuedFile] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for entry in self.files if entry.status == status)

    @property
    def job_ids(self) -> list[int]:
        return [entry.job_id for entry in self.files if entry.job_id is not None]

    def to_dict(self) -> dict[str, Any]:
        statuses = ("queued", "not_ready", "already_queued", "already_uploaded", "failed")
        return {
            "batch_id": self.batch_id,
            "counts": {status: self.count(status) for status in statuses},
            "files": [entry.to_dict() for entry in self.files],
        }


def enqueue_batch(ctx: AppContext, batch_id: int) -> EnqueueReport:
    """Queue the batch's ready files (committed at once); slow with GPS stripping.

    Call from a worker thread in the GUI: stripping GPS copies files. Raises
    ``LookupError`` for an unknown batch.
    """
    report = EnqueueReport(batch_id)
    specs: list[tuple[EnqueuedFile, UploadSpec]] = []
    with ctx.db.session() as session:
        batch = session.get(MediaBatch, batch_id)
        if batch is None:
            raise LookupError(f"no batch with id {batch_id}")
        checks = check_batch(session, batch_id, file_type_policy(ctx.paths.cache))
        existing = upload_rows.active_state_by_item(session, batch_id)
        items = {item.id: item for item in batch.items}
        for check in checks:
            item = items[check.id]
            title = full_title(item.title, Path(item.path).suffix) if item.title.strip() else ""
            entry = EnqueuedFile(item.id, item.path, title, "not_ready", problems=check.problems)
            report.files.append(entry)
            if not check.ready:
                continue  # the entry keeps the blocking problems; a ready one its warnings
            state = existing.get(item.id)
            if state is not None:
                entry.status = (
                    "already_uploaded" if state == UploadState.VERIFIED else "already_queued"
                )
                continue
            spec = _spec_for(ctx, item, batch, entry)
            if spec is not None:
                specs.append((entry, spec))
        upload_rows.supersede_failed(session, [entry.item_id for entry, _ in specs], utcnow())
    job_ids = UploadQueue(ctx.db).enqueue([spec for _, spec in specs], batch_id=batch_id)
    for (entry, _), job_id in zip(specs, job_ids, strict=True):
        entry.status, entry.job_id = "queued", job_id
    log.info("Queued %s files of batch %s for upload", len(job_ids), batch_id)
    return report


def _spec_for(
    ctx: AppContext, item: MediaItem, batch: MediaBatch, entry: EnqueuedFile
) -> UploadSpec | None:
    """The job's snapshot; ``None`` (and the entry says why) when it cannot be made."""
    wikitext, problems = item_wikitext(item, batch)
    if wikitext is None:
        entry.status, entry.problems = "not_ready", problems
        return None
    try:
        path, stripped = prepare_upload_file(item, batch.gps_policy, ctx.paths.cache)
        sha1 = sha1_of_file(path) if stripped else (item.sha1 or "")
    except (GpsStripError, OSError) as exc:
        entry.status = "failed"
        entry.problems = [
            error(
                "gps-strip-failed",
                f"The location could not be removed: {exc}",
                fix="set-gps-policy",
                path=item.path,
            )
        ]
        return None
    entry.gps_stripped = stripped
    return UploadSpec(
        local_path=str(path),
        title=entry.title,
        wikitext=wikitext,
        comment=UPLOAD_COMMENT,
        sha1=sha1,
        media_item_id=item.id,
        captions=dict(item.captions or {}) or None,
        depicts=list(item.depicts or []) or None,
    )


# --- following and steering the queue ---------------------------------------------------


def wiki_hold(ctx: AppContext) -> WikiHold | None:
    """Why every upload to the account's wiki waits now, and until when (``None``: they go)."""
    with ctx.db.session() as session:
        api_url = load_settings(session).wiki_api_url
        return wiki_states.active_hold(session, api_url, utcnow())


def list_jobs(ctx: AppContext, batch_id: int | None = None) -> list[JobView]:
    """Every job (of one batch, or all) in queue order, newest state."""
    hold = wiki_hold(ctx)
    now = utcnow()
    with ctx.db.session() as session:
        return [job_view(job, hold, now) for job in upload_rows.list_jobs(session, batch_id)]


def batch_names(ctx: AppContext, batch_ids: set[int]) -> dict[int, str]:
    """Names of the batches with these ids (for the Uploads area's batch rows)."""
    with ctx.db.session() as session:
        return upload_rows.batch_names(session, batch_ids)


def queue_status(ctx: AppContext, batch_id: int | None = None) -> QueueStatus:
    """Counts per state and bytes (one batch, or everything)."""
    return UploadQueue(ctx.db).status(batch_id)


def cancel_uploads(
    ctx: AppContext, batch_id: int | None = None, job_id: int | None = None
) -> list[int]:
    """Cancel unfinished jobs (one, a batch, or all) and delete their kept GPS-free copies;
    returns the ids of the jobs cancelled."""
    cancelled = UploadQueue(ctx.db).cancel(batch_id=batch_id, job_id=job_id)
    for path in cancelled.values():
        delete_copy(path, ctx.paths.cache)
    return list(cancelled)
