"""The throwaway MediaWiki fixture itself: it serves the API and survives a restart."""

from __future__ import annotations

import json
import urllib.request

from tests.fixtures.mediawiki import TestWiki


def _siteinfo(wiki: TestWiki) -> dict[str, object]:
    url = f"{wiki.api_url}?action=query&meta=siteinfo&format=json"
    with urllib.request.urlopen(url, timeout=10) as response:
        general: dict[str, object] = json.load(response)["query"]["general"]
        return general


def test_wiki_answers_on_its_api_url(wiki_up: TestWiki) -> None:
    general = _siteinfo(wiki_up)
    assert str(general["generator"]).startswith("MediaWiki 1.")
    assert wiki_up.api_url == f"http://127.0.0.1:{wiki_up.port}/api.php"
    assert len(wiki_up.bot_password) == 32
    assert wiki_up.bot_user == f"{wiki_up.username}@fieldkit"
    print(f"create {wiki_up.create_seconds:.2f}s, start {wiki_up.start_seconds:.2f}s")


def test_wiki_allows_uploads_of_photo_and_document_types(wiki_up: TestWiki) -> None:
    url = f"{wiki_up.api_url}?action=query&meta=siteinfo&siprop=fileextensions&format=json"
    with urllib.request.urlopen(url, timeout=10) as response:
        extensions = {entry["ext"] for entry in json.load(response)["query"]["fileextensions"]}
    assert {"jpg", "jpeg", "png", "gif", "tif", "tiff", "pdf", "svg"} <= extensions


def test_restart_reuses_the_same_port(wiki_up: TestWiki) -> None:
    port = wiki_up.port
    wiki_up.stop()
    assert not wiki_up.is_running
    wiki_up.start()
    assert wiki_up.port == port
    assert _siteinfo(wiki_up)["server"] == f"http://127.0.0.1:{port}"
