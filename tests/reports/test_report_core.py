"""The report's sums and its HTML and CSV, from plain data (no store, no wiki)."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from desktop_app.core.report import OutcomeReport, ReportFile, UsagePage, report_csv_text
from desktop_app.core.report_html import report_html
from desktop_app.store.bundled import document_phrases

THUMB = b"\xff\xd8\xff\xdb" + b"\x00" * 20 + b"\xff\xd9"


def _file(title: str, state: str = "verified", **extra: object) -> ReportFile:
    values: dict[str, object] = dict(
        batch="B1",
        title=title,
        state=state,
        page_url=f"http://wiki/File:{title}",
        licence_id="cc-by-4.0",
        licence_label="CC BY 4.0",
        licence_url="https://creativecommons.org/licenses/by/4.0/",
        author="Museum",
        size=1500,
        sha1="a" * 40,
        verified_at=datetime(2026, 1, 2, 3, 4),
    )
    values.update(extra)
    return ReportFile(**values)  # type: ignore[arg-type]


def _report(*files: ReportFile) -> OutcomeReport:
    return OutcomeReport(
        "Upload report: B1",
        "Museum <&>",
        ("B1",),
        "http://wiki/api.php",
        datetime(2026, 1, 3),
        tuple(files),
    )


def test_totals_count_outcomes_licences_and_distinct_pages() -> None:
    page = UsagePage("wiki", "Main Page", "http://wiki/Main_Page")
    report = _report(
        _file("A.jpg", usage=(page,)),
        _file("B.jpg", usage=(page, UsagePage("wiki", "Other", "u"))),
        _file("C.jpg", usage=()),
        _file("D.jpg", state="queued"),
        _file("E.jpg", state="failed"),
    )
    totals = report.totals
    assert (totals.files, totals.uploaded, totals.pending, totals.failed) == (5, 3, 1, 1)
    assert totals.bytes_uploaded == 4500
    assert (totals.files_in_use, totals.pages_using, totals.usage_checked) == (2, 2, 3)
    assert totals.by_licence == {"CC BY 4.0": 3}


def test_csv_has_one_row_per_file_and_tells_unchecked_from_unused() -> None:
    report = _report(_file("A, with comma.jpg", usage=()), _file("B.jpg"))
    rows = list(csv.DictReader(io.StringIO(report_csv_text(report))))
    assert [row["title"] for row in rows] == ["A, with comma.jpg", "B.jpg"]
    assert rows[0]["used_on_pages"] == "0" and rows[1]["used_on_pages"] == ""
    assert rows[0]["licence"] == "CC BY 4.0" and rows[0]["partnership"] == "Museum <&>"


def test_html_is_self_contained_and_escaped() -> None:
    report = _report(
        _file(
            "<script>.jpg",
            thumbnail_jpeg=THUMB,
            usage=(UsagePage("wiki", "Page & co", "http://wiki/P"),),
        ),
        _file("plain.jpg"),
    )
    html = report_html(report, document_phrases("report", "en"))
    assert "<script>" not in html and "&lt;script&gt;.jpg" in html
    assert "Museum &lt;&amp;&gt;" in html
    assert html.count('src="data:image/jpeg;base64,') == 1
    assert "no preview" in html and "not checked yet" in html
    assert '<a href="http://wiki/P">Page &amp; co</a>' in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/"' in html
    assert "http" not in html.split("<body>")[0].replace("http://wiki/api.php", "")
