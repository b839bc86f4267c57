"""Steering the persisted upload queue: enqueue, pause, resume, cancel, retry, decide, status.

Every command is a committed row change; a running upload notices it before its next
chunk (the engine asks at most twice a second). The GUI's Uploads area and the CLI call
these; the runner that does the uploading is in :mod:`desktop_app.sync.uploads.lane`.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.core.uploads import DECISIONS, JobScope, QueueStatus, UploadSpec
from desktop_app.store.db import Database
from desktop_app.store.models import utcnow
from desktop_app.store.repositories import uploads as rows
from desktop_app.store.repositories.settings import update_settings


class UploadQueue:
    """Commands on the persisted queue; safe to call from any thread."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def enqueue(self, specs: Iterable[UploadSpec], batch_id: int | None = None) -> list[int]:
        """Add files to the queue (committed at once); returns the job ids."""
        with self.db.session() as session:
            return rows.add_jobs(session, specs, batch_id)

    def pause(self, batch_id: int | None = None, job_id: int | None = None) -> list[int]:
        """Pause one job, one batch, or (no arguments) everything, new jobs included.

        Returns the open jobs that stop now (for "everything": every open job not
        paused already).
        """
        scope = JobScope(batch_id, job_id)
        with self.db.session() as session:
            if scope.everything:
                update_settings(session, uploads_paused_all=True)
                return rows.open_job_ids(session, scope, paused=False)
            return rows.set_paused(session, scope, True, utcnow())

    def resume(self, batch_id: int | None = None, job_id: int | None = None) -> list[int]:
        """Undo :meth:`pause`; resuming everything also resumes paused batches and jobs.

        Returns the open jobs that may move again.
        """
        scope = JobScope(batch_id, job_id)
        with self.db.session() as session:
            if scope.everything:
                was_all = rows.paused_all(session)
                update_settings(session, uploads_paused_all=False)
                resumed = rows.set_paused(session, scope, False, utcnow())
                return rows.open_job_ids(session, scope) if was_all else resumed
            return rows.set_paused(session, scope, False, utcnow())

    def cancel(self, batch_id: int | None = None, job_id: int | None = None) -> dict[int, str]:
        """Stop and drop unfinished jobs (one, a batch, or all); returns job id → local path."""
        with self.db.session() as session:
            return rows.cancel(session, JobScope(batch_id, job_id), utcnow())

    def retry_now(self, job_id: int) -> None:
        """Make a waiting job due at once (a failed one too, e.g. after fixing the file)."""
        with self.db.session() as session:
            rows.make_due(session, job_id, utcnow())

    def retry(self, batch_id: int | None = None, job_id: int | None = None) -> list[int]:
        """ "Retry" for one job, a batch or everything: failed jobs and those waiting after
        trouble are due at once (paused ones stay paused); returns their ids."""
        now = utcnow()
        with self.db.session() as session:
            due = rows.retryable_job_ids(session, JobScope(batch_id, job_id), now)
            for due_id in due:
                rows.make_due(session, due_id, now)
        return due

    def retry_waiting(self) -> list[int]:
        """Every job waiting after transient trouble is due now (the link came back)."""
        with self.db.session() as session:
            waiting = rows.waiting_job_ids(session, utcnow())
            for job_id in waiting:
                rows.make_due(session, job_id, utcnow())
        return waiting

    def decide(self, job_id: int, decision: str, new_title: str | None = None) -> None:
        """Answer a wiki warning: ``ignore`` (publish anyway), ``rename``, or ``skip``.

        The stashed bytes are reused: nothing is sent again. Raises ``ValueError`` for an
        unknown decision or a job that waits for none.
        """
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision {decision!r}")
        with self.db.session() as session:
            rows.decide(session, job_id, decision, new_title, utcnow())

    def paused_all(self) -> bool:
        with self.db.session() as session:
            return rows.paused_all(session)

    def account_halt(self) -> str:
        """The account failure ("login_failed", …) that stops the queue, or ``""``."""
        with self.db.session() as session:
            return rows.account_halt(session)

    def status(self, batch_id: int | None = None) -> QueueStatus:
        """Counts and bytes for the UI's batch rows and ``fieldkit upload status``."""
        with self.db.session() as session:
            return rows.status(session, batch_id, paused_all=rows.paused_all(session))
