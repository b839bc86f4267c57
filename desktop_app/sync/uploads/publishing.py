"""Publishing a stashed file and making sure it is on the wiki: publish, find, verify.

A file is never published twice: before publishing again after an ambiguous failure the
engine looks the file up by SHA-1 (:func:`already_published`). The wiki may publish a
file under another title than the one asked for (it replaces ``:``, ``/`` and ``\\`` with
``-``, and an "ignore warnings" publish keeps its choice): the real title comes from the
publish answer, or else from the file's SHA-1, and is recorded on the job with its URL,
so the job verifies instead of looking for a page that does not exist.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from desktop_app.core.faults import FaultKind
from desktop_app.core.titles import title_key
from desktop_app.core.uploads import AsyncPhase, UploadState
from desktop_app.store.models import utcnow
from desktop_app.wiki.errors import WikiError, WikiUnavailable
from desktop_app.wiki.uploads import FileWithSha1, WikiUploads

if TYPE_CHECKING:
    from desktop_app.sync.uploads.engine import JobRun

# MediaWiki's $wgIllegalFileChars: replaced with "-" in file names.
ILLEGAL_FILE_CHARS = ":/\\"
# A file with our SHA-1 uploaded by us this long before the job was queued may be ours
# (clocks differ between this computer and the wiki).
CLOCK_SLACK = timedelta(minutes=10)


class UnexpectedAnswer(Exception):
    """The wiki answered something the protocol does not foresee (retried later)."""


def as_the_wiki_names_it(title: str) -> str:
    """``title`` as MediaWiki stores a file name: illegal characters become ``-``."""
    for char in ILLEGAL_FILE_CHARS:
        title = title.replace(char, "-")
    return title_key(title)


def find_our_file(run: JobRun) -> FileWithSha1 | None:
    """The wiki's file with our bytes that this job published, under whatever title.

    Our title (as asked, or as the wiki rewrites it) first; else a file with our SHA-1
    that this account uploaded since the job was queued and that was not already there
    when the wiki warned us of duplicates.
    """
    job = run.job
    found = run.wiki().files_with_sha1(job.sha1)
    if not found:
        return None
    asked = [job.title, *([job.requested_title] if job.requested_title else [])]
    for name in [key for title in asked for key in (title_key(title), as_the_wiki_names_it(title))]:
        match = next((entry for entry in found if title_key(entry.title) == name), None)
        if match is not None:
            return match
    there_before = _duplicates_seen(job.warnings or [])
    me = title_key(run.wiki().username())
    since = job.created_at - CLOCK_SLACK
    ours = [
        entry
        for entry in found
        if title_key(entry.user) == me
        and title_key(entry.title) not in there_before
        and entry.timestamp is not None
        and entry.timestamp >= since
    ]
    return max(ours, key=lambda entry: entry.timestamp or since) if ours else None


def _duplicates_seen(warnings: list[dict[str, Any]]) -> set[str]:
    """Titles the wiki named as duplicates of our file before we published it anyway."""
    seen: set[str] = set()
    for warning in warnings:
        if warning.get("code") == "duplicate":
            detail = warning.get("detail")
            names = detail if isinstance(detail, list) else [detail]
            seen |= {title_key(str(name)) for name in names}
    return seen


def record_title(run: JobRun, title: str, page_url: str | None = None) -> None:
    """The file is on the wiki as ``title``: keep the requested one apart if they differ."""
    job = run.job
    real = title_key(title)
    changes: dict[str, Any] = {}
    if real != title_key(job.title):
        changes["requested_title"] = job.requested_title or job.title
        changes["title"] = real
    if page_url:
        changes["page_url"] = page_url
    if changes:
        run.save(**changes)


def already_published(run: JobRun) -> bool:
    """The wiki already has our bytes from this job (an earlier publish arrived)."""
    found = find_our_file(run)
    if found is None:
        return False
    record_title(run, found.title, found.description_url)
    return True


def publish(run: JobRun) -> str | None:
    """Publish the stashed file (or a small file in one request) under the job's title.

    Large stashed files are published by the wiki's job queue (``async=1``): the phase is
    saved before the request, so a restart asks the wiki instead of publishing again.
    """
    job = run.job
    content = None
    if job.file_key is None:
        content = run.read_chunk(0, job.file_size + 1)
    asynchronous = content is None and run.wants_async()
    if asynchronous:
        run.save(async_phase=AsyncPhase.PUBLISHING, wiki_stage=None)
    answer = run.wiki().publish(
        job.title,
        job.wikitext,
        job.comment or "Uploaded with Fieldkit",
        file_key=job.file_key,
        content=content,
        ignore_warnings=job.decision == "ignore",
        asynchronous=asynchronous,
    )
    if content is not None:
        run.save(bytes_sent=job.bytes_sent + len(content), resume_offset=job.file_size)
    result = answer.get("result")
    if result == "Poll":
        run.save(wiki_stage=str(answer.get("stage") or "queued"))
        run.report()
        return None  # next step: wait for the job queue (see waiting.py)
    if result == "Success":
        url = (answer.get("imageinfo") or {}).get("descriptionurl")
        published(run, answer.get("filename"), url)
        return None
    if result == "Warning":
        warnings = warning_list(answer.get("warnings") or {})
        file_key = answer.get("filekey") or answer.get("sessionkey") or job.file_key
        if is_our_own_copy(warnings, job.title):
            run.save(state=UploadState.PUBLISHED, file_key=None, async_phase=None)
            return None
        run.save(
            state=UploadState.NEEDS_DECISION,
            warnings=warnings,
            file_key=file_key,
            decision=None,
            async_phase=None,
            wiki_stage=None,
        )
        run.report()
        return "needs_decision"
    raise UnexpectedAnswer(f"publish answer {answer!r}")


def published(run: JobRun, filename: Any, page_url: str | None) -> None:
    """The wiki says it published the file (as ``filename``, when it said which)."""
    if filename:
        record_title(run, str(filename).replace("_", " "))
    changes: dict[str, Any] = {"state": UploadState.PUBLISHED, "file_key": None}
    changes |= {"async_phase": None, "wiki_stage": None}
    if page_url:
        changes["page_url"] = page_url
    run.save(**changes)
    run.report()


def verify(run: JobRun) -> str:
    """Compare the wiki's SHA-1 with ours; add captions and depicts where supported."""
    job = run.job
    wiki = run.wiki()
    if job.verified_at is None:
        on_wiki = wiki.published_file(job.title)
        if on_wiki is None:
            found = find_our_file(run)  # published under another title?
            if found is not None:
                record_title(run, found.title, found.description_url)
                on_wiki = wiki.published_file(job.title)
        if on_wiki is None:
            # Published but not readable yet (replication lag): verify again shortly.
            raise WikiUnavailable(f"File:{job.title} not found after publishing")
        if on_wiki.sha1 != job.sha1:
            run.save(
                state=UploadState.FAILED,
                error_code="verify-mismatch",
                last_error=f"wiki has SHA-1 {on_wiki.sha1}, ours is {job.sha1}",
                finished_at=utcnow(),
            )
            return "failed"
        run.save(verified_at=utcnow(), page_url=on_wiki.description_url)
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
