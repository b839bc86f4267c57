"""Translation catalogues: complete Swedish, compiled on demand in a fresh checkout."""

from __future__ import annotations

import logging
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.system.paths import translations_dir
from desktop_app.ui import i18n

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


def test_missing_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    shutil.copy(SWEDISH_TS, tmp_path / SWEDISH_TS.name)
    catalogue = i18n.catalogue_for("sv", tmp_path)
    assert catalogue == tmp_path / "fieldkit_sv.qm"
    assert catalogue.stat().st_size > 1000


def test_without_lrelease_a_missing_catalogue_falls_back_to_english_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shutil.copy(SWEDISH_TS, tmp_path / SWEDISH_TS.name)
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    with caplog.at_level(logging.WARNING):
        assert i18n.catalogue_for("sv", tmp_path) is None
    assert "pyside6-lrelease not found" in caplog.text


def test_language_picker_offers_english_first_then_swedish() -> None:
    assert i18n.available_languages()[:2] == ["en", "sv"]
