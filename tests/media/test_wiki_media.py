"""Online media checks against the real throwaway MediaWiki: SHA-1, titles, file types."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.media_checks import BatchContext, ItemFacts, check_item
from desktop_app.store.bundled import commons_file_policy as default_policy
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from desktop_app.wiki.files import (
    existing_file_titles,
    files_with_sha1,
    wiki_file_policy,
)
from tests.conftest import MEDIA_SAMPLES
from tests.fixtures.mediawiki import TestWiki

pytestmark = pytest.mark.wiki


@pytest.fixture
def client(wiki_up: TestWiki, data_dir: Path) -> Iterator[WikiClient]:
    account = WikiAccount(wiki_up.api_url, wiki_up.bot_user)
    wiki_client = WikiClient(DataPaths(data_dir).pywikibot_home, account, wiki_up.bot_password)
    wiki_client.connect()
    yield wiki_client
    wiki_client.close()


@pytest.fixture
def uploaded(client: WikiClient, tmp_path: Path) -> tuple[str, str]:
    """A unique JPEG uploaded to the wiki: (file title without namespace, SHA-1)."""
    import pywikibot

    data = bytearray((MEDIA_SAMPLES / "camera" / "Canon_40D.jpg").read_bytes())
    data[-10:-6] = uuid.uuid4().bytes[:4]  # unique content, still a JPEG
    path = tmp_path / "fox.jpg"
    path.write_bytes(bytes(data))
    title = f"Fieldkit media test {uuid.uuid4().hex[:8]}.jpg"
    page = pywikibot.FilePage(client.site, f"File:{title}")
    assert client.site.upload(page, source_filename=str(path), summary="test", text="test")
    return title, hashlib.sha1(bytes(data)).hexdigest()


def test_sha1_and_title_lookups_find_the_uploaded_file(
    client: WikiClient, uploaded: tuple[str, str]
) -> None:
    title, sha1 = uploaded

    by_sha1 = files_with_sha1(client, [sha1, "0" * 40])
    by_title = existing_file_titles(client, [title, "Surely not there 123.jpg"])

    assert list(by_sha1) == [sha1]
    assert by_sha1[sha1].title == title and by_sha1[sha1].link.startswith("http://127.0.0.1")
    assert list(by_title) == [title]


def test_online_checks_flag_the_duplicate_and_title_with_links(
    client: WikiClient, uploaded: tuple[str, str]
) -> None:
    title, sha1 = uploaded
    item = ItemFacts(
        id=1,
        path="/x/local.jpg",
        title=title.removesuffix(".jpg"),
        kind="jpeg",
        size=10,
        sha1=sha1,
        descriptions={"en": "x"},
        date="2020",
        author="A",
        source="B",
        licence_id="cc0-1.0",
    )
    context = BatchContext(
        wiki_sha1=files_with_sha1(client, [sha1]), wiki_titles=existing_file_titles(client, [title])
    )

    codes = {problem.code: problem for problem in check_item(item, context)}

    assert set(codes) == {"duplicate-on-wiki", "title-exists-on-wiki"}
    assert title.replace(" ", "_") in codes["duplicate-on-wiki"].params["link"]


def test_wiki_file_policy_comes_from_siteinfo(client: WikiClient) -> None:
    policy = wiki_file_policy(client, default_policy())
    # The fixture wiki allows exactly these (see tests/fixtures/mediawiki.py).
    assert policy.extensions == {"jpg", "jpeg", "png", "gif", "tif", "tiff", "pdf", "svg", "webp"}
    assert not policy.accepts("ogg") and policy.source.startswith("wiki")
    assert policy.max_upload_bytes == 2 * 1024**3
