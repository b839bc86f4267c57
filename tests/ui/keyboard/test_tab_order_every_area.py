"""Tab goes through every area, and every tab page in it, once round every control in reading
order, and out again (issue 12, §4) — left to right, and right to left in an RTL layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.requests.drafts import new_request
from desktop_app.ui.main_window import MainWindow
from tests.ui.keyboard.conftest import area_pages, keyboard_stops
from tests.ui.keyboard.reading_order import describe, out_of_order, tab_walk

# Deliberate exceptions to reading order, as (from, to) object names, each with its reason.
ALLOWED_JUMPS: set[tuple[str, str]] = set()


def tab_order_problems(qtbot: QtBot, window: MainWindow) -> dict[str, list[str]]:
    """Where Tab misses a control, sticks, or goes back against reading order."""
    found: dict[str, list[str]] = {}
    window.activateWindow()
    for where, area in area_pages(qtbot, window):
        walked = tab_walk(qtbot, window.nav, area)
        inside, left_to = walked[:-1], walked[-1]
        problems = []
        if area.isAncestorOf(left_to):
            problems.append(f"Tab is stuck at {describe(left_to)}")
        expected = [widget for widget in keyboard_stops(area) if widget.isEnabled()]
        problems += [f"never reached: {describe(w)}" for w in expected if w not in inside]
        problems += out_of_order(inside, ALLOWED_JUMPS)
        if problems:
            found[where] = problems
    return found


@pytest.fixture
def window_with_a_request(filled_window: MainWindow) -> MainWindow:
    """The filled window, with a draft request open in Requests (its editor shown)."""
    window = filled_window
    request_id = new_request(window.ctx.db, subject="Licence for the photographs?")
    window.requests_area.refresh()
    window.requests_area.open_request(request_id)
    return window


def test_tab_reaches_every_control_once_in_reading_order_in_every_area(
    qtbot: QtBot, window_with_a_request: MainWindow
) -> None:
    found = tab_order_problems(qtbot, window_with_a_request)
    assert not found, "\n".join(f"{where}: {problems}" for where, problems in found.items())


def test_tab_follows_reading_order_right_to_left(
    qtbot: QtBot, window_with_a_request: MainWindow
) -> None:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.wait(50)
        found = tab_order_problems(qtbot, window_with_a_request)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert not found, "\n".join(f"{where}: {problems}" for where, problems in found.items())


def test_the_check_finds_a_field_reached_before_the_one_above_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    window.show_area(window.areas.index(window.log_area))
    box = QWidget(window.log_area)
    upper, lower = QLineEdit(box), QLineEdit(box)
    upper.setObjectName("upper")
    lower.setObjectName("lower")
    column = QVBoxLayout(box)
    column.addWidget(upper)
    column.addWidget(lower)
    box.show()
    qtbot.wait(20)
    assert out_of_order([upper, lower], set()) == []
    assert out_of_order([lower, upper], set()) == [f"{describe(lower)} → {describe(upper)}"]
