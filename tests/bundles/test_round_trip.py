"""Work travels from a laptop without a link to one with it, and the receipt comes back.

Laptop A imports and describes a batch, queues it for upload and queues a help request,
all with no wiki. A exports a bundle; B imports it, uploads to the real test wiki and
delivers the request with ``fieldkit sync``; B exports a receipt; A imports it. Then A's
report lists the page URLs, A's own ``sync`` (A finally has a link) sends nothing, and
the wiki shows each file and each request section exactly once. The same again with the
bundle cut into volumes.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_app.core.help_request_text import request_marker
from desktop_app.services.partnerships import create_partnership
from desktop_app.store.models import MediaBatch, OutboxEntry
from desktop_app.sync.uploads.copies import copies_dir
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from desktop_app.wiki.uploads import WikiUploads
from tests.bundles.laptops import Laptop, queue_help_request
from tests.fixtures.mediawiki import TestWiki
from tests.partnerships.conftest import unique_page
from tests.reports.helpers import ReadyBatch, ready_batch, sha1_file

pytestmark = [pytest.mark.wiki, pytest.mark.slow]


def prepare_on_a(laptop_a: Laptop, photos: Path, page: str) -> tuple[ReadyBatch, str]:
    """A describes a batch, queues it for upload and queues a request: all offline."""
    laptop_a.settings(helpdesk_page=page)
    with laptop_a.context() as ctx:
        batch = ready_batch(ctx, photos)
        with ctx.db.session() as session:
            partnership_id = session.get_one(MediaBatch, batch.batch_id).partnership_id
    request_uuid = queue_help_request(laptop_a, partnership_id, f"Glass plates {photos.name}")
    code, queued = laptop_a.run("upload", "--batch", batch.batch, "--json")
    assert code == 1 and queued["queued"] == 2  # the third file is not described yet
    return batch, request_uuid


def wiki_reader(wiki: TestWiki, home: Path) -> WikiClient:
    client = WikiClient(home, WikiAccount(wiki.api_url, wiki.bot_user), wiki.bot_password)
    client.connect()
    return client


@pytest.mark.parametrize("volume_size", [None, "96K"], ids=["one-file", "volumes"])
def test_prepared_offline_uploaded_elsewhere_and_reported_back(
    laptop_a: Laptop,
    laptop_b: Laptop,
    stick: Path,
    tmp_path: Path,
    wiki_up: TestWiki,
    no_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
    volume_size: str | None,
) -> None:
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    page = unique_page("Project:Bundle helpdesk")
    batch, request_uuid = prepare_on_a(laptop_a, tmp_path / "photos", page)
    kept = copies_dir(DataPaths(laptop_a.data_dir).cache)
    assert [path for path in kept.rglob("*") if path.is_file()]  # queued without GPS

    # A → stick
    bundle = stick / "museum.fkb"
    sizes = ["--volume-size", volume_size] if volume_size else []
    code, exported = laptop_a.run(
        "bundle", "export", "--partnership", batch.partnership, *sizes, str(bundle), "--json"
    )
    assert code == 0, exported
    assert exported["counts"] == {"batches": 1, "items": 3, "files": 3, "requests": 1, "steps": 0}
    if volume_size:
        assert exported["volumes"] >= 3
        assert all(Path(part).stat().st_size <= 96 * 1024 for part in exported["files"])
    else:
        assert exported["files"] == [str(bundle)]

    # stick → B, which uploads and delivers
    laptop_b.go_online(wiki_up)
    laptop_b.settings(helpdesk_page=page)
    media = tmp_path / "b-media"
    code, imported = laptop_b.run(
        "bundle", "import", str(bundle), "--media-dir", str(media), "--json"
    )
    assert code == 0, imported
    assert imported["by_kind"]["item"]["added"] == 3
    assert imported["by_kind"]["request"]["added"] == 1
    assert imported["files"]["placed"] == 3 and imported["conflicting"] == 0
    placed = sorted(path.name for path in media.rglob("*.jpg"))
    assert placed == sorted(p.name for p in (batch.gps_file, batch.plain_file, batch.unready_file))
    assert sha1_file(next(media.rglob(batch.gps_file.name))) == sha1_file(batch.gps_file)

    code, queued_b = laptop_b.run("upload", "--batch", batch.batch, "--json")
    assert code == 1 and queued_b["queued"] == 2
    code, synced = laptop_b.run("sync", "--json")
    assert code == 0, synced
    assert synced["sent"] == 1 and synced["uploads"]["verified"] == 2

    # B → receipt → A
    receipt = stick / "museum.fkr"
    code, written = laptop_b.run(
        "bundle", "receipt", "--bundle", str(bundle), str(receipt), "--json"
    )
    assert code == 0, written
    assert (written["uploads"], written["deliveries"]) == (2, 1)
    code, marked = laptop_a.run("bundle", "import-receipt", str(receipt), "--json")
    assert code == 0, marked
    assert marked["files"]["marked_uploaded"] == 2 and marked["requests"]["marked_delivered"] == 1
    assert all(page["page_url"] for page in marked["pages"])
    assert not [path for path in kept.rglob("*") if path.is_file()]  # A's GPS-free copy went

    # A's report now lists the pages; A's queue holds nothing to send.
    report = tmp_path / "a-report.csv"
    code, written_report = laptop_a.run("report", "--batch", batch.batch, str(report), "--json")
    assert code == 0, written_report
    with report.open(encoding="utf-8") as sheet:
        rows = {row["title"]: row for row in csv.DictReader(sheet)}
    for title in batch.titles.values():
        assert rows[title]["state"] == "verified"
        assert rows[title]["page_url"].startswith(wiki_up.server)
    laptop_a.go_online(wiki_up)
    code, a_synced = laptop_a.run("sync", "--json")
    assert code == 0, a_synced
    assert a_synced["sent"] == 0 and a_synced["remaining"] == 0
    assert a_synced["uploads"]["verified"] == 0 and a_synced["uploads"]["remaining"] == 0
    code, status = laptop_a.run("upload", "status", "--batch", batch.batch, "--json")
    assert status["jobs_by_state"] == {"verified": 2}

    # The wiki: each file once, the request's section once.
    reader = wiki_reader(wiki_up, tmp_path / "reader")
    try:
        assert (reader.page_text(page) or "").count(request_marker(request_uuid)) == 1
        uploads = WikiUploads(reader)
        with laptop_b.context() as ctx_b:
            from desktop_app.services.uploads import list_jobs

            for job in list_jobs(ctx_b):
                assert uploads.titles_with_sha1(job.sha1) == [f"File:{job.title}"]
    finally:
        reader.close()


def test_a_request_sent_from_b_is_not_sent_again_when_a_gets_a_link_first(
    laptop_a: Laptop,
    laptop_b: Laptop,
    stick: Path,
    wiki_up: TestWiki,
    no_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """No receipt yet: A's own attempt looks for the request on the page before posting."""
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    page = unique_page("Project:Bundle helpdesk")
    laptop_a.settings(helpdesk_page=page)
    with laptop_a.context() as ctx:
        partnership = create_partnership(ctx.db, "Harbour Archive")
    request_uuid = queue_help_request(laptop_a, partnership.id, "Harbour photographs")
    bundle = stick / "harbour.fkb"
    code, _report = laptop_a.run(
        "bundle", "export", "--partnership", "Harbour Archive", "--no-media", str(bundle)
    )
    assert code == 0
    laptop_b.go_online(wiki_up)
    laptop_b.settings(helpdesk_page=page)
    assert laptop_b.run("bundle", "import", str(bundle), "--json")[0] == 0
    code, b_synced = laptop_b.run("sync", "--json")
    assert code == 0 and b_synced["sent"] == 1

    laptop_a.go_online(wiki_up)  # before any receipt came back
    code, a_synced = laptop_a.run("sync", "--json")

    assert code == 0 and a_synced["remaining"] == 0
    with laptop_a.context() as ctx, ctx.db.session() as session:
        [entry] = session.query(OutboxEntry).all()
        assert entry.state == "sent" and entry.result["found_existing"] is True
    reader = wiki_reader(wiki_up, tmp_path / "reader")
    try:
        assert (reader.page_text(page) or "").count(request_marker(request_uuid)) == 1
    finally:
        reader.close()
