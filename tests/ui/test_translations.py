"""Every interface catalogue: complete, placeholders and accelerators intact, current with
the sources; and Swedish live in every area.

A string added to the UI without a translation in every language fails here, with what
to run. Each ``translations/fieldkit_<code>.ts`` is checked the same way.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.system.paths import translations_dir
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.media.table_model import TITLE
from desktop_app.ui.requests.delivery_text import state_label
from desktop_app.ui.requests.field_texts import field_label

REPO = Path(__file__).resolve().parents[2]
SWEDISH_TS = translations_dir() / "fieldkit_sv.ts"
CATALOGUES = sorted(translations_dir().glob("fieldkit_*.ts"))
# "&File" marks F as the keyboard accelerator; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"&(?!&)\w")
# {name} placeholders filled by str.format, %n plurals, %1/%v/%m filled by Qt or by hand.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d|%v|%m")
UPDATE_HINT = (
    "run `python scripts/translations.py update --no-obsolete` and translate the new "
    "messages in every translations/fieldkit_*.ts"
)

MessageKey = tuple[str, str, str]  # context, source, disambiguation comment


def messages(ts_file: Path) -> Iterator[tuple[MessageKey, ET.Element]]:
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            yield key, message


def translated_forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def lupdate() -> str:
    """``pyside6-lupdate`` next to this Python (an unactivated venv) or on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.fail("pyside6-lupdate not found: it ships with PySide6-Essentials (scripts/test.sh)")
    return found


def test_there_are_catalogues_for_every_language_the_app_offers() -> None:
    from desktop_app.core.settings import SUPPORTED_LANGUAGES

    shipped = {path.stem.removeprefix("fieldkit_") for path in CATALOGUES}
    assert shipped == set(SUPPORTED_LANGUAGES) - {"en"}


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.stem)
def test_every_message_is_translated_with_its_placeholders_and_accelerator(
    catalogue: Path,
) -> None:
    problems = []
    for (context, source, _comment), message in messages(catalogue):
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        forms = translated_forms(message)
        if kind in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
            continue
        if message.get("numerus") == "yes" and len(forms) < 2:
            problems.append(f"{context}: {source!r} needs every plural form")
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
            if ACCELERATOR.search(source) and not ACCELERATOR.search(form):
                problems.append(f"{context}: {source!r} -> {form!r} lost its accelerator (&)")
    assert not problems, f"{catalogue.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.stem)
def test_each_catalogue_has_every_string_in_the_sources(tmp_path: Path, catalogue: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(
        str(path) for path in (REPO / "desktop_app").rglob("*.py") if "migrations" not in path.parts
    )
    subprocess.run(
        [lupdate(), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    extracted = {key for key, _message in messages(fresh)}
    catalogued = {key for key, _message in messages(catalogue)}
    assert len(extracted) > 600  # lupdate really read the sources
    missing = sorted(extracted - catalogued)
    assert not missing, f"{len(missing)} UI string(s) not in {catalogue.name}; {UPDATE_HINT}:\n" + (
        "\n".join(f"  {context}: {source!r}" for context, source, _comment in missing)
    )
    stale = sorted(catalogued - extracted)
    assert not stale, f"{catalogue.name} has strings no longer in the sources; {UPDATE_HINT}:\n" + (
        "\n".join(f"  {context}: {source!r}" for context, source, _comment in stale)
    )


def area_title(window: MainWindow) -> str:
    title = window.current_area().findChild(QLabel, "areaTitle")
    assert title is not None
    return title.text()


def visible_texts(window: MainWindow) -> dict[str, list[str]]:
    """Per area: its title and a few texts from the widgets of that area."""
    texts: dict[str, list[str]] = {}
    for row, key in enumerate(("partnerships", "requests", "media", "uploads", "settings", "log")):
        window.show_area(row)
        texts[key] = [area_title(window), window.nav.item(row).text()]
    partnerships, media = window.partnerships_area, window.media_area
    texts["partnerships"] += [
        partnerships.list_pane.new_button.text(),
        partnerships.tabs.tabText(1),
    ]
    texts["requests"] += [window.requests_area.tabs.tabText(0), field_label("subject")]
    texts["requests"] += [state_label("draft")]
    texts["media"] += [
        media.batch_bar.batch_label.text(),
        str(media.model.headerData(TITLE, Qt.Orientation.Horizontal)),
    ]
    texts["uploads"] += [window.uploads_area.tabs.tabText(0), window.uploads_area.tabs.tabText(1)]
    texts["settings"] += [window.settings_area.upload_settings.title()]
    texts["log"] += [window.log_area.refresh_button.text()]
    return texts


SWEDISH = {
    "partnerships": ["Partnerskap", "Partnerskap", "N&ytt partnerskap…", "Gu&ider"],
    "requests": ["Förfrågningar", "Förfrågningar", "&Förfrågan", "&Ämne", "Utkast"],
    "media": ["Media", "Media", "&Omgång:", "Titel"],
    "uploads": ["Uppladdningar", "Uppladdningar", "&Kö", "&Rapport"],
    "settings": ["Inställningar", "Inställningar", "Uppladdningar"],
    "log": ["Logg", "Logg", "Upp&datera"],
}
ENGLISH = {
    "partnerships": ["Partnerships", "Partnerships", "&New partnership…", "&Guides"],
    "requests": ["Requests", "Requests", "Re&quest", "&Subject", "Draft"],
    "media": ["Media", "Media", "&Batch:", "Title"],
    "uploads": ["Uploads", "Uploads", "&Queue", "&Report"],
    "settings": ["Settings", "Settings", "Uploads"],
    "log": ["Log", "Log", "&Refresh"],
}


def test_switching_to_swedish_translates_every_area_and_back(window: MainWindow) -> None:
    assert visible_texts(window) == ENGLISH
    assert install_language("sv")
    assert visible_texts(window) == SWEDISH
    install_language("en")
    assert visible_texts(window) == ENGLISH
