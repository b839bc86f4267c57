"""``fieldkit report``: a partner's outcome report from files really uploaded to the wiki,
with where they are used, read online and still shown offline."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.store.context import AppContext
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from tests.fixtures.mediawiki import TestWiki
from tests.reports.helpers import ReadyBatch, configure_wiki, ready_batch

pytestmark = pytest.mark.wiki


@dataclass
class Uploaded:
    root: Path
    batch: ReadyBatch
    wiki: TestWiki

    @property
    def data(self) -> list[str]:
        return ["--data-dir", str(self.root)]


@pytest.fixture(scope="module")
def uploaded(test_wiki: TestWiki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Uploaded]:
    """A batch with two files uploaded and verified through ``fieldkit sync`` (once)."""
    test_wiki.start()
    folder = tmp_path_factory.mktemp("report")
    root = folder / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FIELDKIT_PASSWORD", test_wiki.bot_password)
        ctx = AppContext.open(root, log_to_file=False)
        try:
            configure_wiki(ctx, test_wiki)
            batch = ready_batch(ctx, folder / "photos")
        finally:
            ctx.close()
        assert run(["--data-dir", str(root), "upload", "--batch", batch.batch]) == 1
        assert run(["--data-dir", str(root), "sync"]) == 0
        yield Uploaded(root, batch, test_wiki)


def _json(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    return json.loads(capsys.readouterr().out)


def test_html_report_lists_titles_links_licences_and_totals(
    uploaded: Uploaded, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    capsys.readouterr()
    assert run([*uploaded.data, "report", "--batch", uploaded.batch.batch, str(out), "--json"]) == 0
    summary = _json(capsys)
    assert (summary["files"], summary["uploaded"], summary["failed"]) == (2, 2, 0)
    assert summary["usage_checked_at"] is None and summary["out"] == str(out)
    html = out.read_text(encoding="utf-8")
    for title in uploaded.batch.titles.values():
        assert title in html
    assert f"{uploaded.wiki.server}/index.php/File:" in html or "File:Fieldkit" in html
    assert "CC BY-SA 4.0" in html and "creativecommons.org/licenses/by-sa/4.0" in html
    assert "<th>On the wiki</th><td>2</td>" in html
    # Both samples carry an EXIF thumbnail; it is embedded, not linked.
    assert html.count('src="data:image/jpeg;base64,') == 2
    assert 'src="http' not in html

    arabic = tmp_path / "report-ar.html"
    batch = uploaded.batch.batch
    assert run([*uploaded.data, "report", "--batch", batch, "--language", "ar", str(arabic)]) == 0
    html = arabic.read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in html and "تقرير الرفع" in html
    assert "نسب المصنَّف" in html  # the licence's name in Arabic too


def test_csv_report_has_one_row_per_file(
    uploaded: Uploaded, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.csv"
    assert run([*uploaded.data, "report", "--batch", uploaded.batch.batch, str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert sorted(row["title"] for row in rows) == sorted(uploaded.batch.titles.values())
    assert {row["state"] for row in rows} == {"verified"}
    assert all(row["page_url"].startswith(uploaded.wiki.server) for row in rows)
    assert all(row["licence"].startswith("CC BY-SA 4.0") for row in rows)


def test_partnership_report_and_bad_arguments(
    uploaded: Uploaded, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "partner.csv"
    args = [*uploaded.data, "report", "--partnership", uploaded.batch.partnership, str(out)]
    assert run(args) == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 3
    assert run([*uploaded.data, "report", "--batch", "nope", str(out)]) == 2
    assert run([*uploaded.data, "report", "--partnership", "nope", str(out)]) == 2
    assert run([*uploaded.data, "report", "--batch", uploaded.batch.batch, "x.docx"]) == 2
    assert run([*uploaded.data, "report", str(out)]) == 2


def test_pdf_report_is_a_pdf(uploaded: Uploaded, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    assert run([*uploaded.data, "report", "--batch", uploaded.batch.batch, str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_usage_read_online_is_still_shown_offline(
    uploaded: Uploaded, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wiki = uploaded.wiki
    wiki.start()
    page = f"Gallery of {uploaded.batch.batch}"
    client = WikiClient(
        DataPaths(tmp_path / "editor").pywikibot_home,
        WikiAccount(wiki.api_url, wiki.bot_user),
        wiki.bot_password,
    )
    client.connect()
    client.append_section(page, "Photos", f"[[File:{uploaded.batch.gps_title}|thumb]]", "test")
    client.close()
    out = tmp_path / "report.html"
    args = [*uploaded.data, "report", "--batch", uploaded.batch.batch, str(out), "--json"]
    capsys.readouterr()

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FIELDKIT_PASSWORD", wiki.bot_password)
        for _ in range(20):  # the wiki records links just after answering the edit
            assert run([*args, "--refresh-usage"]) == 0
            online = _json(capsys)
            if online["files_in_use"]:
                break
            time.sleep(0.25)
    assert online["usage_refresh"]["source"] == "imageusage"
    assert (online["files_in_use"], online["pages_using"]) == (1, 1)
    assert page in out.read_text(encoding="utf-8")

    wiki.stop()
    try:
        offline_out = tmp_path / "offline.html"
        offline_args = [
            *uploaded.data,
            "report",
            "--batch",
            uploaded.batch.batch,
            str(offline_out),
            "--json",
        ]
        assert run(offline_args) == 0
        offline = _json(capsys)
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("FIELDKIT_PASSWORD", wiki.bot_password)
            assert run([*offline_args, "--refresh-usage"]) == 1
        refused = _json(capsys)
    finally:
        wiki.start()
    assert offline["files_in_use"] == 1 and offline["usage_checked_at"] is not None
    assert page in offline_out.read_text(encoding="utf-8")
    assert refused["usage_error"] == "offline" and refused["files_in_use"] == 1
