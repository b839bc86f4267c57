"""The protocol steps of one upload run: check the file, send chunks, then hand over.

:func:`next_step` does the network step the job's state calls for and returns an outcome
when the run is over (``None``: go on). Each step saves what the wiki confirmed before the
next request, through :meth:`JobRun.save`. Publishing and verifying are in
:mod:`.publishing`, waiting for the wiki's job queue in :mod:`.waiting`.

Safety rules: after a failed or unknown chunk, ask the stash (``list=mystashedfiles``)
how much it holds before sending more; a stash that is gone restarts the file from zero;
before publishing again after an ambiguous failure, look the file up by SHA-1 (a file is
never published twice); after publishing, compare the wiki's SHA-1 with ours. The local
file is hashed once per run, and again only if its size or modification time changed.
A file the wiki cannot take (too large, a refused type) is stopped before any byte is sent.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.faults import Fault, FaultKind
from desktop_app.core.uploads import AsyncPhase, UploadState
from desktop_app.files.hashing import sha1_of_file
from desktop_app.sync.uploads.job_run import Interrupted, LocalFileError
from desktop_app.sync.uploads.publishing import UnexpectedAnswer, already_published, publish
from desktop_app.sync.uploads.publishing import verify as verify
from desktop_app.sync.uploads.waiting import wait_for_job_queue
from desktop_app.wiki.errors import WikiError, error_for
from desktop_app.wiki.uploads import WikiUploads

if TYPE_CHECKING:
    from desktop_app.sync.uploads.engine import JobRun

__all__ = ["Interrupted", "LocalFileError", "UnexpectedAnswer", "next_step"]


def next_step(run: JobRun) -> str | None:
    """Do the next network step for the job's state; an outcome ends the run."""
    job = run.job
    state = UploadState(job.state)
    if not job.sha1:
        check_local_file(run)  # every look-up by SHA-1 below needs it
    if state in (UploadState.QUEUED, UploadState.UPLOADING):
        check_local_file(run)
        if job.async_phase == AsyncPhase.ASSEMBLING:
            wait_for_job_queue(run)  # after a restart: ask, never send again
            return None
        check_wiki_takes_it(run)
        if job.file_size <= run.policy.single_request_limit and not job.file_key:
            run.wiki()  # log in first: a job is "committing" only once it can be published
            run.save(state=UploadState.COMMITTING)
            return publish(run)
        send_chunks(run)
        return None
    if state == UploadState.STASHED:
        if job.file_key is None or run.wiki().stash_sha1(job.file_key) != job.sha1:
            run.restart("stash-mismatch")  # gone, or not our bytes
            return None
        run.save(state=UploadState.COMMITTING)
        return publish(run)
    if state == UploadState.COMMITTING:
        if job.async_phase == AsyncPhase.PUBLISHING:
            wait_for_job_queue(run)
            return None
        # An earlier publish may have arrived even though no answer came back.
        if already_published(run):
            run.save(state=UploadState.PUBLISHED, file_key=None)
            return None
        if job.file_key is None and job.file_size > run.policy.single_request_limit:
            run.restart("nothing-stashed")
            return None
        return publish(run)
    if state == UploadState.PUBLISHED:
        return verify(run)
    raise UnexpectedAnswer(f"job {job.id} in state {state}")


def check_local_file(run: JobRun) -> None:
    """The file must still be the one queued (same SHA-1); fills in size and SHA-1.

    Hashed once per run: a retry after a dropped chunk only compares size and mtime.
    """
    job = run.job
    try:
        stat = os.stat(job.local_path)
        seen = (stat.st_size, stat.st_mtime)
        if run.file_checked == seen:
            return
        digest = sha1_of_file(job.local_path)
    except OSError as error:
        raise LocalFileError(f"{job.local_path} cannot be read: {error}") from error
    if job.sha1 and digest != job.sha1:
        raise LocalFileError(f"{job.local_path} changed since it was queued")
    if not job.sha1 or job.file_size != stat.st_size:
        run.save(sha1=digest, file_size=stat.st_size)
    run.file_checked = seen


def check_wiki_takes_it(run: JobRun) -> None:
    """Refuse, before any byte is sent, a file larger than the wiki takes or of a type it
    refuses (``file-too-large``, ``filetype-not-accepted``: permanent, with the limit)."""
    if run.wiki_checked:
        return
    job = run.job
    limits = run.wiki().limits()
    run.wiki_checked = True
    if limits.max_upload_bytes is not None and job.file_size > limits.max_upload_bytes:
        raise error_for(
            Fault(
                FaultKind.PERMANENT,
                "file-too-large",
                f"The file has {job.file_size} bytes; the wiki takes at most "
                f"{limits.max_upload_bytes} bytes.",
            )
        )
    extension = Path(job.title).suffix.lower().lstrip(".")
    if limits.extensions and extension not in limits.extensions:
        raise error_for(
            Fault(
                FaultKind.PERMANENT,
                "filetype-not-accepted",
                f"The wiki does not take .{extension} files (it takes: "
                f"{', '.join(sorted(limits.extensions))}).",
            )
        )


def send_chunks(run: JobRun) -> None:
    """Stash the file chunk by chunk from ``resume_offset``, saving after each one.

    The last chunk of a large file goes with ``async=1`` (the phase saved first): the
    wiki's job queue assembles it and :mod:`.waiting` follows.
    """
    job = run.job
    wiki = run.wiki()
    if run.stash_uncertain:
        reconcile_stash(run, wiki)
        if job.state not in (UploadState.UPLOADING, UploadState.QUEUED):
            return
    if job.state != UploadState.UPLOADING:
        run.save(state=UploadState.UPLOADING)
    sizer = run.chunk_sizer()
    while job.resume_offset < job.file_size and job.async_phase is None:
        if run.should_stop(fresh=True):
            raise Interrupted
        offset = job.resume_offset
        chunk = run.read_chunk(offset, sizer.size)
        last = offset + len(chunk) >= job.file_size
        asynchronous = last and run.wants_async()  # (never for a file sent in one chunk)
        if asynchronous:
            run.save(async_phase=AsyncPhase.ASSEMBLING, wiki_stage=None)
        if run.limiter and not run.limiter.acquire(len(chunk), run.should_stop):
            raise Interrupted
        began = time.monotonic()
        try:
            answer = wiki.send_chunk(
                job.title, job.file_size, offset, chunk, job.file_key, asynchronous=asynchronous
            )
        except WikiError as error:
            run.save(bytes_sent=job.bytes_sent + len(chunk))
            if run.learn_chunk_limit(error.fault, len(chunk)):
                if asynchronous:
                    run.save(async_phase=None)
                continue  # the wiki named a smaller size: go on with that
            sizer.failed()
            run.save(chunk_size=sizer.size)
            run.stash_uncertain = job.file_key is not None and not asynchronous
            if last:
                run.prefer_async = True  # a big assembly may have timed out: let the queue do it
            raise
        except Exception:
            sizer.failed()
            run.save(bytes_sent=job.bytes_sent + len(chunk), chunk_size=sizer.size)
            run.stash_uncertain = job.file_key is not None and not asynchronous
            raise
        run.confirm_chunk_size(len(chunk))
        elapsed = max(time.monotonic() - began, 1e-6)
        sizer.succeeded(len(chunk), elapsed)
        speed = len(chunk) / elapsed
        run.rate = speed if run.rate is None else 0.7 * run.rate + 0.3 * speed
        _record_chunk(run, answer, offset, len(chunk), sizer.size)
        run.report()
    if job.state == UploadState.UPLOADING and job.async_phase is None:
        # All bytes confirmed but the final answer was lost: ask the stash.
        run.stash_uncertain = True
        reconcile_stash(run, wiki)


def _record_chunk(
    run: JobRun, answer: dict[str, Any], offset: int, size: int, next_size: int
) -> None:
    """Save what the wiki confirmed for one chunk."""
    job = run.job
    result = answer.get("result")
    common: dict[str, Any] = {
        "file_key": str(answer.get("filekey") or job.file_key),
        "bytes_sent": job.bytes_sent + size,
        "chunk_size": next_size,
        "attempts": 0,
        "error_code": None,
        "last_error": None,
    }
    if result == "Continue":
        run.save(resume_offset=int(answer.get("offset", offset + size)), **common)
    elif result == "Success":
        run.save(resume_offset=job.file_size, state=UploadState.STASHED, async_phase=None, **common)
    elif result == "Poll":  # the job queue assembles the file (see waiting.py)
        stage = str(answer.get("stage") or "queued")
        run.save(resume_offset=job.file_size, wiki_stage=stage, **common)
    else:
        raise UnexpectedAnswer(f"chunk answer {answer!r}")


def reconcile_stash(run: JobRun, wiki: WikiUploads) -> None:
    """Align ``resume_offset`` with what the wiki's stash really holds."""
    job = run.job
    entries = wiki.stashed_files()
    mine = next((entry for entry in entries if entry.file_key == job.file_key), None)
    run.stash_uncertain = False
    if mine is not None and mine.size < job.file_size:
        run.save(resume_offset=mine.size)
        return
    # Assembled chunks get a new key: the last chunk's answer may have been lost.
    finished = [e for e in entries if e.size == job.file_size and e.status == "finished"]
    for entry in reversed(finished):
        if wiki.stash_sha1(entry.file_key) == job.sha1:
            run.save(
                file_key=entry.file_key, resume_offset=job.file_size, state=UploadState.STASHED
            )
            return
    run.restart("stash-expired")
