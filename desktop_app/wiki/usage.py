"""Where files are used on wiki pages, read through the WikiClient's pywikibot site.

On a wiki farm with the GlobalUsage extension (Commons) ``prop=globalusage`` names the
pages on every wiki of the farm, fifty files per request; elsewhere (a plain MediaWiki)
``list=imageusage`` names the pages of the same wiki, one file per request. Blocking:
worker threads only. Errors are translated like :mod:`desktop_app.wiki.client`'s.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.errors import wiki_errors

GLOBAL_USAGE = "globalusage"
IMAGE_USAGE = "imageusage"
_TITLES_PER_REQUEST = 50


@dataclass(frozen=True)
class UsedOn:
    """A page showing a file; ``wiki`` is the host name of the page's wiki."""

    wiki: str
    title: str
    url: str


def _title_key(title: str) -> str:
    """``File:`` stripped, underscores as spaces, first letter upper case."""
    text = title.replace("_", " ").strip()
    if text[:5].lower() == "file:":
        text = text[5:]
    return text[:1].upper() + text[1:]


def usage_source(client: WikiClient) -> str:
    """Which API the wiki offers for usage: ``globalusage`` or ``imageusage``."""
    with wiki_errors():
        return GLOBAL_USAGE if client.site.has_extension("GlobalUsage") else IMAGE_USAGE


def read_usage(
    client: WikiClient, file_titles: Sequence[str]
) -> tuple[str, dict[str, list[UsedOn]]]:
    """(source, file title → pages using it) for files named without ``File:``.

    Every title asked for is in the answer (an empty list for a file used nowhere or
    missing on the wiki).
    """
    source = usage_source(client)
    found: dict[str, list[UsedOn]] = {title: [] for title in file_titles}
    by_key = {_title_key(title): title for title in file_titles}
    with wiki_errors():
        if source == GLOBAL_USAGE:
            for start in range(0, len(file_titles), _TITLES_PER_REQUEST):
                chunk = file_titles[start : start + _TITLES_PER_REQUEST]
                for key, page in _global_usage(client, chunk):
                    if key in by_key:
                        found[by_key[key]].append(page)
        else:
            host = urlsplit(client.account.api_url).netloc
            for title in file_titles:
                found[title] = list(_image_usage(client, title, host))
    return source, found


def _query(client: WikiClient, **parameters: Any) -> Iterator[dict[str, Any]]:
    """Each answer of a query, following ``continue`` until the end."""
    extra: dict[str, Any] = {}
    while True:
        request = client.site.simple_request(action="query", formatversion=2, **parameters, **extra)
        result: dict[str, Any] = request.submit()
        yield result
        if "continue" not in result:
            return
        extra = dict(result["continue"])


def _global_usage(client: WikiClient, titles: Sequence[str]) -> Iterator[tuple[str, UsedOn]]:
    joined = "|".join(f"File:{title}" for title in titles)
    for result in _query(client, prop="globalusage", titles=joined, guprop="url", gulimit="max"):
        for page in result.get("query", {}).get("pages", []):
            for use in page.get("globalusage", []):
                yield (
                    _title_key(str(page["title"])),
                    UsedOn(
                        str(use.get("wiki", "")), str(use.get("title", "")), str(use.get("url", ""))
                    ),
                )


def _image_usage(client: WikiClient, title: str, host: str) -> Iterator[UsedOn]:
    for result in _query(client, list="imageusage", iutitle=f"File:{title}", iulimit="max"):
        for page in result.get("query", {}).get("imageusage", []):
            page_title = str(page["title"])
            yield UsedOn(host, page_title, client.page_url(page_title))
