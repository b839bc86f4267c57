"""Noticing the main window's first paint: for the start-up benchmark and the bundle test.

``FIELDKIT_EXIT_AFTER_PAINT=1`` quits as soon as the window has been painted once (so a
benchmark can time "start to window shown" from outside, process start included), or
``FIELDKIT_EXIT_AFTER_PAINT=after:SECONDS`` that long after it (to read idle memory);
``FIELDKIT_PAINT_STAMP=PATH`` writes the wall-clock time of the first paint to ``PATH``
(so the benchmark leaves the shutdown out of "start to window shown");
``FIELDKIT_OPEN_AREA=ROW`` switches to that navigation row right after the first paint
(to measure memory with, say, the Media area open); ``FIELDKIT_SCREENSHOT=PATH`` saves a
picture of the window then quits (the packaged bundle's smoke test looks at it). None of
them changes anything when unset.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

EXIT_AFTER_PAINT_ENV = "FIELDKIT_EXIT_AFTER_PAINT"
PAINT_STAMP_ENV = "FIELDKIT_PAINT_STAMP"
OPEN_AREA_ENV = "FIELDKIT_OPEN_AREA"
SCREENSHOT_ENV = "FIELDKIT_SCREENSHOT"


class FirstPaint(QObject):
    """Calls ``action`` once, right after ``window``'s first paint event."""

    def __init__(self, window: QWidget, action: Callable[[], None]) -> None:
        super().__init__(window)
        self._action = action
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            stamp = os.environ.get(PAINT_STAMP_ENV)
            if stamp:  # now, not in the queued action: that runs after the paint ends
                with open(stamp, "w", encoding="ascii") as out:
                    out.write(repr(time.time()))
            QTimer.singleShot(0, self._action)
        return False


def watch_first_paint(window: QWidget, app: QApplication) -> FirstPaint | None:
    """Install what the environment asks for (nothing, usually)."""
    screenshot = os.environ.get(SCREENSHOT_ENV)
    if screenshot:

        def save_and_quit() -> None:
            saved = window.grab().save(screenshot)
            log.info("Screenshot of the main window saved to %s: %s", screenshot, saved)
            app.quit()

        return FirstPaint(window, save_and_quit)
    actions: list[Callable[[], None]] = []
    open_area = os.environ.get(OPEN_AREA_ENV, "")
    show_area = getattr(window, "show_area", None)
    if open_area.isdigit() and callable(show_area):
        actions.append(lambda: show_area(int(open_area)))
    exit_after = os.environ.get(EXIT_AFTER_PAINT_ENV, "")
    if exit_after == "1":
        actions.append(app.quit)
    elif exit_after.startswith("after:"):
        delay_ms = int(float(exit_after.removeprefix("after:")) * 1000)
        actions.append(lambda: QTimer.singleShot(delay_ms, app.quit))
    if not actions and not os.environ.get(PAINT_STAMP_ENV):
        return None

    def run_all() -> None:
        for action in actions:
            action()

    return FirstPaint(window, run_all)
