"""A page that scrolls instead of squeezing its text when the window is small.

At 150 % scale a 1366×768 screen is 911×512 points: forms and hints that fit at 100 % are
then taller than their room, and a squeezed word-wrapped label loses its last lines.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
