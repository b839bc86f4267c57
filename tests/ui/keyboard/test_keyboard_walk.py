"""The main path with the keyboard alone (issue 12, §4): new partnership → tick a step →
new help request → queue it, by key events only; and the main actions are one key away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.checklists import get_checklists
from desktop_app.services.partnerships import list_partnerships
from desktop_app.services.requests.drafts import list_requests
from desktop_app.store.models import RequestState
from desktop_app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard has nowhere to go"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key, where the keyboard is now (as a user's key press goes)."""
    qtbot.keyClick(focused(), key, modifier)
    qtbot.wait(10)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_until(qtbot: QtBot, reached: Callable[[QWidget], bool], limit: int = 60) -> QWidget:
    """Press Tab until the focus is on a widget for which ``reached`` holds."""
    for _ in range(limit):
        if reached(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; the focus is on {focused().objectName()!r}")


def test_new_partnership_tick_a_step_new_request_and_queue_it_by_keyboard_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    window.nav.setFocus()
    db = window.ctx.db

    # New partnership: Ctrl+N, type the name, Enter.
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    type_text(qtbot, "Nordic Museum")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    # A window manager hands the focus back to the window; the offscreen platform has none.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    [partnership] = list_partnerships(db)
    assert partnership.name == "Nordic Museum"
    assert window.current_area() is window.partnerships_area

    # Its checklists tab (Alt+S), a checklist from the first template (Alt+C, Alt+A).
    press(qtbot, Qt.Key.Key_S, ALT)
    press(qtbot, Qt.Key.Key_C, ALT)
    assert focused().objectName() == "checklistTemplate"
    press(qtbot, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: len(get_checklists(db, partnership.id)) == 1)

    # Tab to the steps, Down to the first step, Space ticks it.
    tree = tab_until(qtbot, lambda widget: widget.objectName() == "checklistTree")
    assert isinstance(tree, QTreeWidget)
    press(qtbot, Qt.Key.Key_Home)  # the checklist's heading
    press(qtbot, Qt.Key.Key_Down)  # its first step
    first = tree.currentItem()
    assert first is not None and first.parent() is not None
    press(qtbot, Qt.Key.Key_Space)

    def first_step_done() -> None:
        [checklist] = get_checklists(db, partnership.id)
        assert [step.status for step in checklist.items][:1] == ["done"]

    qtbot.waitUntil(first_step_done, timeout=2000)

    # New help request: Ctrl+Shift+N puts the keyboard in the subject.
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    assert window.current_area() is window.requests_area
    assert focused() is window.requests_area.editor.subject_edit
    type_text(qtbot, "Which licence for the museum's photographs?")
    tab_until(qtbot, lambda widget: widget is window.requests_area.editor.body_edit)
    type_text(qtbot, "They were taken by staff in 2008.")

    # Queue it: Alt+D ("Sen&d").
    press(qtbot, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: list_requests(db)[0].state == RequestState.QUEUED)  # animated click
    [request] = list_requests(db)
    assert request.subject == "Which licence for the museum's photographs?"
    assert request.state == RequestState.QUEUED
