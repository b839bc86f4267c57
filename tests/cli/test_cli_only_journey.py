"""A volunteer with only a terminal finishes a batch of GPS-tagged photos on the real wiki.

Nothing but ``fieldkit`` commands: the account, the import, ``media set`` (location
stripped, licence, author, source, description, titles from a pattern) until ``media
check`` says ready, ``upload`` + ``sync``, and the wiki's warning about one file answered
with ``upload decide``. The uploaded files carry no location; the partner's originals are
untouched.
"""

from __future__ import annotations

import io
import json
import urllib.parse
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import exifread
import pytest

from desktop_app.cli import run
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from desktop_app.wiki.uploads import WikiUploads
from tests.conftest import MEDIA_SAMPLES
from tests.fixtures.mediawiki import TestWiki
from tests.reports.helpers import sha1_file, unique_copy

pytestmark = pytest.mark.wiki


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _location_tags(data: bytes) -> list[str]:
    """The GPS IFD's entries (45-gps_ifd.jpg has only an empty GPS pointer: no location)."""
    tags = exifread.process_file(io.BytesIO(data), details=False)
    return sorted(name for name in tags if name.startswith("GPS "))


def _someone_else_uploads(wiki: TestWiki, home: Path, title: str, source: Path) -> None:
    """Another uploader (outside Fieldkit) already published a different file at ``title``."""
    client = WikiClient(home, WikiAccount(wiki.api_url, wiki.bot_user), wiki.bot_password)
    client.connect()
    try:
        WikiUploads(client).publish(
            title, "Uploaded by someone else.", "test", content=source.read_bytes()
        )
    finally:
        client.close()


def test_a_gps_batch_goes_from_folder_to_wiki_with_cli_commands_only(
    wiki_up: TestWiki,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stamp = uuid.uuid4().hex[:8]
    folder = tmp_path / "partner photos"
    photos = [unique_copy(path, folder) for path in sorted((MEDIA_SAMPLES / "gps").glob("*.jpg"))]
    originals = {path: sha1_file(path) for path in photos}
    assert sum(1 for path in photos if _location_tags(path.read_bytes())) == 4
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    data = ["--data-dir", str(tmp_path / "data")]
    batch = f"Plates {stamp}"

    assert run([*data, "account", "set", "--api", wiki_up.api_url, "--user", wiki_up.bot_user]) == 0
    capsys.readouterr()
    imported = ["media", "import", "--partnership", "Sundsvall museum", "--batch", batch]
    assert run([*data, *imported, str(folder), "--json"]) == 0
    assert _json(capsys)["counts"]["added"] == 5

    assert run([*data, "media", "check", "--batch", batch, "--json"]) == 1
    codes = {p["code"] for f in _json(capsys)["files"] for p in f["problems"]}
    assert {"gps-present", "licence-missing", "author-missing", "source-missing"} <= codes

    # No brackets: the test wiki's image server would not find "%28...%29" file paths.
    pattern = f"{{partner}} - glass plate negative {stamp} no {{n}}"
    setting = [
        *data,
        "media",
        "set",
        "--batch",
        batch,
        "--gps",
        "strip",
        "--licence",
        "cc-by-sa-4.0",
        "--author",
        "Sundsvall museum",
        "--source",
        "Sundsvall museum photo archive",
        "--categories",
        "Glass plate negatives",
        "--description",
        "Glass plate negative from the Sundsvall collection",
        "--title-pattern",
        pattern,
    ]
    assert run(setting) == 0
    capsys.readouterr()
    assert run([*data, "media", "check", "--batch", batch, "--json"]) == 0
    checked = _json(capsys)
    assert checked["ready"] == 5
    title_one = f"Sundsvall museum - glass plate negative {stamp} no 1.jpg"
    assert title_one in {f["file_name"] for f in checked["files"]}

    # Meanwhile someone else put a different picture under the first title.
    other_photo = unique_copy(MEDIA_SAMPLES / "camera" / "Canon_40D.jpg", tmp_path / "other")
    _someone_else_uploads(
        wiki_up, DataPaths(tmp_path / "other").pywikibot_home, title_one, other_photo
    )

    assert run([*data, "upload", "--batch", batch, "--json"]) == 0
    assert _json(capsys)["queued"] == 5
    assert run([*data, "sync", "--json"]) == 1  # one file waits for a decision
    synced = _json(capsys)["uploads"]
    assert synced["verified"] == 4 and synced["needs_decision"] == 1

    assert run([*data, "upload", "status", "--json"]) == 1
    waiting = [job for job in _json(capsys)["jobs"] if job["state"] == "needs_decision"]
    assert len(waiting) == 1 and waiting[0]["title"] == title_one
    assert [w["code"] for w in waiting[0]["warnings"]] == ["exists"]

    new_title = f"Sundsvall museum - glass plate negative {stamp} no 1b"
    job_id = str(waiting[0]["id"])
    assert run([*data, "upload", "decide", job_id, "rename", new_title, "--json"]) == 0
    assert _json(capsys)["job"]["title"] == f"{new_title}.jpg"
    assert run([*data, "sync", "--json"]) == 0
    assert _json(capsys)["uploads"]["verified"] == 1

    assert run([*data, "upload", "status", "--batch", batch, "--json"]) == 0
    status = _json(capsys)
    assert status["jobs_by_state"] == {"verified": 5}
    for job in status["jobs"]:
        assert job["page_url"] and not job["running"]
        on_wiki = urllib.request.urlopen(_file_url(wiki_up, job["title"]), timeout=10).read()
        assert not _location_tags(on_wiki), f"{job['title']} has a location on the wiki"
    assert {path: sha1_file(path) for path in photos} == originals  # originals untouched


def _file_url(wiki: TestWiki, title: str) -> str:
    query = urllib.parse.urlencode(
        {"action": "query", "titles": f"File:{title}", "prop": "imageinfo", "iiprop": "url"}
        | {"format": "json"}
    )
    with urllib.request.urlopen(f"{wiki.api_url}?{query}", timeout=10) as answer:
        pages = json.load(answer)["query"]["pages"]
    [page] = pages.values()
    return str(page["imageinfo"][0]["url"])
