"""Tab goes through an area in the order it is drawn, and never gets stuck in a table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.action_row import ActionRow
from desktop_app.ui.main_window import MainWindow


def tab_chain(qtbot: QtBot, start: QWidget, count: int) -> list[QWidget]:
    """The widgets Tab reaches from ``start``, in order (stops where it comes round)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen: list[QWidget] = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or widget in seen:
            break
        seen.append(widget)
    return seen


def test_tab_leaves_the_partners_list_for_the_partnerships_page(
    qtbot: QtBot, filled_window: MainWindow
) -> None:
    window = filled_window
    window.activateWindow()
    area = window.partnerships_area
    pane = area.list_pane
    tools = area.findChild(ActionRow, "partnershipTools")
    assert isinstance(tools, ActionRow)
    chain = tab_chain(qtbot, window.nav, 20)
    # The tools and the tabs are drawn above the list: Tab reaches them first.
    above = [*tools.tab_stops(), area.tabs.tabBar()]
    assert chain[: len(above)] == above
    chain = chain[len(above) :]
    assert chain[:5] == [
        pane.new_button,
        pane.search_edit,
        pane.kind_filter,
        pane.status_filter,
        pane.table,
    ]
    assert window.partnerships_area.detail.form.rows["name"].editor in chain[5:]


def test_media_tab_order_goes_row_by_row_down_to_the_table_and_on(
    qtbot: QtBot, filled_window: MainWindow
) -> None:
    window = filled_window
    window.show_area(window.areas.index(window.media_area))
    window.activateWindow()
    area = window.media_area
    chain = tab_chain(qtbot, window.nav, 60)
    table_at = chain.index(area.table.view)
    above = chain[:table_at]
    assert above[0] is area.batch_bar.batch_combo
    rows = [widget.mapTo(window, widget.rect().topLeft()).y() for widget in above]
    assert rows == sorted(rows), "Tab jumps back up before the table"
    buttons = [*area.batch_actions.tab_stops(), *area.table.toolbar.tab_stops()]
    assert {button for button in buttons if button.isEnabled()} <= set(above)
    after = chain[table_at + 1 :]
    assert any(area.detail.isAncestorOf(widget) for widget in after)  # not stuck in the table
    assert not any(
        isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation() for widget in chain
    )
