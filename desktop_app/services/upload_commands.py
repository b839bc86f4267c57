"""What a user may do to queued uploads, by name and scope: decide, retry, pause, resume, cancel.

The Uploads area acts on the job or batch under the mouse; ``fieldkit upload decide|retry|
pause|resume|cancel`` names them instead (``--job``, ``--batch``, ``--all``). Both end in
:class:`~desktop_app.services.upload_queue.UploadQueue`; this module adds what a name
needs: does the job exist, is it waiting for this, is the new title one the wiki takes.
Refusals are :class:`~desktop_app.core.form_checks.InvalidInput` with problem codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from desktop_app.core.form_checks import InvalidInput, field_error
from desktop_app.core.titles import check_title, full_title
from desktop_app.core.uploads import UploadState
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.services.uploads import JobView, cancel_uploads, list_jobs

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext

# The words of the CLI contract → the queue's decisions.
DECISION_WORDS = {"publish-anyway": "ignore", "rename": "rename", "skip": "skip"}
ACTIONS = ("retry", "pause", "resume", "cancel")


@dataclass(frozen=True)
class SteerReport:
    """What one command changed: the jobs it acted on, and the pause-all switch."""

    action: str
    job_ids: list[int] = field(default_factory=list)
    paused_all: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"action": self.action, "jobs": self.job_ids, "changed": len(self.job_ids)}


def job_view(ctx: AppContext, job_id: int) -> JobView | None:
    """One job as ``upload status`` shows it; ``None`` when there is no such job."""
    return next((job for job in list_jobs(ctx) if job.id == job_id), None)


def require_job(ctx: AppContext, job_id: int) -> JobView:
    """The job, or :class:`InvalidInput` (``upload.job_not_found``)."""
    job = job_view(ctx, job_id)
    if job is None:
        raise InvalidInput(
            [field_error("upload.job_not_found", "JOB_ID", f"No upload job {job_id}.", job=job_id)]
        )
    return job


def decide_upload(
    ctx: AppContext, job_id: int, decision: str, new_title: str | None = None
) -> JobView:
    """Answer the wiki's warning about one job: ``publish-anyway``, ``rename`` or ``skip``.

    A new title keeps the file's extension (added when left out) and must pass the title
    rules. Raises :class:`InvalidInput` for an unknown job, a job that waits for no
    decision, or a title the wiki would refuse; nothing changes then.
    """
    job = require_job(ctx, job_id)
    if job.state != UploadState.NEEDS_DECISION:
        raise InvalidInput(
            [
                field_error(
                    "upload.no_decision_waiting",
                    "JOB_ID",
                    f"Upload job {job_id} is {job.state}; it waits for no decision.",
                    job=job_id,
                    state=job.state,
                )
            ]
        )
    title = None
    if decision == "rename":
        title = checked_title(job.title, new_title or "")
    UploadQueue(ctx.db).decide(job_id, DECISION_WORDS[decision], title)
    return require_job(ctx, job_id)


def checked_title(old_title: str, new_title: str) -> str:
    """``new_title`` with the old one's extension, or :class:`InvalidInput` saying why not."""
    extension = PurePosixPath(old_title).suffix
    title = full_title(new_title, extension)
    problems = [problem for problem in check_title(new_title, extension) if problem.blocking]
    if not problems and title == old_title:
        problems = [
            field_error(
                "upload.title_unchanged",
                "NEW_TITLE",
                "The new title is the same as the old one.",
                title=title,
            )
        ]
    if problems:
        raise InvalidInput(problems)
    return title


def steer_uploads(
    ctx: AppContext, action: str, *, batch_id: int | None = None, job_id: int | None = None
) -> SteerReport:
    """``retry``, ``pause``, ``resume`` or ``cancel`` one job, one batch, or (neither) all.

    Raises :class:`InvalidInput` for an unknown job. Pausing or resuming everything
    flips the "pause all" switch too, so jobs queued later follow it.
    """
    if job_id is not None:
        require_job(ctx, job_id)
    queue = UploadQueue(ctx.db)
    if action == "retry":
        changed = queue.retry(batch_id=batch_id, job_id=job_id)
    elif action == "pause":
        changed = queue.pause(batch_id=batch_id, job_id=job_id)
    elif action == "resume":
        changed = queue.resume(batch_id=batch_id, job_id=job_id)
    elif action == "cancel":
        changed = cancel_uploads(ctx, batch_id=batch_id, job_id=job_id)
    else:
        raise ValueError(f"unknown action {action!r}")
    return SteerReport(action, changed, queue.paused_all())
