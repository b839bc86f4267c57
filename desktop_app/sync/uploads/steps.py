"""The protocol steps of one upload run: check the file, send chunks, publish, verify.

:func:`next_step` does the network step the job's state calls for and returns an outcome
when the run is over (``None``: go on). Each step saves what the wiki confirmed before the
next request, through :meth:`JobRun.save`.

Safety rules: after a failed or unknown chunk, ask the stash (``list=mystashedfiles``)
how much it holds before sending more; a stash that is gone restarts the file from zero;
before publishing again after an ambiguous failure, look the file up by SHA-1 (a file is
never published twice); after publishing, compare the wiki's SHA-1 with ours. The local
file is hashed once per run, and again only if its size or modification time changed.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any

from desktop_app.core.faults import FaultKind
from desktop_app.core.titles import title_key
from desktop_app.core.uploads import UploadState
from desktop_app.files.hashing import sha1_of_file
from desktop_app.store.models import utcnow
from desktop_app.wiki.errors import WikiError, WikiUnavailable
from desktop_app.wiki.uploads import WikiUploads

if TYPE_CHECKING:
    from desktop_app.sync.uploads.engine import JobRun


class Interrupted(Exception):
    """Stop this run now; the job stays resumable."""


class UnexpectedAnswer(Exception):
    """The wiki answered something the protocol does not foresee (retried later)."""


class LocalFileError(Exception):
    """The file on disk cannot be read, or is not the one queued: the user must look."""


def next_step(run: JobRun) -> str | None:
    """Do the next network step for the job's state; an outcome ends the run."""
    job = run.job
    state = UploadState(job.state)
    if state in (UploadState.QUEUED, UploadState.UPLOADING):
        check_local_file(run)
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


def _read_chunk(path: str, offset: int, size: int) -> bytes:
    try:
        with open(path, "rb") as source:
            source.seek(offset)
            return source.read(size)
    except OSError as error:
        raise LocalFileError(f"{path} cannot be read: {error}") from error


def send_chunks(run: JobRun) -> None:
    """Stash the file chunk by chunk from ``resume_offset``, saving after each one."""
    job = run.job
    wiki = run.wiki()
    if run.stash_uncertain:
        reconcile_stash(run, wiki)
        if job.state not in (UploadState.UPLOADING, UploadState.QUEUED):
            return
    if job.state != UploadState.UPLOADING:
        run.save(state=UploadState.UPLOADING)
    sizer = run.sizer
    while job.resume_offset < job.file_size:
        if run.should_stop(fresh=True):
            raise Interrupted
        offset = job.resume_offset
        chunk = _read_chunk(job.local_path, offset, sizer.size)
        if run.limiter and not run.limiter.acquire(len(chunk), run.should_stop):
            raise Interrupted
        began = time.monotonic()
        try:
            answer = wiki.send_chunk(job.title, job.file_size, offset, chunk, job.file_key)
        except Exception:
            sizer.failed()
            run.save(bytes_sent=job.bytes_sent + len(chunk), chunk_size=sizer.size)
            run.stash_uncertain = job.file_key is not None
            raise
        elapsed = max(time.monotonic() - began, 1e-6)
        sizer.succeeded(len(chunk), elapsed)
        speed = len(chunk) / elapsed
        run.rate = speed if run.rate is None else 0.7 * run.rate + 0.3 * speed
        result = answer.get("result")
        common: dict[str, Any] = {
            "file_key": str(answer.get("filekey") or job.file_key),
            "bytes_sent": job.bytes_sent + len(chunk),
            "chunk_size": sizer.size,
            "attempts": 0,
            "error_code": None,
            "last_error": None,
        }
        if result == "Continue":
            run.save(resume_offset=int(answer.get("offset", offset + len(chunk))), **common)
        elif result == "Success":
            run.save(resume_offset=job.file_size, state=UploadState.STASHED, **common)
        else:
            raise UnexpectedAnswer(f"chunk answer {answer!r}")
        run.report()
    if job.state == UploadState.UPLOADING:
        # All bytes confirmed but the final answer was lost: ask the stash.
        run.stash_uncertain = True
        reconcile_stash(run, wiki)


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


def already_published(run: JobRun) -> bool:
    """The wiki already has our bytes under our title (an earlier publish arrived)."""
    job = run.job
    wanted = title_key(job.title)
    titles = run.wiki().titles_with_sha1(job.sha1)
    return any(title_key(title.partition(":")[2]) == wanted for title in titles)


def publish(run: JobRun) -> str | None:
    """Publish the stashed file (or a small file in one request) under the job's title."""
    job = run.job
    content = None
    if job.file_key is None:
        content = _read_chunk(job.local_path, 0, job.file_size + 1)
    answer = run.wiki().publish(
        job.title,
        job.wikitext,
        job.comment or "Uploaded with Fieldkit",
        file_key=job.file_key,
        content=content,
        ignore_warnings=job.decision == "ignore",
    )
    if content is not None:
        run.save(bytes_sent=job.bytes_sent + len(content), resume_offset=job.file_size)
    result = answer.get("result")
    if result == "Success":
        url = (answer.get("imageinfo") or {}).get("descriptionurl")
        run.save(state=UploadState.PUBLISHED, file_key=None, page_url=url)
        run.report()
        return None
    if result == "Warning":
        warnings = warning_list(answer.get("warnings") or {})
        file_key = answer.get("filekey") or answer.get("sessionkey") or job.file_key
        if is_our_own_copy(warnings, job.title):
            run.save(state=UploadState.PUBLISHED, file_key=None)
            return None
        run.save(
            state=UploadState.NEEDS_DECISION, warnings=warnings, file_key=file_key, decision=None
        )
        run.report()
        return "needs_decision"
    raise UnexpectedAnswer(f"publish answer {answer!r}")


def verify(run: JobRun) -> str:
    """Compare the wiki's SHA-1 with ours; add captions and depicts where supported."""
    job = run.job
    wiki = run.wiki()
    if job.verified_at is None:
        published = wiki.published_file(job.title)
        if published is None:
            # Published but not readable yet (replication lag): verify again shortly.
            raise WikiUnavailable(f"File:{job.title} not found after publishing")
        if published.sha1 != job.sha1:
            run.save(
                state=UploadState.FAILED,
                error_code="verify-mismatch",
                last_error=f"wiki has SHA-1 {published.sha1}, ours is {job.sha1}",
                finished_at=utcnow(),
            )
            return "failed"
        run.save(verified_at=utcnow(), page_url=published.description_url)
    structured = structured_data(run, wiki)
    run.save(
        state=UploadState.VERIFIED,
        structured_data=structured,
        error_code=None,
        last_error=None,
        finished_at=utcnow(),
    )
    run.report()
    return "verified"


def structured_data(run: JobRun, wiki: WikiUploads) -> str:
    """Captions and depicts where the wiki has WikibaseMediaInfo; say so where not."""
    job = run.job
    if not job.captions and not job.depicts:
        return "none"
    if not wiki.has_structured_data():
        return "skipped-no-mediainfo"
    try:
        wiki.set_captions_and_depicts(job.title, job.captions or {}, job.depicts or [])
    except WikiError as error:
        if error.fault.kind != FaultKind.PERMANENT:
            raise
        return f"failed:{error.code}"[:40]
    return "added"


def warning_list(warnings: dict[str, Any]) -> list[dict[str, Any]]:
    """Wiki warnings as JSON-able choices: ``[{"code": "duplicate", "detail": [...]}, ...]``."""
    return [{"code": str(code), "detail": detail} for code, detail in warnings.items()]


def is_our_own_copy(warnings: list[dict[str, Any]], title: str) -> bool:
    """The warnings say this exact file is already the current version of our title."""
    codes = {warning["code"] for warning in warnings}
    if codes & {"nochange", "no-change"}:
        return True
    for warning in warnings:
        if warning["code"] == "duplicate":
            detail = warning["detail"]
            names = detail if isinstance(detail, list) else [detail]
            if title_key(title) in {title_key(str(name)) for name in names}:
                return True
    return False
