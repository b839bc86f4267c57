"""The persisted queue and its worker: pause, resume, cancel per batch and for everything."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.db import Database
from desktop_app.store.models import MediaBatch, Partnership
from desktop_app.store.models.uploads import UploadJob, UploadState
from desktop_app.sync.runner import JobRunner
from desktop_app.sync.uploads.engine import RunOutcome, UploadEngine, UploadProgress
from desktop_app.sync.uploads.lane import UploadLane, UploadReport

pytestmark = pytest.mark.wiki
QueueFile = Callable[..., tuple[int, Path, str]]


class Worker(JobRunner):
    """The app's upload runner over one engine, reporting outcomes per job."""

    def __init__(self, queue: UploadQueue, engine: UploadEngine, **options: Any) -> None:
        lane = UploadLane(queue.db, engine, progress_cb=options.pop("progress_cb", None))
        super().__init__(lane, **options)

    def report(self, *, due_only: bool = True) -> UploadReport:
        """One pass, as job id → outcome."""
        return UploadReport.of(self.run_pending(due_only=due_only))


@pytest.fixture
def batches(db: Database) -> Iterator[tuple[int, int]]:
    with db.session() as session:
        partner = Partnership(name="Test museum")
        first, second = (
            MediaBatch(partnership=partner, name="A"),
            MediaBatch(partnership=partner, name="B"),
        )
        session.add_all([first, second])
        session.flush()
        ids = (first.id, second.id)
    yield ids


def _states(db: Database) -> dict[int, str]:
    with db.session() as session:
        return {job.id: job.state for job in session.query(UploadJob)}


def test_paused_batch_waits_while_the_other_uploads_then_resumes(
    db: Database, engine: UploadEngine, queue_file: QueueFile, batches: tuple[int, int]
) -> None:
    batch_a, batch_b = batches
    a_jobs = [queue_file(3000, batch_id=batch_a)[0] for _ in range(2)]
    b_job = queue_file(3000, batch_id=batch_b)[0]
    queue = UploadQueue(db)
    worker = Worker(queue, engine)

    queue.pause(batch_id=batch_a)
    report = worker.report()

    assert report.outcomes == {b_job: RunOutcome.VERIFIED}
    assert all(_states(db)[job] == UploadState.QUEUED for job in a_jobs)
    status = queue.status(batch_a)
    assert status.paused_jobs == 2 and status.total_bytes == 6000

    queue.resume(batch_id=batch_a)
    assert worker.report().count(RunOutcome.VERIFIED) == 2
    assert queue.status().jobs_by_state == {"verified": 3}


def test_pause_everything_holds_new_jobs_too(
    db: Database, engine: UploadEngine, queue_file: QueueFile
) -> None:
    queue = UploadQueue(db)
    queue.pause()
    job_id = queue_file(3000)[0]
    assert Worker(queue, engine).report().outcomes == {}
    assert queue.status().paused_all
    queue.resume()
    assert Worker(queue, engine).report().outcomes == {job_id: RunOutcome.VERIFIED}


def test_cancel_stops_a_running_upload_between_chunks_and_the_queue_goes_on(
    db: Database, engine: UploadEngine, queue_file: QueueFile, batches: tuple[int, int]
) -> None:
    batch_a, batch_b = batches
    big = queue_file(2 * 1024 * 1024, batch_id=batch_a)[0]
    small = queue_file(3000, batch_id=batch_b)[0]
    queue = UploadQueue(db)
    chunks: list[int] = []

    def cancel_after_two_chunks(progress: UploadProgress) -> None:
        if progress.job_id != big:
            return
        chunks.append(progress.confirmed_bytes)
        if len(chunks) == 2:
            queue.cancel(batch_id=batch_a)  # as the UI would, from another thread

    report = Worker(queue, engine, progress_cb=cancel_after_two_chunks).report()

    assert report.outcomes == {big: RunOutcome.INTERRUPTED, small: RunOutcome.VERIFIED}
    assert _states(db)[big] == UploadState.CANCELLED
    assert len(chunks) == 2  # no chunk after the cancel


def test_worker_holds_uploads_when_not_allowed_and_runs_in_the_background(
    db: Database, engine: UploadEngine, queue_file: QueueFile
) -> None:
    queue = UploadQueue(db)
    job_id = queue_file(3000)[0]
    metered = [True]
    worker = Worker(queue, engine, allowed=lambda: not metered[0], idle_seconds=0.1)
    assert worker.report().outcomes == {}  # "unmetered only" on a metered link

    metered[0] = False
    worker.start()
    try:
        import time

        deadline = time.monotonic() + 30
        while _states(db)[job_id] != UploadState.VERIFIED and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        worker.stop()
    assert _states(db)[job_id] == UploadState.VERIFIED
