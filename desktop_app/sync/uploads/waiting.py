"""Waiting for the wiki's job queue: assembly of the chunks, then publishing.

Files above the async threshold are assembled and published by the wiki's job queue
(``async=1``); the job's ``async_phase`` is saved *before* the request that starts each
phase. While it is set the engine never sends the bytes or the publish again: it asks
``action=upload&checkstatus=1`` where the wiki stands (queued, assembling, publish) and
waits with a growing interval — also after a dropped link or a restart of the app, since
the wiki keeps that status for a day.

What the wiki can say and what it means here:

- ``Poll``: still working; wait and ask again (the stage is saved for the UI).
- ``Success``: assembled (a new file key) → ``stashed``; published → ``published``.
- ``Continue`` (assembly only): the last chunk never arrived; send from ``offset``.
- ``status-unknown``: the wiki has no status for the key (the request that started the
  phase was lost, or a day passed). Assembly: ask the stash what it holds; publishing:
  look the file up by SHA-1, and publish again only if it is not there.
- A failed assembly sends the file again from the start (a bounded number of times); a
  failed publish is retried synchronously, which answers with the wiki's real error.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from desktop_app.core.faults import Fault, FaultKind
from desktop_app.core.uploads import AsyncPhase, UploadState
from desktop_app.store.models import utcnow
from desktop_app.sync.uploads.publishing import published
from desktop_app.wiki.errors import WikiError, error_for
from desktop_app.wiki.uploads import AsyncStatus

if TYPE_CHECKING:
    from desktop_app.sync.uploads.engine import JobRun


class StillWorking(Exception):
    """The wiki's job queue is still at it after this run's patience: come back later."""


def wait_for_job_queue(run: JobRun) -> None:
    """Poll until the current async phase is over (the job's state says what is next).

    Raises :class:`StillWorking` when the wiki is still busy after ``async_patience``
    seconds (the engine lets the job wait and asks again later), ``WikiError`` for a
    fault while asking (the phase stays saved: the next attempt asks again), and
    :class:`~desktop_app.sync.uploads.steps.Interrupted` when stopped.
    """
    job = run.job
    engine = run.engine
    began = time.monotonic()
    interval = engine.poll_base
    while True:
        try:
            if job.file_key is None:
                raise error_for(Fault(FaultKind.TEMPORARY, "status-unknown", "no file key"))
            status = run.wiki().check_status(job.file_key)
        except WikiError as error:
            _failed(run, error)
            return
        if status.result != "Poll":
            _finished(run, status)
            return
        if status.stage and status.stage != job.wiki_stage:
            run.save(wiki_stage=status.stage)
            run.report()
            interval = engine.poll_base  # it moved: look again soon
        if time.monotonic() - began > engine.async_patience:
            raise StillWorking
        engine.pause(run, interval)
        interval = min(interval * 1.5, engine.poll_cap)


def _finished(run: JobRun, status: AsyncStatus) -> None:
    job = run.job
    if job.async_phase == AsyncPhase.PUBLISHING:
        if status.result != "Success":
            raise error_for(Fault(FaultKind.TEMPORARY, "internal", f"publish status {status}"))
        published(run, status.filename, status.description_url)
        return
    if status.result == "Success" and status.file_key:
        run.save(
            state=UploadState.STASHED,
            file_key=status.file_key,
            resume_offset=job.file_size,
            async_phase=None,
            wiki_stage=None,
        )
        run.report()
        return
    if status.result == "Continue":
        # The final chunk never arrived: the stash holds ``offset`` bytes.
        offset = status.offset if status.offset is not None else job.resume_offset
        run.save(resume_offset=min(offset, job.file_size), async_phase=None, wiki_stage=None)
        run.stash_uncertain = status.offset is None
        return
    raise error_for(Fault(FaultKind.TEMPORARY, "internal", f"assembly status {status}"))


def _failed(run: JobRun, error: WikiError) -> None:
    """Asking failed: decide between "ask again later", "look elsewhere" and "redo"."""
    job = run.job
    fault = error.fault
    if fault.kind == FaultKind.PERMANENT:
        raise error  # the wiki refused the file itself (verification): the user must look
    if fault.code == "status-unknown":
        run.save(async_phase=None, wiki_stage=None)
        if job.state == UploadState.UPLOADING:
            run.stash_uncertain = True  # the stash says how much it has (steps.reconcile)
        return  # publishing: COMMITTING looks the file up by SHA-1 before publishing again
    if fault.code in ("stashfailed", "stash-lost", "publishfailed"):
        if job.async_phase == AsyncPhase.PUBLISHING:
            # The job queue could not publish; a synchronous publish tells us why.
            run.save(async_phase=None, wiki_stage=None, last_error=fault.message)
            run.publish_synchronously = True
            return
        raise error_for(Fault(FaultKind.TEMPORARY, "assembly-failed", fault.message))
    raise error  # offline, busy, rate-limited...: the phase stays saved; ask again later


def next_check(run: JobRun) -> None:
    """Let the job wait while the wiki works (``next_attempt_at``; the phase stays)."""
    run.save(next_attempt_at=utcnow() + run.engine.async_recheck)
