"""WikiClient against a real MediaWiki: login, sections, idempotency markers, offline."""

from __future__ import annotations

import logging
import struct
import time
import uuid
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from desktop_app.wiki.errors import LoginFailed, WikiUnavailable
from tests.fixtures.mediawiki import TestWiki

pytestmark = pytest.mark.wiki


@pytest.fixture
def client(wiki_up: TestWiki, data_dir: Path) -> Iterator[WikiClient]:
    """A connected client whose pywikibot home lives in this test's data folder."""
    account = WikiAccount(wiki_up.api_url, wiki_up.bot_user)
    wiki_client = WikiClient(DataPaths(data_dir).pywikibot_home, account, wiki_up.bot_password)
    wiki_client.connect()
    yield wiki_client
    wiki_client.close()


def _unique_title(prefix: str = "Fieldkit test") -> str:
    return f"{prefix} {uuid.uuid4().hex[:10]}"


def test_login_with_bot_password_works(client: WikiClient, wiki_up: TestWiki) -> None:
    assert client.site.user() == wiki_up.username
    assert client.site.has_right("upload")


def test_append_section_creates_the_page_and_text_reads_back(client: WikiClient) -> None:
    title = _unique_title("Talk:Helpdesk")
    assert client.page_text(title) is None
    assert client.page_latest_revision(title) is None

    revision = client.append_section(title, "A question", "Where do I upload?", "new question")

    assert revision > 0
    assert client.page_latest_revision(title) == revision
    text = client.page_text(title)
    assert text is not None
    assert "== A question ==" in text and "Where do I upload?" in text


def test_two_appends_both_survive(client: WikiClient, wiki_up: TestWiki, data_dir: Path) -> None:
    title = _unique_title("Talk:Helpdesk")
    first = client.append_section(title, "First", "first body", "first")
    # A second, independent client (another device of the same volunteer) appends without
    # reading the page first: section=new must not clobber the first section.
    other = WikiClient(
        data_dir / "other-home",
        WikiAccount(wiki_up.api_url, wiki_up.bot_user),
        wiki_up.bot_password,
    )
    other.connect()
    second = other.append_section(title, "Second", "second body", "second")
    third = client.append_section(title, "Third", "third body", "third")
    other.close()

    assert first < second < third
    text = client.page_text(title) or ""
    for body in ("first body", "second body", "third body"):
        assert body in text


def test_find_revision_containing_returns_the_revision_that_added_the_marker(
    client: WikiClient,
) -> None:
    title = _unique_title("Talk:Helpdesk")
    client.append_section(title, "Before", "no marker here", "before")
    marker = f"<!-- fieldkit:{uuid.uuid4()} -->"
    added = client.append_section(title, "Request", f"please help {marker}", "request")
    client.append_section(title, "After", "later chatter", "after")

    assert client.find_revision_containing(title, marker) == added
    client.append_section(title, "More", "even more chatter", "more")
    assert client.find_revision_containing(title, marker, batch_size=1) == added  # paging
    assert client.find_revision_containing(title, marker, max_revisions=2) != added  # capped
    assert client.find_revision_containing(title, "<!-- fieldkit:absent -->") is None
    assert client.find_revision_containing(_unique_title(), marker) is None


def test_page_url_and_site_info(client: WikiClient, wiki_up: TestWiki) -> None:
    assert client.page_url("Main Page").startswith(f"http://127.0.0.1:{wiki_up.port}/")
    info = client.site_info()
    assert info["sitename"] == "Fieldkit Test Wiki"
    assert str(info["generator"]).startswith("MediaWiki")
    assert "jpg" in info["file_extensions"]


def test_append_without_login_raises_login_failed(wiki_up: TestWiki, data_dir: Path) -> None:
    # Another user than Fieldbot: pywikibot's process-wide cookie jar may still hold
    # Fieldbot's session from earlier tests, which a password-less Fieldbot client reuses.
    account = WikiAccount(wiki_up.api_url, "Someone else@fieldkit")
    anonymous = WikiClient(DataPaths(data_dir).pywikibot_home, account, None)
    anonymous.connect()
    assert anonymous.page_text("Main Page") is not None  # reading needs no login
    with pytest.raises(LoginFailed):
        anonymous.append_section(_unique_title("Talk:Helpdesk"), "x", "y", "z")


def test_wrong_password_raises_login_failed(wiki_up: TestWiki, data_dir: Path) -> None:
    account = WikiAccount(wiki_up.api_url, wiki_up.bot_user)
    wrong = WikiClient(DataPaths(data_dir).pywikibot_home, account, "x" * 32)
    with pytest.raises(LoginFailed):
        wrong.connect()


def test_connected_client_survives_a_failed_login_elsewhere(
    client: WikiClient, wiki_up: TestWiki, data_dir: Path
) -> None:
    # The failed login drops the shared session cookies; the write carries assert=user,
    # fails, and the client logs in again with the password it holds in memory.
    account = WikiAccount(wiki_up.api_url, wiki_up.bot_user)
    title = _unique_title("Talk:Helpdesk")
    for attempt in ("before any write", "with a cached edit token"):
        with pytest.raises(LoginFailed):
            WikiClient(data_dir / "probe-home", account, "w" * 32).connect()
        client.append_section(title, attempt, "written after a failed login elsewhere", "s")
    history = client.site.simple_request(
        action="query", prop="revisions", titles=title, rvprop="user", formatversion=2
    ).submit()
    assert history["query"]["pages"][0]["revisions"][0]["user"] == wiki_up.username


def test_unknown_user_raises_login_failed(wiki_up: TestWiki, data_dir: Path) -> None:
    account = WikiAccount(wiki_up.api_url, "Nobody@fieldkit")
    with pytest.raises(LoginFailed):
        WikiClient(DataPaths(data_dir).pywikibot_home, account, "y" * 32).connect()


def test_stopped_wiki_raises_wiki_unavailable_within_seconds(
    client: WikiClient, wiki_up: TestWiki
) -> None:
    wiki_up.stop()
    try:
        began = time.monotonic()
        with pytest.raises(WikiUnavailable):
            client.page_text("Main Page")
        assert time.monotonic() - began < 10
    finally:
        wiki_up.start()
    assert client.page_text("Main Page") is not None  # same client works again


def test_connect_to_stopped_wiki_raises_wiki_unavailable(wiki_up: TestWiki, data_dir: Path) -> None:
    account = WikiAccount(wiki_up.api_url, wiki_up.bot_user)
    wiki_up.stop()
    try:
        began = time.monotonic()
        with pytest.raises(WikiUnavailable):
            WikiClient(DataPaths(data_dir).pywikibot_home, account, wiki_up.bot_password).connect()
        assert time.monotonic() - began < 10
    finally:
        wiki_up.start()


def _noise_png(path: Path, width: int, height: int) -> None:
    """A valid PNG of incompressible noise (no Pillow needed), about width*height*3 bytes."""
    import os

    rows = b"".join(b"\x00" + os.urandom(width * 3) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 0))
        + chunk(b"IEND", b"")
    )


def test_chunked_upload_through_the_adapter_site(
    client: WikiClient, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import pywikibot

    source = tmp_path / "noise.png"
    _noise_png(source, 1024, 1024)
    assert source.stat().st_size > 3_000_000
    name = f"Fieldkit chunk test {uuid.uuid4().hex[:8]}.png"
    page = pywikibot.FilePage(client.site, f"File:{name}")

    with caplog.at_level(logging.DEBUG, logger="pywiki"):
        ok = client.site.upload(
            page,
            source_filename=str(source),
            summary="chunked upload test",
            text="== Summary ==\nNoise.",
            chunk_size=1024 * 1024,
            ignore_warnings=False,
        )

    assert ok
    assert "Finished uploading last chunk." in caplog.text  # it really went in chunks
    result = client.site.simple_request(
        action="query", prop="imageinfo", titles=f"File:{name}", iiprop="size|sha1"
    ).submit()
    info = next(iter(result["query"]["pages"].values()))["imageinfo"][0]
    assert info["size"] == source.stat().st_size


def test_no_password_in_any_file_of_the_pywikibot_home(
    client: WikiClient, wiki_up: TestWiki, data_dir: Path
) -> None:
    client.append_section(_unique_title("Talk:Helpdesk"), "x", "y", "z")
    home = DataPaths(data_dir).pywikibot_home
    assert (home / "user-config.py").is_file()
    files = [path for path in data_dir.rglob("*") if path.is_file()]
    assert files
    for path in files:
        assert wiki_up.bot_password.encode() not in path.read_bytes(), path
