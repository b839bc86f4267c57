"""The upload worker for an opened data folder, and one synchronous pass for ``sync``.

The GUI builds one :class:`~desktop_app.sync.uploads.queue.UploadWorker` with
:func:`build_upload_worker` and starts it on its own thread (waking it when the link
returns); ``fieldkit sync`` runs :func:`run_upload_pass` after the outbox. Both use an
engine that deletes a job's kept GPS-free copy once the job is verified or cancelled.

A wiki that is not set up, or has no password, must stop the queue rather than be
retried like a dropped link: the client provider turns those into ``LoginFailed`` (an
authentication fault for the engine, which halts the queue).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from desktop_app.store.context import AppContext
from desktop_app.store.models.uploads import UploadJob, UploadState
from desktop_app.sync.outbox import TransientError
from desktop_app.sync.uploads.chunking import BandwidthLimiter, ChunkPolicy
from desktop_app.sync.uploads.copies import delete_copy, sweep_copies
from desktop_app.sync.uploads.engine import (
    CancelCheck,
    RunOutcome,
    RunResult,
    UploadEngine,
    UploadProgress,
)
from desktop_app.sync.uploads.queue import UploadQueue, UploadWorker
from desktop_app.wiki.client import LoginFailed, WikiClient, WikiError, WikiUnavailable

log = logging.getLogger(__name__)

ClientProvider = Callable[[], WikiClient]


class CopyKeepingEngine(UploadEngine):
    """The upload engine, plus: a verified or cancelled job's kept copy is deleted."""

    def __init__(self, *args: Any, cache: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cache = cache

    def run_job(
        self,
        job_id: int,
        progress_cb: Callable[[UploadProgress], None] | None = None,
        cancel_check: CancelCheck | None = None,
    ) -> RunResult:
        result = super().run_job(job_id, progress_cb, cancel_check)
        with self.db.session() as session:
            row = session.execute(
                select(UploadJob.state, UploadJob.local_path).where(UploadJob.id == job_id)
            ).one_or_none()
        if row is not None and row.state in (UploadState.VERIFIED, UploadState.CANCELLED):
            delete_copy(row.local_path, self.cache)
        return result


def halting_provider(factory: Callable[[], WikiClient]) -> ClientProvider:
    """Connect once, on first use; "not configured" and "no password" become LoginFailed."""
    client: WikiClient | None = None

    def provide() -> WikiClient:
        nonlocal client
        if client is None:
            try:
                client = factory()
            except TransientError as exc:
                if exc.halt and exc.code != "offline":
                    raise LoginFailed(f"{exc.code}: {exc.message}") from exc
                raise WikiUnavailable(exc.message) from exc
        return client

    return provide


def build_upload_worker(
    ctx: AppContext,
    client_provider: ClientProvider | None = None,
    *,
    allowed: Callable[[], bool] = lambda: True,
    progress_cb: Callable[[UploadProgress], None] | None = None,
    policy: ChunkPolicy | None = None,
    limiter: BandwidthLimiter | None = None,
    idle_seconds: float = 15.0,
    **engine_options: Any,
) -> UploadWorker:
    """An :class:`UploadWorker` for this data folder (not started).

    ``client_provider`` defaults to the configured account (keyring or
    ``FIELDKIT_PASSWORD``), connected on the first job that needs the wiki. Copies of
    jobs finished while the app was closed are swept now.
    """
    if client_provider is None:
        from desktop_app.services.sync_pass import default_client_factory

        client_provider = halting_provider(default_client_factory(ctx))
    sweep_copies(ctx.db, ctx.paths.cache)
    engine = CopyKeepingEngine(
        ctx.db, client_provider, cache=ctx.paths.cache, policy=policy, limiter=limiter,
        **engine_options,
    )  # fmt: skip
    return UploadWorker(
        UploadQueue(ctx.db), engine, allowed=allowed, progress_cb=progress_cb,
        idle_seconds=idle_seconds,
    )  # fmt: skip


# --- one pass, for ``fieldkit sync`` ------------------------------------------------------


@dataclass
class UploadPassReport:
    """What one upload pass did (the ``uploads`` key of ``fieldkit sync --json``)."""

    verified: int = 0
    needs_decision: int = 0
    failed: int = 0
    waiting: int = 0
    interrupted: int = 0
    halted_by: str | None = None  # "offline", "login_failed", "not_configured", ...
    remaining: int = 0
    jobs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def offline(self) -> bool:
        return self.halted_by == "offline"

    @property
    def has_failures(self) -> bool:
        """Something needs the user or a later pass (offline is reported apart)."""
        trouble = self.needs_decision or self.failed or self.waiting or self.interrupted
        return bool(trouble) or (self.halted_by is not None and not self.offline)

    def to_dict(self) -> dict[str, Any]:
        return {
            "verified": self.verified, "needs_decision": self.needs_decision,
            "failed": self.failed, "waiting": self.waiting, "interrupted": self.interrupted,
            "offline": self.offline, "halted_by": self.halted_by, "remaining": self.remaining,
            "jobs": self.jobs,
        }  # fmt: skip


def run_upload_pass(
    ctx: AppContext,
    client: Callable[[], WikiClient],
    *,
    due_only: bool = False,
    halted_by: str | None = None,
    **engine_options: Any,
) -> UploadPassReport:
    """Upload what is queued, once, with ``client`` (connected at most once).

    ``halted_by`` is why the outbox stopped (offline, login): then nothing is tried and
    the report says the same. With nothing queued no connection is made.
    """
    queue = UploadQueue(ctx.db)
    report = UploadPassReport()
    if queue.due_job_ids(due_only=due_only):
        report.halted_by = halted_by or _connect(client)
        if report.halted_by is None:
            worker = build_upload_worker(ctx, client, **engine_options)
            worked = worker.run_pending(due_only=due_only)
            _record(ctx, report, worked.outcomes)
            report.halted_by = worked.halted_by  # an account problem stops the queue
    sweep_copies(ctx.db, ctx.paths.cache)
    report.remaining = queue.status().pending
    return report


def _connect(client: Callable[[], WikiClient]) -> str | None:
    """Connect now, so an unreachable wiki costs one attempt and not one per job."""
    try:
        client()
    except TransientError as exc:
        return exc.code
    except LoginFailed:
        return "login_failed"
    except WikiUnavailable:
        return "offline"
    except WikiError as exc:
        log.warning("Upload pass could not connect: %s", exc)
        return "offline"
    return None


def _record(ctx: AppContext, report: UploadPassReport, outcomes: dict[int, str]) -> None:
    counters = {
        RunOutcome.VERIFIED: "verified", RunOutcome.NEEDS_DECISION: "needs_decision",
        RunOutcome.FAILED: "failed", RunOutcome.WAITING: "waiting",
        RunOutcome.INTERRUPTED: "interrupted",
    }  # fmt: skip
    with ctx.db.session() as session:
        for job_id, outcome in outcomes.items():
            name = counters.get(RunOutcome(outcome))  # halted: counted in halted_by
            if name is not None:
                setattr(report, name, getattr(report, name) + 1)
            job = session.get(UploadJob, job_id)
            report.jobs.append(
                {
                    "id": job_id, "outcome": str(outcome),
                    "title": job.title if job else "", "state": job.state if job else None,
                    "error_code": job.error_code if job else None,
                    "message": job.last_error if job else None,
                    "page_url": job.page_url if job else None,
                }
            )  # fmt: skip
