"""Fixtures for the keyboard and layout tests: a window with something in every area."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QScrollBar, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.partnerships import create_partnership
from desktop_app.ui.main_window import MainWindow
from tests.conftest import MEDIA_SAMPLES
from tests.ui.media.conftest import import_files

SAMPLES = ("camera/Canon_40D.jpg", "camera/Nikon_D70.jpg", "gps/DSCN0010.jpg")


@pytest.fixture
def filled_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """The window with a partnership (selected) and a batch of three files in Media."""
    partnership = create_partnership(window.ctx.db, "Nordic Museum", kind="museum", country="SE")
    folder = tmp_path / "partner-files"
    folder.mkdir()
    for name in SAMPLES:
        shutil.copy2(MEDIA_SAMPLES / name, folder / Path(name).name)
    window.show_area(window.areas.index(window.media_area))
    import_files(qtbot, window.media_area, sorted(folder.iterdir()))
    window.show_area(window.areas.index(window.partnerships_area))
    window.partnerships_area.refresh()
    assert window.partnerships_area.list_pane.select(partnership.id)
    return window


def keyboard_stops(root: QWidget) -> list[QWidget]:
    """The visible widgets Tab can reach below ``root`` (not the parts of a compound control,
    whose name is the control's: a spin box's line edit, a combo box's own editor)."""
    stops = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root.window()) or not widget.isVisible():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if isinstance(widget, QScrollBar):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue
        stops.append(widget)
    return stops


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
