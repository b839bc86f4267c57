"""The shell: navigation to every area, language switching, layout direction, a look."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import load_settings
from desktop_app.ui.i18n import PSEUDO_RTL_ENV, install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.navigation import DESK_ROW, area_labels

ENGLISH_NAV = ["Partnerships", "Requests", "Media", "Uploads", "Settings", "Log"]
SWEDISH_NAV = [
    "Partnerskap",
    "Förfrågningar",
    "Media",
    "Uppladdningar",
    "Inställningar",
    "Logg",
]


def nav_labels(window: MainWindow) -> list[str]:
    """The areas the navigation shows (the Helpdesk desk only for helpdesk staff)."""
    items = [window.nav.item(row) for row in range(window.nav.count())]
    return [item.text() for item in items if not item.isHidden()]


def area_title(window: MainWindow) -> str:
    title = window.current_area().findChild(QLabel, "areaTitle")
    assert title is not None
    return title.text()


def test_navigation_lists_every_area_and_opens_on_partnerships(window: MainWindow) -> None:
    assert nav_labels(window) == ENGLISH_NAV
    assert area_title(window) == "Partnerships"  # not an empty request form (issue 12)


def test_ctrl_number_shortcuts_visit_every_area_with_its_title(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    for number, label in enumerate(ENGLISH_NAV, start=1):
        qtbot.keyClick(
            window.nav, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.nav.currentRow() == number - 1
        assert area_title(window) == label


def test_arrow_keys_in_the_navigation_switch_areas(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setFocus()
    window.show_area(0)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert area_title(window) == "Requests"
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert area_title(window) == "Media"


def test_switching_language_in_settings_retranslates_live_and_persists(
    window: MainWindow, ctx: AppContext
) -> None:
    combo = window.settings_area.language_combo
    window.show_area(4)
    combo.setCurrentIndex(combo.findData("sv"))
    assert nav_labels(window) == SWEDISH_NAV
    assert area_title(window) == "Inställningar"
    assert window.requests_area.new_button.text() == "&Ny förfrågan"
    assert window.connection_status.pending_label.text() == "Inget väntar på att skickas"
    with ctx.db.session() as session:
        assert load_settings(session).language == "sv"

    combo.setCurrentIndex(combo.findData("en"))
    assert nav_labels(window) == ENGLISH_NAV
    with ctx.db.session() as session:
        assert load_settings(session).language == "en"


def test_pseudo_rtl_switch_mirrors_the_layout(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setenv(PSEUDO_RTL_ENV, "1")
    install_language("en")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    monkeypatch.delenv(PSEUDO_RTL_ENV)
    install_language("en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_rtl_languages_get_a_right_to_left_layout() -> None:
    from desktop_app.ui.i18n import layout_direction_for

    assert layout_direction_for("ar") == Qt.LayoutDirection.RightToLeft
    assert layout_direction_for("he") == Qt.LayoutDirection.RightToLeft
    assert layout_direction_for("sv") == Qt.LayoutDirection.LeftToRight


def test_window_screenshot_is_a_real_picture(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "main.png"
    assert window.grab().save(str(target))
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 10_000  # text, lists and widgets, not a blank rectangle
    image = window.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 10


def test_window_title_is_the_application_name(window: MainWindow) -> None:
    assert window.windowTitle() == "Fieldkit"
    assert QCoreApplication.translate("MainWindow", "Fieldkit") == "Fieldkit"


def test_the_frame_names_the_areas_as_the_areas_do(window: MainWindow) -> None:
    """The navigation is labelled before the areas exist (ui/navigation.py): the same
    catalogue entries as each area's own name, in every language."""
    try:
        for language in ("sv", "es", "fr", "pt", "ar", "en"):
            install_language(language)
            names = [area.nav_label() for area in window.areas]
            assert area_labels() == names, language
            assert [window.nav.item(row).text() for row in range(len(names))] == names
            assert (names[0] == "Partnerships") == (language == "en"), language
    finally:
        install_language("en")


def test_a_frame_without_a_data_folder_paints_and_closes(qtbot: QtBot) -> None:
    """The frame the app shows before it opens the store: navigation, nothing else yet."""
    frame = MainWindow()
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    assert not frame.attached
    assert frame.nav.count() == len(area_labels()) and frame.nav.item(DESK_ROW).isHidden()
    assert not frame.grab().isNull()
    frame.close()  # nothing to flush or stop: must not fail
