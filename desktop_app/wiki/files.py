"""Online checks for media: the wiki's file types, files with the same content or name.

Takes a connected :class:`~desktop_app.wiki.client.WikiClient` and uses its pywikibot site
(all blocking: call from worker threads). Results are plain values for
:mod:`desktop_app.services.media_checks`; failures are the adapter's exceptions
(:class:`WikiUnavailable` means "check again when online").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app.core.filetypes import FileTypePolicy
from desktop_app.core.media_checks import ExistingFile, WikiFindings
from desktop_app.core.titles import title_key
from desktop_app.wiki.client import WikiClient, WikiError, translate_error

_TITLES_PER_QUERY = 50  # the API's limit for normal accounts


def _call(function: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return function(*args, **kwargs)
    except WikiError:
        raise
    except Exception as exc:  # pywikibot/requests errors: translated, never swallowed
        raise translate_error(exc) from exc


def wiki_file_policy(client: WikiClient, base: FileTypePolicy) -> FileTypePolicy:
    """``base`` with the wiki's own accepted extensions and upload size limit."""
    info = client.site_info()
    maximum = info.get("max_upload_size")
    return base.with_wiki_limits(
        info.get("file_extensions") or base.extensions,
        int(maximum) if maximum else None,
        source=f"wiki {info.get('sitename') or client.account.api_url}",
    )


def files_with_sha1(client: WikiClient, sha1s: Iterable[str]) -> dict[str, ExistingFile]:
    """SHA-1 → a file on the wiki with that exact content (one API request per hash)."""
    found: dict[str, ExistingFile] = {}
    for sha1 in dict.fromkeys(sha1s):
        pages = _call(lambda h=sha1: list(client.site.allimages(sha1=h, total=1)))
        if pages:
            page = pages[0]
            title = str(page.title(with_ns=False))
            url = str(_call(page.full_url))
            found[sha1] = ExistingFile("wiki", title, title, url)
    return found


def existing_file_titles(client: WikiClient, file_names: Iterable[str]) -> dict[str, ExistingFile]:
    """Title key → existing wiki file, for the given names (``File:`` prefix optional)."""
    names = [name.removeprefix("File:") for name in dict.fromkeys(file_names) if name.strip()]
    found: dict[str, ExistingFile] = {}
    for start in range(0, len(names), _TITLES_PER_QUERY):
        chunk = names[start : start + _TITLES_PER_QUERY]
        request = _call(
            client.site.simple_request,
            action="query",
            titles="|".join(f"File:{name}" for name in chunk),
            prop="info",
            inprop="url",
            formatversion=2,
        )
        result = _call(request.submit)
        for page in result.get("query", {}).get("pages", []):
            if page.get("missing") or page.get("invalid"):
                continue
            title = str(page["title"]).split(":", 1)[-1]
            found[title_key(title)] = ExistingFile(
                "wiki", title, title, str(page.get("fullurl", ""))
            )
    return found


def wiki_findings(
    client: WikiClient, sha1s: Iterable[str], file_names: Iterable[str]
) -> WikiFindings:
    """Both lookups at once, for :func:`desktop_app.services.media_checks.check_batch`."""
    return WikiFindings(
        by_sha1=files_with_sha1(client, sha1s), by_title=existing_file_titles(client, file_names)
    )
