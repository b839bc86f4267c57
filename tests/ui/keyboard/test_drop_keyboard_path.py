"""Dropping files on Media is not the only way in (issue 12, §4: no action only on a mouse
gesture): the same import, files or a whole folder, by key events alone — the shortcut,
then Qt's own file dialog driven from the keyboard."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.ui.main_window import MainWindow
from tests.conftest import MEDIA_SAMPLES
from tests.ui.conftest import wait_for_operations

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def answer_file_dialog(qtbot: QtBot, typed: str, seen: list[str]) -> None:
    """Once the file dialog is up (it runs its own event loop): type ``typed`` in its file
    name box and press Enter, as a user would."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)  # not up yet
            return
        seen.append(dialog.windowTitle())
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_box is not None
        dialog.activateWindow()  # a window manager would: the offscreen platform has none
        qtbot.waitUntil(dialog.isActiveWindow)
        name_box.setFocus()
        qtbot.keyClicks(name_box, typed)
        completer = name_box.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible():  # the suggestions take the keys first
            qtbot.keyClick(popup, Qt.Key.Key_Escape)
        qtbot.keyClick(name_box, Qt.Key.Key_Return)
        QTimer.singleShot(3000, dialog, dialog.reject)  # never hang; gone with the dialog

    QTimer.singleShot(50, answer)


def test_files_and_a_folder_come_into_media_by_keyboard_alone(
    qtbot: QtBot, filled_window: MainWindow, tmp_path: Path
) -> None:
    window = filled_window
    area = window.media_area
    window.activateWindow()
    window.nav.setFocus()
    before = area.model.total_rows()
    one_file = tmp_path / "by-keys" / "Fujifilm_FinePix_E500.jpg"
    one_file.parent.mkdir()
    shutil.copy2(MEDIA_SAMPLES / "camera" / "Fujifilm_FinePix_E500.jpg", one_file)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    for name in ("Kodak_CX7530.jpg", "Olympus_C8080WZ.jpg"):
        shutil.copy2(MEDIA_SAMPLES / "camera" / name, folder / name)
    seen: list[str] = []

    answer_file_dialog(qtbot, str(one_file), seen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, CTRL)  # Import files…
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: area.model.total_rows() == before + 1, timeout=5000)

    window.activateWindow()  # back from the dialog (a window manager would do this)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    answer_file_dialog(qtbot, str(folder), seen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, CTRL | SHIFT)  # Import folder…
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: area.model.total_rows() == before + 3, timeout=5000)
    assert len(seen) == 2  # both went through a real file dialog
    assert window.current_area() is area
