"""Types steadily into one of the app's autosaved forms until it is killed.

Used by tests/ui/test_typing_survives_kill.py:

    python -m tests.helpers.typist FORM DATA_DIR ROUND

``FORM`` is ``composer`` (a new help request's description), ``partnership`` (the
notes of the partnership "Typing Museum"), ``checklist`` (the note of its first checklist
step) or ``media`` (the description of the one file of the batch "Typed"). The window is
offscreen; one key every :data:`KEY_INTERVAL_MS` goes to the field through Qt's own key
events, the way a steady typist's would. After each key the process prints
``typed INDEX MONOTONIC_TIME``; the test kills it with SIGKILL at a random moment and
compares what the database holds with what was typed when.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit

from desktop_app.app import create_application
from desktop_app.services.checklists import get_checklists
from desktop_app.services.partnerships import find_partnership
from desktop_app.store.context import AppContext
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sync_monitor import SyncMonitor

KEY_INTERVAL_MS = 40  # 25 keys a second: brisk, steady typing
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def round_text(round_number: int, length: int = 400) -> str:
    """What round ``round_number`` types: a marker, then letters."""
    marker = f"R{round_number}x"
    return marker + (LETTERS * (length // len(LETTERS) + 1))[: length - len(marker)]


def the_field(form: str, window: MainWindow, ctx: AppContext) -> QPlainTextEdit:
    """Open the form the way a user would, and return the text box to type into."""
    museum = find_partnership(ctx.db, "Typing Museum")
    assert museum is not None
    if form == "composer":
        window.show_area(window.areas.index(window.requests_area))
        editor = window.requests_area.editor
        editor.start_new()
        return editor.body_edit  # type: ignore[no-any-return]
    if form in ("partnership", "checklist"):
        window.show_area(window.areas.index(window.partnerships_area))
        window.partnerships_area.list_pane.select(museum.id)
        detail = window.partnerships_area.detail
        if form == "partnership":
            notes = detail.form.rows["notes"].editor
            assert isinstance(notes, QPlainTextEdit)
            return notes
        detail.tabs.setCurrentWidget(detail.checklists)
        step = get_checklists(ctx.db, museum.id)[0].items[0]
        detail.checklists.editor.show_item(step)
        return detail.checklists.editor.note_edit  # type: ignore[no-any-return]
    area = window.media_area
    window.show_area(window.areas.index(area))
    item_id = int(sys.argv[4])
    area.open_item(item_id)
    deadline = time.monotonic() + 20
    while area.detail.fields.item_id != item_id and time.monotonic() < deadline:
        QTest.qWait(50)
    QTest.qWait(1500)  # the batch's first page and checks settle (the form is rebuilt once)
    assert area.detail.fields.item_id == item_id
    box = area.detail.fields.edits["description:en"]
    assert isinstance(box, QPlainTextEdit)
    return box


def main(form: str, data_dir: str, round_number: int) -> None:
    app = create_application(["fieldkit"])
    install_language("en")
    ctx = AppContext.open(data_dir, log_to_file=False)
    window = MainWindow(ctx, SyncMonitor(ctx))
    window.resize(1100, 760)
    window.show()
    QTest.qWaitForWindowExposed(window)
    box = the_field(form, window, ctx)
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    text = round_text(round_number)
    position = 0

    def type_next() -> None:
        nonlocal position
        if position >= len(text):
            return
        QTest.keyClicks(box, text[position])
        print(f"typed {position} {time.monotonic():.4f}", flush=True)
        position += 1

    timer = QTimer()
    timer.timeout.connect(type_next)
    timer.start(KEY_INTERVAL_MS)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
