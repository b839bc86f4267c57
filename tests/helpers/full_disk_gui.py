"""The GUI on a disk that fills up while it runs, and the GUI started on a full disk.

Run by tests/helpers/full_disk.py inside its mount namespace, offscreen:

    python -m tests.helpers.full_disk_gui running DATA_DIR SHOTS_DIR
        opens the window, prints "ready", waits for a line on stdin (the disk is full
        now), then types into the request composer and a partnership's notes
    python -m tests.helpers.full_disk_gui start DATA_DIR SHOTS_DIR
        starts the app the way ``fieldkit`` does, on the full disk

Prints JSON: what the composer's status line and the notices say; screenshots are saved.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.app import create_application, open_or_explain
from desktop_app.services.checklists import add_checklist, get_checklists
from desktop_app.services.partnerships import find_partnership
from desktop_app.store.bundled import checklist_templates
from desktop_app.store.context import AppContext
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sync_monitor import SyncMonitor


def visible_notice() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    return next((box for box in boxes if box.isVisible()), None)


def running(data_dir: str, shots: Path) -> dict[str, object]:
    app = QApplication.instance()
    ctx = AppContext.open(data_dir)
    window = MainWindow(ctx, SyncMonitor(ctx))
    undo_hook = window.disk_full_notice.install_excepthook()
    window.resize(1100, 760)
    window.show()
    QTest.qWaitForWindowExposed(window)
    editor = window.requests_area.editor
    editor.start_new()
    museum = find_partnership(ctx.db, "Museum ✓")
    assert museum is not None
    add_checklist(ctx.db, museum.id, checklist_templates()[0].id)  # while there is room
    print("ready", flush=True)
    sys.stdin.readline()  # the disk is full now

    QTest.keyClicks(editor.subject_edit, "Typed on a full disk")
    QTest.keyClicks(editor.body_edit, "Två tusen glasplåtar")
    saved = editor.flush()
    QTest.qWait(100)
    window.grab().save(str(shots / "composer-disk-full.png"))
    status = editor.save_status.text()

    # A partnership's notes: its form says it where it says "Saved".
    window.show_area(0)
    window.partnerships_area.list_pane.select(museum.id)
    detail = window.partnerships_area.detail
    notes = detail.form.rows["notes"].editor
    notes.setFocus()
    QTest.keyClicks(notes, "A note")
    QTest.qWait(1000)
    partnership_status = detail.form.save_status.text()
    # A checklist step's note: under the note.
    detail.tabs.setCurrentWidget(detail.checklists)
    step_editor = detail.checklists.editor
    step_note = step_editor.note_edit
    step_editor.show_item(get_checklists(ctx.db, museum.id)[0].items[0])
    step_note.setFocus()
    QTest.keyClicks(step_note, "Step note")
    QTest.qWait(1000)
    step_message = step_editor.save_message.text()
    # Ticking the step done saves from a button's slot that no form wraps: the notice over
    # the window says it (once, however many saves fail).
    step_editor.status_buttons.button(1).click()
    step_editor.status_buttons.button(0).click()
    QTest.qWait(300)
    notices = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    notice = visible_notice()
    box_text = notice.text() if notice is not None else ""
    if notice is not None:
        window.grab().save(str(shots / "window-disk-full.png"))
        notice.grab().save(str(shots / "notice-disk-full.png"))
    undo_hook()
    assert app is not None
    return {
        "saved": saved,
        "status": status,
        "box": box_text,
        "typed_kept": editor.body_edit.toPlainText(),
        "notes_kept": notes.toPlainText(),
        "partnership_status": partnership_status,
        "notices_open": len(notices),
        "step_note_kept": step_note.toPlainText(),
        "step_message": step_message,
    }


def start(data_dir: str, shots: Path) -> dict[str, object]:
    ctx = open_or_explain(data_dir, wait=False)
    notice = visible_notice()
    if notice is not None:
        QTest.qWait(100)
        notice.grab().save(str(shots / "start-disk-full.png"))
    return {"opened": ctx is not None, "box": notice.text() if notice is not None else ""}


def main(mode: str, data_dir: str, shots: str) -> dict[str, object]:
    create_application(["fieldkit"])
    install_language("en")
    folder = Path(shots)
    folder.mkdir(parents=True, exist_ok=True)
    return running(data_dir, folder) if mode == "running" else start(data_dir, folder)


if __name__ == "__main__":
    try:
        print(json.dumps(main(*sys.argv[1:4]), ensure_ascii=False), flush=True)
    except BaseException:
        traceback.print_exc()  # the app's hook may be installed: print it ourselves
        raise
