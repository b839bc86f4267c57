"""Punctuation between pieces of text is the language's, not English glued on: "Label : value"
and "40 %" in French, "، " and "؛ " in Arabic, "40 %" in Swedish (issue 12, §3)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.text_patterns import clauses, labelled, listing, percent_text, progress_format

FRENCH = {
    "{label}: {value}": "{label} : {value}",
    "{percent}%": "{percent} %",
    "%p%": "%p %",
}
ARABIC = {"; ": "؛ ", ", ": "، ", "{percent}%": "{percent}٪"}


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    assert Path(found).exists(), "pyside6-lrelease comes with PySide6"
    return found


def catalogue(tmp_path: Path, language: str, texts: dict[str, str]) -> Path:
    """A compiled catalogue holding only the TextPatterns context, as a translator writes it."""
    messages = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(text)}</translation></message>"
        for source, text in texts.items()
    )
    ts = tmp_path / f"patterns_{language}.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
        f'language="{language}"><context><name>TextPatterns</name>{messages}</context></TS>',
        encoding="utf-8",
    )
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def translated(qapp: QCoreApplication) -> Iterator[list[QTranslator]]:
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def use(qapp: QCoreApplication, qm: Path, installed: list[QTranslator]) -> None:
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    installed.append(translator)


def test_english_patterns(qapp: QCoreApplication) -> None:
    install_language("en")
    assert labelled("Camera", "Canon EOS 40D") == "Camera: Canon EOS 40D"
    assert clauses(["queued: 2", "not ready: 1"]) == "queued: 2; not ready: 1"
    assert listing(["photos", "maps"]) == "photos, maps"
    assert percent_text(40) == "40%"
    assert progress_format() == "%p%"


def test_french_puts_a_space_before_the_colon_and_the_percent_sign(
    qapp: QCoreApplication, tmp_path: Path, translated: list[QTranslator]
) -> None:
    use(qapp, catalogue(tmp_path, "fr", FRENCH), translated)
    assert labelled("Appareil", "Canon EOS 40D") == "Appareil : Canon EOS 40D"
    assert percent_text(0) == "0 %"
    assert progress_format() == "%p %"


def test_arabic_separates_with_its_own_comma_and_semicolon(
    qapp: QCoreApplication, tmp_path: Path, translated: list[QTranslator]
) -> None:
    use(qapp, catalogue(tmp_path, "ar", ARABIC), translated)
    assert listing(["صور", "خرائط"]) == "صور، خرائط"
    assert clauses(["أ", "ب"]) == "أ؛ ب"
    assert percent_text(40) == "40٪"


def test_swedish_progress_bars_and_percentages_follow_the_catalogue(window: MainWindow) -> None:
    install_language("sv")
    assert percent_text(40) == "40 %"
    assert window.partnerships_area.detail.checklists.progress_bar.format() == "%p %"
    install_language("en")
    assert window.partnerships_area.detail.checklists.progress_bar.format() == "%p%"
