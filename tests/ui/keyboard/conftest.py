"""Fixtures for the keyboard and layout tests: a window with something in every area."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QScrollBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.partnerships import create_partnership
from desktop_app.ui.areas.base import Area
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


def area_pages(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, Area]]:
    """Every area, and every page of every tab widget in it, shown in turn."""
    window.show_desk(True)
    for row, area in enumerate(window.areas):
        window.show_area(row)
        qtbot.wait(50)
        tab_widgets = [tabs for tabs in area.findChildren(QTabWidget) if tabs.isVisible()]
        pages = [(tabs, index) for tabs in tab_widgets for index in range(tabs.count())]
        for tabs, index in [(None, 0), *pages]:
            if tabs is not None:
                if not tabs.isTabEnabled(index):
                    continue
                show_page_of(tabs)
                tabs.setCurrentIndex(index)
                qtbot.wait(20)
            yield area.nav_label() + (f" / {tabs.tabText(index)}" if tabs else ""), area


def show_page_of(widget: QWidget) -> None:
    """Bring forward the tab pages that hold ``widget`` (a tab widget inside another's page)."""
    parent = widget.parentWidget()
    while parent is not None:
        outer = parent.parentWidget()
        if outer is not None and isinstance(outer.parentWidget(), QTabWidget):
            tabs = outer.parentWidget()
            assert isinstance(tabs, QTabWidget)
            if tabs.indexOf(parent) >= 0:
                tabs.setCurrentWidget(parent)
        parent = outer
