"""Noticing the main window's first paint: for the start-up benchmark and the bundle test.

``FIELDKIT_EXIT_AFTER_PAINT=1`` quits as soon as the window has been painted once (so a
benchmark can time "start to window shown" from outside, process start included), or
``FIELDKIT_EXIT_AFTER_PAINT=after:SECONDS`` that long after it (to read idle memory);
``FIELDKIT_PAINT_STAMP=PATH`` writes the wall-clock time of the first paint to ``PATH``
(so the benchmark leaves the shutdown out of "start to window shown");
``FIELDKIT_READY_STAMP=PATH`` writes the time the window became usable (its areas built
on the opened data folder, after the first paint of its frame);
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

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

EXIT_AFTER_PAINT_ENV = "FIELDKIT_EXIT_AFTER_PAINT"
PAINT_STAMP_ENV = "FIELDKIT_PAINT_STAMP"
READY_STAMP_ENV = "FIELDKIT_READY_STAMP"
OPEN_AREA_ENV = "FIELDKIT_OPEN_AREA"
SCREENSHOT_ENV = "FIELDKIT_SCREENSHOT"


class FirstPaint(QObject):
    """Calls ``action`` once, after ``window``'s first paint and once it is usable.

    The main window paints its frame before its areas exist; an action (a screenshot,
    quitting for the benchmark) waits for its ``ready`` signal too.
    """

    def __init__(self, window: QWidget, action: Callable[[], None]) -> None:
        super().__init__(window)
        self._action = action
        self._painted = False
        self._ready = not hasattr(window, "ready")  # a plain widget is ready at once
        if not self._ready:
            window.ready.connect(self._on_ready)  # type: ignore[attr-defined]
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            _stamp(PAINT_STAMP_ENV)  # now, not in the queued action: that runs later
            if self._ready:
                QTimer.singleShot(0, self._action)
        return False

    def _on_ready(self) -> None:
        self._ready = True
        _stamp(READY_STAMP_ENV)
        if self._painted:
            QTimer.singleShot(0, self._action)


def _stamp(variable: str) -> None:
    path = os.environ.get(variable)
    if path:
        with open(path, "w", encoding="ascii") as out:
            out.write(repr(time.time()))


def wait_for_first_paint(window: QWidget, timeout_ms: int) -> None:
    """Run the event loop until ``window`` has been painted (or ``timeout_ms`` passed).

    So the frame is on screen before the slow part of the start begins.
    """
    loop = QEventLoop()
    watcher = _PaintWatcher(window, loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not watcher.painted:
        loop.exec()
    window.removeEventFilter(watcher)


class _PaintWatcher(QObject):
    def __init__(self, window: QWidget, painted: Callable[[], None]) -> None:
        super().__init__(window)
        self.painted = False
        self._on_painted = painted
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            QTimer.singleShot(0, self._on_painted)  # after this paint has finished
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
    if not actions and not os.environ.get(PAINT_STAMP_ENV) and not os.environ.get(READY_STAMP_ENV):
        return None

    def run_all() -> None:
        for action in actions:
            action()

    return FirstPaint(window, run_all)
