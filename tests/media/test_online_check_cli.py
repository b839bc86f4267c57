"""``fieldkit media check --online`` against the real throwaway MediaWiki.

A file uploaded to the wiki, a byte-identical copy and a file titled like it in a batch:
the online check names both with links, caches the wiki's file types for later offline
checks, and says clearly (exit 3) when the wiki is down.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from desktop_app.cli import run
from desktop_app.services.media_checks import POLICY_CACHE_FILE
from desktop_app.services.media_edit import set_field_text
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaItem
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from tests.conftest import MEDIA_SAMPLES
from tests.fixtures.mediawiki import TestWiki

pytestmark = pytest.mark.wiki


def unique_jpeg(target: Path) -> Path:
    data = bytearray((MEDIA_SAMPLES / "camera" / "Canon_40D.jpg").read_bytes())
    data[-10:-6] = uuid.uuid4().bytes[:4]  # unique content, still a JPEG
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(bytes(data))
    return target


def upload(wiki: TestWiki, data_dir: Path, path: Path, title: str) -> None:
    import pywikibot

    account = WikiAccount(wiki.api_url, wiki.bot_user)
    client = WikiClient(DataPaths(data_dir).pywikibot_home, account, wiki.bot_password)
    client.connect()
    try:
        page = pywikibot.FilePage(client.site, f"File:{title}")
        assert client.site.upload(page, source_filename=str(path), summary="test", text="test")
    finally:
        client.close()


def check(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = run(["media", "check", "--batch", "Online", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_online_check_finds_duplicate_and_title_and_caches_the_policy(
    wiki_up: TestWiki,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    assert run(["account", "set", "--api", wiki_up.api_url, "--user", wiki_up.bot_user]) == 0
    stamp = uuid.uuid4().hex[:8]
    on_wiki = unique_jpeg(tmp_path / "upload" / "original.jpg")
    wiki_title = f"Fieldkit online check {stamp}.jpg"
    upload(wiki_up, data_dir, on_wiki, wiki_title)
    partner = tmp_path / "partner"
    partner.mkdir()
    copy = partner / "same_content.jpg"
    shutil.copy2(on_wiki, copy)  # byte-identical: a duplicate on the wiki
    clash = unique_jpeg(partner / "same_title.jpg")  # new content, the existing title
    assert (
        run(["media", "import", "--partnership", "P", "--batch", "Online", str(copy), str(clash)])
        == 0
    )
    ctx = AppContext.open(data_dir)
    with ctx.db.session() as session:
        ids = {Path(item.path).name: item.id for item in session.query(MediaItem)}
    set_field_text(ctx.db, [ids["same_content.jpg"]], "title", f"Other name {stamp}")
    set_field_text(ctx.db, [ids["same_title.jpg"]], "title", wiki_title[: -len(".jpg")])
    ctx.close()
    capsys.readouterr()

    code, online = check(["--online"], capsys)

    assert code == 1 and online["online"] is True and online["exit_code"] == 1
    assert online["file_types"].startswith("wiki")
    problems = {
        Path(entry["path"]).name: {problem["code"]: problem for problem in entry["problems"]}
        for entry in online["files"]
    }
    duplicate = problems["same_content.jpg"]["duplicate-on-wiki"]
    assert wiki_title.replace(" ", "_") in duplicate["params"]["link"]
    assert duplicate["params"]["link"].startswith("http")
    assert "title-exists-on-wiki" in problems["same_title.jpg"]
    assert "duplicate-on-wiki" not in problems["same_title.jpg"]
    assert (DataPaths(data_dir).cache / POLICY_CACHE_FILE).is_file()

    code, offline = check([], capsys)

    assert offline["online"] is False and offline["file_types"] == online["file_types"]
    assert "duplicate-on-wiki" not in {
        problem["code"] for entry in offline["files"] for problem in entry["problems"]
    }

    wiki_up.stop()
    code, unreachable = check(["--online"], capsys)

    assert code == 3 and unreachable["exit_code"] == 3 and unreachable["online"] is False
    assert unreachable["offline_reason"] and len(unreachable["files"]) == 2
