"""A batch in Arabic and Hebrew, from folder to wiki: non-Latin folder and file names, an
Arabic title and description, through the real CLI and the real wiki.

Most partners outside Western Europe name folders, files and titles in their own
script; every other upload test uses Latin names only.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.services.media_batches import ensure_batch, set_gps_policy
from desktop_app.services.media_edit import set_field_text
from desktop_app.services.media_import import import_paths
from desktop_app.services.uploads import list_jobs
from desktop_app.store.context import AppContext
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from desktop_app.wiki.uploads import WikiUploads
from tests.fixtures.mediawiki import TestWiki
from tests.reports.helpers import PLAIN_SAMPLE, configure_wiki, sha1_file, unique_copy

DESCRIPTION = "صورة من أرشيف المتحف، التقطت سنة ٢٠٠٨"


@pytest.mark.wiki
def test_an_arabic_batch_from_a_hebrew_folder_reaches_the_wiki(
    data_dir: Path,
    tmp_path: Path,
    wiki_up: TestWiki,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    ctx = AppContext.open(data_dir, log_to_file=False)
    try:
        configure_wiki(ctx, wiki_up)
        stamp = uuid.uuid4().hex[:8]
        folder = tmp_path / "ארכיון המוזיאון"
        photo = unique_copy(PLAIN_SAMPLE, folder).rename(folder / "תמונה ראשונה.jpg")
        batch_name = f"دفعة {stamp}"
        batch_id = ensure_batch(ctx.db, f"متحف {stamp}", batch_name)[0].id
        [entry] = import_paths(ctx.db, batch_id, [folder]).files
        assert (entry.status, entry.path) == ("added", str(photo))
        title = f"صورة من الأرشيف {stamp}"
        for field, text in (
            ("title", title),
            ("licence", "cc-by-sa-4.0"),
            ("author", "متحف الاختبار"),
            ("source", "أرشيف المتحف"),
            ("date", "2008-10-22"),
            ("description:ar", DESCRIPTION),
        ):
            set_field_text(ctx.db, [entry.item_id or 0], field, text)
        set_gps_policy(ctx.db, batch_id, "keep")
        data = ["--data-dir", str(data_dir)]

        assert run([*data, "upload", "--batch", batch_name, "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["queued"] == 1
        assert run([*data, "sync", "--json"]) == 0
        synced = json.loads(capsys.readouterr().out)
        assert synced["uploads"]["verified"] == 1, synced
        [job] = list_jobs(ctx, batch_id)
    finally:
        ctx.close()

    assert job.title == f"{title}.jpg" and job.state == "verified"
    reader = WikiClient(
        DataPaths(tmp_path / "reader").pywikibot_home,
        WikiAccount(wiki_up.api_url, wiki_up.bot_user),
        wiki_up.bot_password,
    )
    reader.connect()
    try:
        published = WikiUploads(reader).published_file(job.title)
        text = reader.page_text(f"File:{job.title}") or ""
    finally:
        reader.close()
    assert published is not None and published.sha1 == sha1_file(photo)
    assert DESCRIPTION in text and "{{ar|1=" in text
