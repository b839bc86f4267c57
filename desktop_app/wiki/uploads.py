"""The upload half of the pywikibot adapter: chunks, stash, SHA-1 look-ups, verification.

Extends :class:`~desktop_app.wiki.client.WikiClient` (taken connected, never modified) with
the few API calls the resumable upload engine needs. Every call goes through pywikibot's
request layer (``pywikibot.data.api.Request``), so login, re-login, tokens, ``maxlag``,
cookies and the user agent stay pywikibot's business.

Errors leave as :class:`~desktop_app.wiki.errors.WikiError` like everywhere in the gate;
their fault keeps what the engine needs (an API error's ``offset``, the HTTP status,
``Retry-After``, whether the request may have arrived).

Requests that carry file bytes are sent with ``max_retries=0``: pywikibot would otherwise
resend a lost chunk blindly a few times and then raise ``ApiTimeoutError`` without any
file key or offset. The engine owns retries, because only it persists what the wiki has
confirmed and can ask the stash where to continue.

"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.errors import (
    WikiError,
    forget_last_response,
    install_response_recorder,
    wiki_errors,
)


@dataclass(frozen=True)
class StashEntry:
    """One of the user's stashed (unpublished) files: ``size`` is what the wiki holds."""

    file_key: str
    status: str
    size: int


@dataclass(frozen=True)
class PublishedFile:
    """A file page's current version as the wiki describes it."""

    title: str
    sha1: str
    size: int
    description_url: str


class WikiUploads:
    """Upload calls on a connected :class:`WikiClient`; blocking, worker threads only."""

    def __init__(self, client: WikiClient) -> None:
        self.client = client
        install_response_recorder()

    @property
    def site(self) -> Any:
        return self.client.site

    def _upload_request(
        self, parameters: dict[str, Any], mime: dict[str, Any] | None, throttle: bool
    ) -> dict[str, Any]:
        from pywikibot.data.api import Request

        forget_last_response()
        with wiki_errors():
            parameters = {"action": "upload", "token": self.site.tokens["csrf"], **parameters}
            request = Request(
                site=self.site, parameters=parameters, mime=mime, throttle=throttle, max_retries=0
            )
            result: dict[str, Any] = request.submit()["upload"]
        return result

    def send_chunk(
        self, title: str, file_size: int, offset: int, chunk: bytes, file_key: str | None
    ) -> dict[str, Any]:
        """Stash one chunk; the answer has ``result`` Continue (``offset``) or Success.

        Warnings are ignored while stashing (nothing is published yet); they come back
        when the stashed file is committed. A trailing ``\\r`` is appended because
        pywikibot's MIME encoder ends the part with ``\\n`` and PHP strips ``\\r\\n``: a
        chunk ending in ``\\r`` would lose that byte (pywikibot's T132676 hack covers
        only the last chunk).
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
        mime = {"chunk": (chunk + b"\r", ("application", "octet-stream"), {"filename": "chunk"})}
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
    ) -> dict[str, Any]:
        """Publish a stashed file (``file_key``) or a small file in one request.

        Without ``ignore_warnings`` the wiki answers ``result: Warning`` (duplicate,
        exists, bad prefix...) with a ``filekey`` for the stashed bytes, and publishes
        nothing.
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
        elif content is not None:
            mime = {
                "file": (content + b"\r", ("application", "octet-stream"), {"filename": "file"})
            }
        else:
            raise ValueError("publish needs a file key or the file's content")
        return self._upload_request(parameters, mime, throttle=True)

    def _query(self, **parameters: Any) -> dict[str, Any]:
        forget_last_response()
        with wiki_errors():
            request = self.site.simple_request(action="query", formatversion=2, **parameters)
            result: dict[str, Any] = request.submit()
        return result

    def stashed_files(self) -> list[StashEntry]:
        """All of this user's stashed files (``list=mystashedfiles``), partial ones too."""
        entries: list[StashEntry] = []
        extra: dict[str, Any] = {}
        while True:
            result = self._query(list="mystashedfiles", msfprop="size", msflimit="max", **extra)
            for row in result.get("query", {}).get("mystashedfiles", []):
                entries.append(
                    StashEntry(
                        str(row["filekey"]), str(row.get("status", "")), int(row.get("size", 0))
                    )
                )
            if "continue" not in result:
                return entries
            extra = dict(result["continue"])

    def stash_sha1(self, file_key: str) -> str | None:
        """The SHA-1 of a finished stashed file; ``None`` if the key is unknown."""
        try:
            result = self._query(prop="stashimageinfo", siifilekey=file_key, siiprop="sha1|size")
        except WikiError as error:
            if "stash" in error.code or "filekey" in error.code:
                return None
            raise
        infos = result.get("query", {}).get("stashimageinfo", [])
        return str(infos[0]["sha1"]) if infos and "sha1" in infos[0] else None

    def titles_with_sha1(self, sha1: str) -> list[str]:
        """Titles of files on the wiki whose current version has this SHA-1."""
        result = self._query(list="allimages", aisha1=sha1, ailimit="max", aiprop="sha1")
        return [str(row["title"]) for row in result.get("query", {}).get("allimages", [])]

    def published_file(self, title: str) -> PublishedFile | None:
        """SHA-1, size and page URL of the file's current version; ``None`` if missing."""
        result = self._query(prop="imageinfo", titles=f"File:{title}", iiprop="sha1|size|url")
        pages = result.get("query", {}).get("pages", [])
        if not pages or pages[0].get("missing") or not pages[0].get("imageinfo"):
            return None
        info = pages[0]["imageinfo"][0]
        return PublishedFile(
            title=str(pages[0]["title"]),
            sha1=str(info["sha1"]),
            size=int(info["size"]),
            description_url=str(info.get("descriptionurl", "")),
        )

    def has_structured_data(self) -> bool:
        """Whether the wiki runs WikibaseMediaInfo (captions and depicts)."""
        with wiki_errors():
            return bool(self.site.has_extension("WikibaseMediaInfo"))

    def set_captions_and_depicts(
        self, title: str, captions: dict[str, str], depicts: list[str]
    ) -> None:
        """Add captions (labels) and ``P180`` depicts statements to the file's entity.

        Untested against a real WikibaseMediaInfo (the test wiki has none); the call
        follows ``wbeditentity`` on the ``M<page id>`` entity as Commons documents it.
        """
        import json

        result = self._query(prop="info", titles=f"File:{title}")
        page_id = int(result["query"]["pages"][0]["pageid"])
        data: dict[str, Any] = {
            "labels": {lang: {"language": lang, "value": text} for lang, text in captions.items()},
            "claims": [
                {
                    "type": "statement",
                    "rank": "normal",
                    "mainsnak": {
                        "snaktype": "value",
                        "property": "P180",
                        "datavalue": {
                            "type": "wikibase-entityid",
                            "value": {
                                "entity-type": "item",
                                "id": qid,
                                "numeric-id": int(qid.lstrip("Qq")),
                            },
                        },
                    },
                }
                for qid in depicts
            ],
        }
        with wiki_errors():
            request = self.site.simple_request(
                action="wbeditentity",
                id=f"M{page_id}",
                data=json.dumps(data),
                token=self.site.tokens["csrf"],
                bot=True,
            )
            request.submit()
