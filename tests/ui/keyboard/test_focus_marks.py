"""A focused list or table is marked so a keyboard user sees where they are (issue 12, §4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.main_window import NAV_STYLE, MainWindow


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def edge(view: QWidget) -> QImage:
    """The view's top-left corner, where its frame is drawn."""
    return view.grab().toImage().copy(0, 0, 40, 6)


def test_the_focused_table_and_list_are_framed_and_unframed_when_left(
    qtbot: QtBot, filled_window: MainWindow
) -> None:
    window = filled_window
    window.activateWindow()
    table = window.media_area.table.view
    search = window.media_area.table.filter_edit
    focus(qtbot, search)
    plain = edge(table)
    assert table.styleSheet() == ""

    focus(qtbot, table)
    assert "palette(highlight)" in table.styleSheet()
    assert edge(table) != plain  # drawn, not only set

    focus(qtbot, window.nav)  # the navigation keeps its own style under the mark
    assert table.styleSheet() == "" and edge(table) == plain
    assert window.nav.styleSheet().startswith(NAV_STYLE)
    assert "palette(highlight)" in window.nav.styleSheet()

    focus(qtbot, search)
    assert window.nav.styleSheet() == NAV_STYLE
