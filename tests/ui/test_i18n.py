"""Translation catalogues: complete Swedish, loaded from the package, English as fallback."""

from __future__ import annotations

import gc
import logging
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.system.paths import translations_dir
from desktop_app.ui import i18n
from desktop_app.ui.i18n import install_language

SWEDISH_TS = translations_dir() / "fieldkit_sv.ts"


def test_swedish_catalogue_is_complete() -> None:
    root = ET.parse(SWEDISH_TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 50
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        forms = [form.text for form in translation.findall("numerusform")] or [translation.text]
        assert all(forms), source
        for placeholder in ("{error}", "{path}", "{reason}", "{url}", "{time}", "%n"):
            if source and placeholder in source:
                assert all(placeholder in (form or "") for form in forms), source


def test_a_language_without_a_shipped_catalogue_falls_back_to_english_with_a_warning(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        with caplog.at_level(logging.WARNING):
            assert install_language("xx") is False
        assert "No translation catalogue for 'xx'" in caplog.text
        assert QCoreApplication.translate("MainWindow", "Areas") == "Areas"
    finally:
        install_language("en")


def test_the_swedish_catalogue_outlives_the_bytes_it_was_loaded_from(qapp: QApplication) -> None:
    """QTranslator.load(bytes) keeps a pointer, not a copy: the module must keep the bytes."""
    try:
        assert install_language("sv")
        gc.collect()
        overwrite = [bytes([7]) * 110_000 for _ in range(50)]  # reuse any freed memory
        assert QCoreApplication.translate("MainWindow", "Areas") == "Områden"
        del overwrite
    finally:
        install_language("en")


def test_language_picker_offers_english_first_then_every_shipped_catalogue() -> None:
    from desktop_app.services.translations import shipped_languages

    offered = i18n.available_languages()
    assert offered[0] == "en" and "sv" in offered
    assert offered[1:] == shipped_languages()
    assert all(code in i18n.LANGUAGE_NAMES for code in offered)  # each shown by its own name


def test_arabic_writes_numbers_in_western_digits_right_to_left(qapp: object) -> None:
    install_language("ar")
    try:
        locale = QLocale()
        assert locale.language() == QLocale.Language.Arabic
        assert locale.toString(1234) == "1,234"
        assert "٠" not in locale.toString(3.5, "f", 1)
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        install_language("en")
