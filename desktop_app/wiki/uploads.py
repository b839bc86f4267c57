"""The upload half of the pywikibot adapter: chunks, publishing, the wiki's job queue.

Extends :class:`~desktop_app.wiki.client.WikiClient` (taken connected, never modified) with
the few ``action=upload`` calls the resumable upload engine needs; the read-only look-ups
(stash, SHA-1, published files, limits) are in :mod:`desktop_app.wiki.upload_queries`.
Every call goes through pywikibot's request layer (``pywikibot.data.api.Request``), so
login, re-login after an expired session, tokens, ``maxlag``, cookies and the user agent
stay pywikibot's business.

Errors leave as :class:`~desktop_app.wiki.errors.WikiError` like everywhere in the gate;
their fault keeps what the engine needs (an API error's ``offset``, the HTTP status,
``Retry-After``, the size limit a refused chunk named, whether the request may have
arrived).

Requests that carry file bytes are sent with ``max_retries=0``: pywikibot would otherwise
resend a lost chunk blindly a few times and then raise ``ApiTimeoutError`` without any
file key or offset. For the same reason every request of the gate answers
``ratelimited`` and ``readonly`` at once instead of sleeping inside pywikibot (see
:func:`desktop_app.wiki.gate_request.gate_request_class`): the engine owns waiting, because
only it persists what the wiki has confirmed and holds the whole queue while the wiki
says "not now".

Large files go with ``async=1``: the wiki's job queue assembles the chunks and publishes
the file, and :meth:`WikiUploads.check_status` asks how far it got.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.errors import (
    WikiError,
    error_for,
    forget_last_response,
    install_response_recorder,
    wiki_errors,
)
from desktop_app.wiki.gate_request import gate_request_class
from desktop_app.wiki.upload_queries import (
    FileWithSha1,
    PublishedFile,
    StashEntry,
    UploadQueries,
    WikiLimits,
)

__all__ = [
    "AsyncStatus",
    "FileWithSha1",
    "PublishedFile",
    "StashEntry",
    "WikiLimits",
    "WikiUploads",
]


@dataclass(frozen=True)
class AsyncStatus:
    """Where the wiki's job queue stands with one file (``action=upload&checkstatus=1``).

    ``result``: ``Poll`` (still working; ``stage`` is ``queued``, ``assembling`` or
    ``publish``), ``Success`` (assembled: ``file_key`` is the new key; published:
    ``filename`` is the title it got) or ``Continue`` (the last chunk never arrived:
    ``offset`` is what the stash holds).
    """

    result: str
    stage: str
    file_key: str | None = None
    offset: int | None = None
    filename: str | None = None
    description_url: str | None = None
    warnings: dict[str, Any] | None = None


class WikiUploads(UploadQueries):
    """Upload calls on a connected :class:`WikiClient`; blocking, worker threads only."""

    def __init__(self, client: WikiClient) -> None:
        super().__init__(client)
        install_response_recorder()

    @property
    def api_url(self) -> str:
        return self.client.account.api_url

    def _upload_request(
        self, parameters: dict[str, Any], mime: dict[str, Any] | None, throttle: bool
    ) -> dict[str, Any]:
        try:
            return self._submit_upload(parameters, mime, throttle)
        except WikiError as error:
            if error.code != "badtoken":
                raise
            # The session was renewed under us (an expired login, renewed by pywikibot):
            # nothing was accepted with the old token, so one retry with a fresh one is safe.
            self.site.tokens.clear()
            return self._submit_upload(parameters, mime, throttle)

    def _submit_upload(
        self, parameters: dict[str, Any], mime: dict[str, Any] | None, throttle: bool
    ) -> dict[str, Any]:
        body = sum(len(part[0]) for part in (mime or {}).values())
        forget_last_response()
        try:
            with wiki_errors(body_bytes=body):
                parameters = {"action": "upload", "token": self.site.tokens["csrf"], **parameters}
                request = gate_request_class()(
                    site=self.site,
                    parameters=parameters,
                    mime=mime,
                    throttle=throttle,
                    max_retries=0,
                )
                request.lean_body = True
                result: dict[str, Any] = request.submit()["upload"]
        except WikiError as error:
            raise self._with_wait(error) from error.__cause__
        return result

    def _with_wait(self, error: WikiError) -> WikiError:
        """A rate limit without ``Retry-After`` waits for the account's upload window."""
        fault = error.fault
        if fault.code != "ratelimited" or fault.retry_after is not None:
            return error
        try:
            seconds = float(self.site.ratelimit("upload").seconds)
        except Exception:  # no ratelimit info: the engine's default wait applies
            return error
        if seconds <= 0:
            return error
        from dataclasses import replace

        return error_for(replace(fault, retry_after=seconds))

    def send_chunk(
        self,
        title: str,
        file_size: int,
        offset: int,
        chunk: bytes,
        file_key: str | None,
        *,
        asynchronous: bool = False,
    ) -> dict[str, Any]:
        """Stash one chunk; the answer has ``result`` Continue (``offset``), Success, or
        Poll (the last chunk with ``asynchronous``: the job queue assembles the file).

        Warnings are ignored while stashing (nothing is published yet); they come back
        when the stashed file is committed. The request body holds the chunk once, framed
        so that a chunk ending in CR keeps it (see ``gate_request.multipart_body``).
        """
        parameters: dict[str, Any] = {
            "stash": True,
            "filename": title,
            "filesize": file_size,
            "offset": offset,
            "ignorewarnings": True,
        }
        if file_key:
            parameters["filekey"] = file_key
        if asynchronous:
            parameters["async"] = True
        mime = {"chunk": (chunk, ("application", "octet-stream"), {"filename": "chunk"})}
        return self._upload_request(parameters, mime, throttle=False)

    def publish(
        self,
        title: str,
        text: str,
        comment: str,
        *,
        file_key: str | None = None,
        content: bytes | None = None,
        ignore_warnings: bool = False,
        asynchronous: bool = False,
    ) -> dict[str, Any]:
        """Publish a stashed file (``file_key``) or a small file in one request.

        Without ``ignore_warnings`` the wiki answers ``result: Warning`` (duplicate,
        exists, bad prefix...) with a ``filekey`` for the stashed bytes, and publishes
        nothing. ``Success`` names the title the file really got (``filename``);
        ``asynchronous`` (stashed files only) answers ``Poll``: the job queue publishes.
        """
        parameters: dict[str, Any] = {
            "filename": title,
            "text": text,
            "comment": comment,
            "ignorewarnings": ignore_warnings,
        }
        mime = None
        if file_key:
            parameters["filekey"] = file_key
            if asynchronous:
                parameters["async"] = True
        elif content is not None:
            mime = {"file": (content, ("application", "octet-stream"), {"filename": "file"})}
        else:
            raise ValueError("publish needs a file key or the file's content")
        return self._upload_request(parameters, mime, throttle=True)

    def check_status(self, file_key: str) -> AsyncStatus:
        """How far the job queue got with ``file_key`` (the key the chunks were sent with,
        or the stashed file's key for publishing).

        Raises ``WikiError``: ``status-unknown`` when the wiki has no status for the key
        (never queued, or forgotten after a day); ``stashfailed`` or a verification code
        when the job failed.
        """
        answer = self._upload_request({"filekey": file_key, "checkstatus": True}, None, False)
        info = answer.get("imageinfo") or {}
        return AsyncStatus(
            result=str(answer.get("result", "")),
            stage=str(answer.get("stage", "")),
            file_key=str(answer["filekey"]) if answer.get("filekey") else None,
            offset=int(answer["offset"]) if "offset" in answer else None,
            filename=str(answer["filename"]) if answer.get("filename") else None,
            description_url=str(info.get("descriptionurl") or "") or None,
            warnings=answer.get("warnings"),
        )

    def username(self) -> str:
        """The account the uploads are made as (the wiki's spelling)."""
        with wiki_errors():
            return str(self.site.username())
