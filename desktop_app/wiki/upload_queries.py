"""The read half of the upload gate: stash, SHA-1 look-ups, published files, limits.

:class:`UploadQueries` is the base of :class:`desktop_app.wiki.uploads.WikiUploads`; it
only reads (``action=query``), through pywikibot's request layer like every call of the
gate, and turns failures into :class:`~desktop_app.wiki.errors.WikiError`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.errors import WikiError, forget_last_response, wiki_errors


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


@dataclass(frozen=True)
class FileWithSha1:
    """A file on the wiki whose current version has a given SHA-1, and who uploaded it when."""

    title: str  # without "File:"
    user: str
    timestamp: datetime | None
    description_url: str


@dataclass(frozen=True)
class WikiLimits:
    """What the wiki says about uploads in its siteinfo (cached by pywikibot)."""

    max_upload_bytes: int | None
    min_chunk_bytes: int | None
    extensions: frozenset[str]


def _timestamp(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


class UploadQueries:
    """Read-only calls on a connected :class:`WikiClient`; blocking, worker threads only."""

    def __init__(self, client: WikiClient) -> None:
        self.client = client

    @property
    def site(self) -> Any:
        return self.client.site

    def _query(self, **parameters: Any) -> dict[str, Any]:
        forget_last_response()
        with wiki_errors():
            request = self.site.simple_request(action="query", formatversion=2, **parameters)
            result: dict[str, Any] = request.submit()
        return result

    def limits(self) -> WikiLimits:
        """The largest file and the smallest chunk the wiki takes, and its file types."""
        with wiki_errors():
            general = self.site.siteinfo["general"]
            extensions = frozenset(str(ext).lower() for ext in self.site.file_extensions)
        maximum, minimum = general.get("maxuploadsize"), general.get("minuploadchunksize")
        return WikiLimits(
            int(maximum) if maximum else None, int(minimum) if minimum else None, extensions
        )

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
        return [f"File:{found.title}" for found in self.files_with_sha1(sha1)]

    def files_with_sha1(self, sha1: str) -> list[FileWithSha1]:
        """Files whose current version has this SHA-1, with uploader, time and page URL."""
        result = self._query(
            list="allimages", aisha1=sha1, ailimit="max", aiprop="sha1|user|timestamp|url"
        )
        return [
            FileWithSha1(
                title=str(row["title"]).partition(":")[2],
                user=str(row.get("user", "")),
                timestamp=_timestamp(row.get("timestamp")),
                description_url=str(row.get("descriptionurl", "")),
            )
            for row in result.get("query", {}).get("allimages", [])
        ]

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
