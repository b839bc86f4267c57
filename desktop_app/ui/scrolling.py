"""A page that scrolls instead of squeezing its text when the window is small.

At 150 % scale a 1366×768 screen is 911×512 points: forms and hints that fit at 100 % are
then taller than their room, and a squeezed word-wrapped label loses its last lines.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(
    widget: QWidget, parent: QWidget | None = None, *, tab_stop: bool = False
) -> QScrollArea:
    """``widget`` in a frameless scroll area that grows it to its width.

    ``tab_stop``: the area takes the keyboard itself (arrow keys scroll), for read-only text
    that has no control of its own to focus; otherwise Tab goes straight to the controls.
    """
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab_stop else Qt.FocusPolicy.NoFocus)
    scroll.setWidget(widget)
    return scroll


class VerticalScroll(QScrollArea):
    """Scrolls up and down only: as wide as its page needs (a longer language widens it),
    so tabs and buttons are never cut at the side; only a short window makes it scroll."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)

    def minimumSizeHint(self) -> QSize:
        page = self.widget()
        bar = self.verticalScrollBar().sizeHint().width()
        width = page.minimumSizeHint().width() if page is not None else 0
        return QSize(width + bar, super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the page's needs changed (a language switch)
        return super().eventFilter(watched, event)
