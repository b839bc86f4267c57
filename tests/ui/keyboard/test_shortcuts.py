"""The main actions have shortcuts, named in menus, tooltips and Help → Keyboard shortcuts,
and each is one key press away (issue 12, §4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QTreeWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui import shortcuts
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.shortcut_list import ShortcutListDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def keys_text(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def main_actions(window: MainWindow) -> dict[str, QAction]:
    menus = window.menus
    return {
        "new partnership": menus.new_partnership,
        "new request": menus.new_request,
        "import files": menus.import_files,
        "import folder": menus.import_folder,
        "start uploads": menus.start_uploads,
        "pause uploads": menus.pause_uploads,
        "find": menus.find,
        "send now": menus.send_now,
    }


def test_main_actions_have_shortcuts_named_in_their_menus_and_tooltips(
    window: MainWindow,
) -> None:
    in_menus = {
        action
        for menu in (window.menus.file_menu, window.menus.media_menu, window.menus.uploads_menu)
        for action in menu.actions()
    } | set(window.menus.view_menu.actions())
    for name, action in main_actions(window).items():
        assert not action.shortcut().isEmpty(), name
        assert action in in_menus, name  # a menu shows the keys beside the text
        assert action.toolTip().endswith(f"({keys_text(action)})"), (name, action.toolTip())
    assert keys_text(window.menus.new_partnership) == shortcuts.NEW_PARTNERSHIP.text()


def test_the_areas_buttons_name_the_same_shortcut_in_their_tooltips(window: MainWindow) -> None:
    menus = window.menus
    for button, action in (
        (window.partnerships_area.list_pane.new_button, menus.new_partnership),
        (window.requests_area.new_button, menus.new_request),
        (window.media_area.batch_bar.files_button, menus.import_files),
        (window.media_area.batch_bar.folder_button, menus.import_folder),
    ):
        assert f"({keys_text(action)})" in button.toolTip(), button.objectName()


def test_each_main_action_is_one_key_press_away(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    assert window.current_area() is window.partnerships_area
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.partnerships_area.list_pane.search_edit

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL | SHIFT)
    assert window.current_area() is window.requests_area
    assert QApplication.focusWidget() is window.requests_area.editor.subject_edit

    chosen: list[str] = []  # the file dialogs themselves are Qt's; that the key opens them:
    monkeypatch.setattr(window.media_area.batch_bar, "choose_files", lambda: chosen.append("f"))
    monkeypatch.setattr(window.media_area.batch_bar, "choose_folder", lambda: chosen.append("d"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, CTRL)
    assert window.current_area() is window.media_area
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, CTRL | SHIFT)
    assert chosen == ["f", "d"]

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, CTRL | SHIFT)
    assert window.current_area() is window.uploads_area
    qtbot.waitUntil(lambda: window.uploads_area.queue_view.snapshot.paused_all, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, CTRL)
    qtbot.waitUntil(lambda: not window.uploads_area.queue_view.snapshot.paused_all, timeout=3000)


def test_help_lists_every_menu_action_with_its_keys(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.menus.show_shortcut_list()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ShortcutListDialog)
    tree = dialog.findChild(QTreeWidget, "shortcutTree")
    assert tree is not None
    rows = {}
    for group in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(group)
        for child in range(heading.childCount()):
            item = heading.child(child)
            rows[item.text(0)] = item.text(1)
    for action in main_actions(window).values():
        text = action.text().replace("&", "")
        assert rows.get(text) == keys_text(action), text
    assert rows["Next or previous field"] == "Tab, Shift+Tab"
