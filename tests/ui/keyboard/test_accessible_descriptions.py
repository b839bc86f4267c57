"""Every control a keyboard reaches has a description a screen reader reads after its name
(issue 12, §4). Qt gives the tooltip when no description is set, so a tooltip that helps
sighted users too counts; form fields describe their problems, or else what they are for.

Before this test, 105 of the controls lacked one; now none does, and a new control
without one fails here."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTabBar, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.main_window import MainWindow
from tests.ui.keyboard.conftest import accessible_name, area_pages, keyboard_stops


def accessible_description(widget: QWidget) -> str:
    """What a screen reader reads after the name (Qt falls back to the tooltip)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if isinstance(widget, QTabBar) and interface is not None:  # the focused tab is read
        interface = interface.child(widget.currentIndex())
    return interface.text(QAccessible.Text.Description).strip() if interface else ""


def control_key(widget: QWidget) -> str:
    return f"{type(widget).__name__}:{widget.objectName() or accessible_name(widget)}"


def undescribed(qtbot: QtBot, window: MainWindow) -> tuple[dict[str, str], int]:
    """Each keyboard stop without a description (by its key, with where it is), and how
    many stops were looked at."""
    found: dict[str, str] = {}
    checked = 0
    for where, area in area_pages(qtbot, window):
        for widget in keyboard_stops(area):
            checked += 1
            if not accessible_description(widget):
                found.setdefault(control_key(widget), where)
    return found, checked


def test_every_control_in_every_area_has_a_description(
    qtbot: QtBot, filled_window: MainWindow
) -> None:
    found, checked = undescribed(qtbot, filled_window)
    assert checked > 100  # the walk really saw the areas' controls
    assert not found, "\n".join(f"{where}: {key}" for key, where in found.items())


def test_main_actions_are_described(filled_window: MainWindow) -> None:
    window = filled_window
    actions = [
        window.media_area.batch_bar.new_button,
        window.media_area.detail.fields.add_description,
        window.settings_area.test_button,
        window.settings_area.save_button,
        window.log_area.refresh_button,
    ]
    assert all(accessible_description(button) for button in actions)


def test_a_control_without_a_description_is_found(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Mystery", window.log_area)
    button.setObjectName("mystery")
    button.show()
    found, _checked = undescribed(qtbot, window)
    assert "QPushButton:mystery" in found
    button.setToolTip("Does something explained here.")
    assert "QPushButton:mystery" not in undescribed(qtbot, window)[0]
