"""The main window's size, place and splitters, remembered from one start to the next.

A first start opens at :data:`PREFERRED_SIZE` — the Media table beside its detail pane,
neither squeezed — shrunk to fit the screen's free area (a 1366×768 laptop with a taskbar
leaves about 1366×728) and centred there. Later starts come back to the last size and
place, clamped to the screen the window opens on: the data folder may arrive on a USB
stick from a bigger screen, or the second monitor may be gone. Splitter positions come
back too, area by area, as each area is first shown (areas may be built lazily).

The memory is a small INI file (``QSettings``) in the data folder, so a test's data folder
keeps it apart from the user's and the desktop's own settings are never touched.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QWidget

log = logging.getLogger(__name__)

FILE_NAME = "window.ini"
PREFERRED_SIZE = QSize(1280, 720)
# What a window manager adds around the client area (title bar, borders): kept free so the
# whole frame, title bar included, fits on the screen.
FRAME_ALLOWANCE = QSize(16, 40)
GEOMETRY_KEY = "window/geometry"
MAXIMIZED_KEY = "window/maximized"
SPLITTER_PREFIX = "splitters/"


def usable_size(available: QRect) -> QSize:
    """The largest client area whose frame still fits in ``available``."""
    return QSize(
        max(available.width() - FRAME_ALLOWANCE.width(), 1),
        max(available.height() - FRAME_ALLOWANCE.height(), 1),
    )


def first_geometry(available: QRect, minimum: QSize) -> QRect:
    """Where a first start opens: the preferred size shrunk to fit, centred."""
    room = usable_size(available)
    size = PREFERRED_SIZE.boundedTo(room).expandedTo(minimum.boundedTo(room))
    return _placed(QRect(QPoint(0, 0), size), available, centred=True)


def clamped_geometry(saved: QRect, available: QRect, minimum: QSize) -> QRect:
    """``saved`` made to fit ``available``: shrunk if too big, moved fully onto it."""
    room = usable_size(available)
    size = saved.size().boundedTo(room).expandedTo(minimum.boundedTo(room))
    return _placed(QRect(saved.topLeft(), size), available, centred=False)


def _placed(rect: QRect, available: QRect, *, centred: bool) -> QRect:
    top_margin = FRAME_ALLOWANCE.height() - FRAME_ALLOWANCE.width() // 2  # the title bar
    side = FRAME_ALLOWANCE.width() // 2
    left_min, top_min = available.left() + side, available.top() + top_margin
    left_max = max(available.right() + 1 - side - rect.width(), left_min)
    top_max = max(available.bottom() + 1 - side - rect.height(), top_min)
    if centred:
        x = available.left() + (available.width() - rect.width()) // 2
        y = available.top() + (available.height() - rect.height() + top_margin - side) // 2
    else:
        x, y = rect.x(), rect.y()
    return QRect(
        min(max(x, left_min), left_max), min(max(y, top_min), top_max), *rect.size().toTuple()
    )


class WindowMemory(QObject):
    """Restores the window's geometry now and its splitters as areas appear; saves both."""

    def __init__(self, window: QMainWindow, path: Path, available: QRect | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)
        self._tracked: set[str] = set()
        self._restore_geometry(available)
        window.installEventFilter(self)
        # The main window's areas sit in its ``stack``; each is tracked when first shown.
        stack = getattr(window, "stack", None)
        self._stack = stack if isinstance(stack, QStackedWidget) else None
        if self._stack is not None:
            self._stack.currentChanged.connect(self._on_area_shown)
            self._track(self._stack.currentWidget())

    # -- public ------------------------------------------------------------------------
    def save(self) -> None:
        """Write the window's place and every known splitter (also done when it closes)."""
        window = self._window
        maximized = bool(window.windowState() & Qt.WindowState.WindowMaximized)
        rect = window.normalGeometry() if maximized else window.geometry()
        if rect.isValid():
            self._settings.setValue(GEOMETRY_KEY, _rect_text(rect))
        self._settings.setValue(MAXIMIZED_KEY, maximized)
        for key, splitter in self._splitters():
            self._settings.setValue(SPLITTER_PREFIX + key, splitter.saveState())
        self._settings.sync()

    def remember_splitters(self, area: QWidget) -> None:
        """Restore (and from now on remember) the splitters inside ``area``."""
        self._track(area)

    # -- Qt ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.save()
        return False

    # -- internals -----------------------------------------------------------------------
    def _on_area_shown(self, _index: int) -> None:
        if self._stack is not None:
            self._track(self._stack.currentWidget())

    def _restore_geometry(self, available: QRect | None) -> None:
        window, minimum = self._window, self._window.minimumSize()
        saved = _rect_from(self._settings.value(GEOMETRY_KEY, ""))
        if saved is None:
            area = available or _available_at(window.geometry().center(), window)
            window.setGeometry(first_geometry(area, minimum))
            return
        area = available or _available_at(saved.center(), window)
        window.setGeometry(clamped_geometry(saved, area, minimum))
        if _truthy(self._settings.value(MAXIMIZED_KEY, False)):
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def _track(self, area: QWidget | None) -> None:
        if area is None:
            return
        for key, splitter in _splitters_of(area):
            if key in self._tracked:
                continue
            self._tracked.add(key)
            state = self._settings.value(SPLITTER_PREFIX + key)
            usable = isinstance(state, QByteArray) and not state.isEmpty()
            if usable and not splitter.restoreState(state):
                log.info("Splitter %s: stored state not usable", key)
            splitter.splitterMoved.connect(
                lambda _pos, _index, k=key, s=splitter: self._settings.setValue(
                    SPLITTER_PREFIX + k, s.saveState()
                )
            )

    def _splitters(self) -> list[tuple[str, QSplitter]]:
        stack = self._stack
        areas = [stack.widget(index) for index in range(stack.count())] if stack else []
        found = [pair for area in areas if area is not None for pair in _splitters_of(area)]
        return [(key, splitter) for key, splitter in found if key in self._tracked]


def _splitters_of(area: QWidget) -> list[tuple[str, QSplitter]]:
    """Every splitter in ``area``'s own window, keyed by the class path from the area."""
    window = area.window()
    counts: dict[str, int] = {}
    found = []
    for splitter in area.findChildren(QSplitter):
        if splitter.window() is not window:
            continue  # in a dialog parented to the area
        names = []
        widget: QWidget | None = splitter
        while widget is not None and widget is not area:
            names.append(widget.objectName() or type(widget).__name__)
            widget = widget.parentWidget()
        path = "/".join([area.objectName() or type(area).__name__, *reversed(names)])
        counts[path] = counts.get(path, 0) + 1
        found.append((f"{path}#{counts[path]}", splitter))
    return found


def _available_at(point: QPoint, window: QWidget) -> QRect:
    screen = QGuiApplication.screenAt(point) or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _rect_text(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}"


def _rect_from(value: object) -> QRect | None:
    try:
        x, y, width, height = (int(part) for part in str(value).split(","))
    except ValueError:
        return None
    return QRect(x, y, width, height) if width > 0 and height > 0 else None


def _truthy(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1")


def attach_window_memory(
    window: QMainWindow, data_dir: Path, available: QRect | None = None
) -> WindowMemory:
    """Give ``window`` its remembered geometry and splitters (``available``: a fake screen)."""
    return WindowMemory(window, data_dir / FILE_NAME, available)
