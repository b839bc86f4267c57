"""Every control a keyboard reaches has a name a screen reader can say (issue 12, §4)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.ui.main_window import MainWindow
from tests.ui.keyboard.conftest import accessible_name, area_pages, keyboard_stops


def _unnamed(window: MainWindow) -> list[str]:
    return [
        f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"
        for widget in keyboard_stops(window)
        if not accessible_name(widget)
    ]


def test_every_control_in_every_area_and_tab_has_an_accessible_name(
    qtbot: QtBot, filled_window: MainWindow
) -> None:
    window = filled_window
    missing: dict[str, list[str]] = {}
    checked = 0
    for where, _area in area_pages(qtbot, window):
        checked += len(keyboard_stops(window))
        unnamed = _unnamed(window)
        if unnamed:
            missing[where] = unnamed
    assert checked > 100  # the walk really saw the areas' controls
    assert not missing, "\n".join(f"{where}: {names}" for where, names in missing.items())


def test_a_control_without_a_name_is_found(qtbot: QtBot, window: MainWindow) -> None:
    """The check itself: a nameless line edit in an area is reported."""
    from PySide6.QtWidgets import QLineEdit

    nameless = QLineEdit(window.requests_area)
    nameless.setObjectName("nameless")
    nameless.show()
    window.show_area(window.areas.index(window.requests_area))
    assert any("'nameless'" in entry for entry in _unnamed(window))
