"""Tab order in reading order, where creation order gets it wrong.

Qt's Tab chain follows the order widgets joined the window, not where they end up: a row
added later (a tools row, a "Set licence" button) goes to the end of the window, after the
status bar. :func:`place_after` moves such controls into place.

It is given the controls by name and never walks the focus chain itself: walking it makes
Python wrappers for Qt's own inner widgets (a tab bar's scroll buttons, a combo box's
view), and PySide does not always learn when Qt deletes those; a wrapper left behind was
later handed out for a new object at the same address (a QAction "already deleted", a crash
in QStackedWidget.setCurrentIndex). Pass only controls our own code built.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def place_after(anchor: QWidget, stops: Sequence[QWidget]) -> None:
    """Make Tab go from ``anchor`` to ``stops`` one after the other, then on to what
    followed ``anchor`` before.

    ``anchor`` may be a label or a frame (Qt ignores a first widget that takes no focus, so
    it takes Tab focus for the moment); a compound anchor (a tab widget, whose tab bar is
    its focus proxy) is passed with all its parts.
    """
    if not stops:
        return
    policy = anchor.focusPolicy()
    if policy == Qt.FocusPolicy.NoFocus:
        anchor.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    try:
        for first, second in itertools.pairwise([anchor, *stops]):
            QWidget.setTabOrder(first, second)
    finally:
        anchor.setFocusPolicy(policy)


def make_later_widgets_follow(anchor: QWidget) -> None:
    """Widgets made from now on join the window's Tab chain right after ``anchor``.

    Qt puts a new widget just before its window's own place in the chain (a place Tab
    skips), which is after everything made so far: the status bar. Moving the window's
    place to follow ``anchor`` (the navigation) makes an area built later, when first
    shown, come right after it, as it would have had it been built at start.
    """
    window = anchor.window()
    policy = window.focusPolicy()
    window.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Qt ignores a NoFocus widget here
    try:
        QWidget.setTabOrder(anchor, window)
    finally:
        window.setFocusPolicy(policy)
