"""The agreement draft and the outcome report in every language, right to left in Arabic.

Rendered from plain data with the bundled phrases; the Arabic PDFs go through the same
services as the app (offscreen Qt), and must embed an Arabic font.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.core.agreement import AgreementData, render_agreement_html
from desktop_app.core.phrases import (
    FIRST_STRONG_ISOLATE,
    LEFT_TO_RIGHT_ISOLATE,
    POP_DIRECTIONAL_ISOLATE,
)
from desktop_app.core.report import OutcomeReport, ReportFile, UsagePage
from desktop_app.core.report_html import report_html
from desktop_app.core.settings import SUPPORTED_LANGUAGES
from desktop_app.services.agreements import export_agreement
from desktop_app.services.partnerships import create_partnership
from desktop_app.services.reports import export_report
from desktop_app.store.bundled import document_phrases, get_licence
from desktop_app.store.context import AppContext

ISOLATES = (FIRST_STRONG_ISOLATE, LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE)
FILE_NAME = "Harbour of Visby, 1912 (GM 1234).jpg"
BLOCK_TAGS = re.compile(r"<(p|h1|h2|td|th|body)\b[^>]*>")


def _agreement(language: str) -> str:
    data = AgreementData(
        partner_name="Gotlands museum (Visby)!",
        volunteer_name="Anna",
        material="Glass plates",
        credit_line="Gotlands museum",
        licence=get_licence("cc-by-sa-4.0"),
        drafted_on=date(2026, 11, 30),
    )
    return render_agreement_html(data, document_phrases("agreement", language))


def _report(language: str) -> OutcomeReport:
    file = ReportFile(
        batch="Plates 1",
        title=FILE_NAME,
        state="verified",
        page_url="https://commons.wikimedia.org/wiki/File:X.jpg",
        licence_id="cc-by-4.0",
        licence_label=get_licence("cc-by-4.0").text("label", language),
        licence_url="https://creativecommons.org/licenses/by/4.0/",
        author="Gotlands museum",
        size=1_500_000,
        sha1="a" * 40,
        verified_at=datetime(2026, 11, 2),
        usage=(UsagePage("ar.wikipedia.org", "فيسبي", "https://ar.wikipedia.org/wiki/X"),),
        usage_checked_at=datetime(2026, 11, 29, 8, 0),
    )
    phrases = document_phrases("report", language)
    return OutcomeReport(
        heading=phrases.text("heading", name=phrases.isolate("Plates 1")),
        partnership="Gotlands museum",
        batches=("Plates 1",),
        wiki="https://commons.wikimedia.org/w/api.php",
        generated_at=datetime(2026, 11, 30, 14, 5),
        files=(file,),
        language=language,
    )


def _blocks_say(html: str, direction: str) -> bool:
    """Every block element carries ``dir`` (Qt does not inherit it from the page)."""
    tags = [match.group(0) for match in BLOCK_TAGS.finditer(html)]
    return bool(tags) and all(f'dir="{direction}"' in tag for tag in tags)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_agreement_is_written_in_each_language_with_its_direction(language: str) -> None:
    phrases = document_phrases("agreement", language)
    html = _agreement(language)
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert phrases.html("heading") in html and phrases.html("disclaimer") in html
    assert get_licence("cc-by-sa-4.0").text("summary", language) in html
    if language != "en":
        assert document_phrases("agreement", "en").html("disclaimer") not in html
    if language == "ar":
        assert _blocks_say(html, "rtl")  # Qt takes the direction from each block
        assert f"{FIRST_STRONG_ISOLATE}Gotlands museum (Visby)!{POP_DIRECTIONAL_ISOLATE}" in html
        assert f"{LEFT_TO_RIGHT_ISOLATE}2026-11-30{POP_DIRECTIONAL_ISOLATE}" in html
        assert "font-family: 'Noto Sans Arabic'" in html
    else:
        assert not any(mark in html for mark in ISOLATES)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_report_is_written_in_each_language_with_its_direction(language: str) -> None:
    phrases = document_phrases("report", language)
    html = report_html(_report(language), phrases)
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
    for key in ("totals_heading", "column_file", "column_usage", "state_verified"):
        assert phrases.html(key) in html, key
    if language != "en":
        assert "<th>On the wiki</th>" not in html and "Used on" not in html
    header = re.search(r'<table class="files"[^>]*><tr>(.*?)</tr>', html)
    assert header is not None
    columns = re.findall(r"<th[^>]*>(.*?)</th>", header.group(1))
    if language == "ar":
        # Qt lays table columns out left to right whatever dir says: mirrored by hand.
        assert columns[0] == phrases.html("column_usage")
        assert columns[-1] == phrases.html("column_preview")
        assert '<table class="files" width="100%" dir="ltr" align="right">' in html
        assert _blocks_say(html.split("<table", 1)[1], "rtl")
        assert f"{FIRST_STRONG_ISOLATE}{FILE_NAME}{POP_DIRECTIONAL_ISOLATE}" in html
        assert "1.5 ميغابايت" in html
    else:
        assert columns[0] == phrases.html("column_preview")
        assert not any(mark in html for mark in ISOLATES)
    if language == "fr":
        assert "1,5 Mo" in html  # decimal comma, French unit


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    """A fresh data folder, opened and migrated."""
    with AppContext.open(data_dir, log_to_file=False) as context:
        yield context


def _pdf_fonts(path: Path) -> set[bytes]:
    """The names of the fonts a PDF embeds (Qt writes them uncompressed)."""
    return set(re.findall(rb"/BaseFont /([\w+-]+)", path.read_bytes()))


def test_arabic_agreement_and_report_export_as_pdf_with_an_arabic_font(
    ctx: AppContext, tmp_path: Path
) -> None:
    partner = create_partnership(
        ctx.db,
        "مكتبة الإسكندرية (Bibliotheca Alexandrina)",
        material="نحو 1200 خريطة ممسوحة ضوئيًا (TIFF)",
        licence_id="cc-by-sa-4.0",
    )
    written = export_agreement(ctx.db, partner.id, tmp_path / "agreement.pdf", language="ar")
    report = export_report(_report("ar"), tmp_path / "report.pdf")

    assert written.language == "ar"
    for path in (written.path, report):
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 10_000
        fonts = _pdf_fonts(path)
        assert any(b"Arabic" in font for font in fonts), (path.name, fonts)
