"""Reading order for Tab: what comes before what on screen, and the Tab walk through an area.

Reading order is taken from the widget tree, as a reader takes in a page: of two controls,
look at the two blocks of their nearest common container that hold them. Blocks side by
side (their vertical extents mostly overlap) are read in the layout direction — left to
right, or right to left when the layout is RTL; blocks one above the other are read top to
bottom. So a list pane is read before the detail pane beside it, and a form row by row.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

SAME_ROW_OVERLAP = 0.5  # of the shorter block's height


def _chain_up(widget: QWidget) -> list[QWidget]:
    """``widget`` and its ancestors, the widget first."""
    chain = [widget]
    while (parent := chain[-1].parentWidget()) is not None:
        chain.append(parent)
    return chain


def _blocks(first: QWidget, second: QWidget) -> tuple[QWidget, QWidget, QWidget] | None:
    """The nearest common container and its two children holding ``first`` and ``second``
    (None when one holds the other)."""
    up_first, up_second = _chain_up(first), _chain_up(second)
    common = next(widget for widget in up_first if widget in up_second)
    if common is first or common is second:
        return None
    return (
        common,
        up_first[up_first.index(common) - 1],
        up_second[up_second.index(common) - 1],
    )


def _same_row(one: QRect, other: QRect) -> bool:
    overlap = min(one.bottom(), other.bottom()) - max(one.top(), other.top())
    return overlap >= SAME_ROW_OVERLAP * min(one.height(), other.height())


def reads_before(first: QWidget, second: QWidget) -> bool:
    """Whether ``first`` comes before ``second`` in reading order (an ancestor comes first)."""
    blocks = _blocks(first, second)
    if blocks is None:
        return first.isAncestorOf(second)
    common, block_first, block_second = blocks
    one, other = block_first.geometry(), block_second.geometry()
    if _same_row(one, other):
        if common.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return one.right() > other.right()
        return one.left() < other.left()
    return one.top() < other.top()


def out_of_order(chain: list[QWidget], allowed: set[tuple[str, str]]) -> list[str]:
    """Each step of ``chain`` that goes back in reading order, described; ``allowed`` holds
    (from, to) object names of deliberate exceptions."""
    return [
        f"{describe(first)} → {describe(second)}"
        for first, second in itertools.pairwise(chain)
        if not reads_before(first, second)
        and (first.objectName(), second.objectName()) not in allowed
    ]


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '?'} in {_named_parent(widget)})"


def _named_parent(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return parent.objectName() if parent is not None else "-"


def tab_walk(qtbot: QtBot, start: QWidget, area: QWidget, limit: int = 300) -> list[QWidget]:
    """The widgets Tab reaches from ``start`` while the focus stays inside ``area``, then the
    first widget outside it (or the widget that came round again: Tab was stuck)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    walked: list[QWidget] = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None, "the keyboard has nowhere to go"
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None, "Tab lost the focus"
        walked.append(widget)
        if not area.isAncestorOf(widget) or walked.count(widget) > 1:
            return walked
    raise AssertionError(f"Tab went {limit} times without leaving the area")
