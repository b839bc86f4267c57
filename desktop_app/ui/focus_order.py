"""Tab order in reading order, where creation order gets it wrong.

Qt's Tab chain follows the order widgets were created, not where they end up: a page built
before its QTabWidget is reached before the tab bar above it, and a row added later (a
description box, a "Set licence" button) goes to the end of the window, after the status
bar. These helpers move controls into place without rebuilding the area.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QTabWidget, QWidget


def focus_stops(container: QWidget) -> list[QWidget]:
    """The controls below ``container`` that Tab can stop at, in the order Tab visits them
    now (hidden and disabled ones too). A compound control — one whose focus proxy is its
    own child, as a tab widget's is its tab bar — stands for all its parts: Qt moves them
    with it."""
    stops: list[QWidget] = []
    widget = _next(container)
    while widget is not container and widget not in stops:
        if (
            container.isAncestorOf(widget)
            and _is_stop(widget)
            and not any(_is_compound(stop) and stop.isAncestorOf(widget) for stop in stops)
        ):
            stops.append(widget)
        widget = _next(widget)
    return stops


def _next(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    assert following is not None  # the chain is a ring
    return following


def _previous(widget: QWidget) -> QWidget:
    preceding = widget.previousInFocusChain()
    assert preceding is not None  # the chain is a ring
    return preceding


def _is_compound(widget: QWidget) -> bool:
    proxy = widget.focusProxy()
    return proxy is not None and widget.isAncestorOf(proxy)


def _is_stop(widget: QWidget) -> bool:
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if widget.focusProxy() is not None and not _is_compound(widget):
        return False
    return not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)


def chain_in_order(stops: Sequence[QWidget]) -> None:
    """Make Tab visit ``stops`` one after the other, from where the first of them that Tab
    reaches now stands in the window's chain."""
    if len(stops) < 2:
        return
    wanted = set(stops)
    window = stops[0].window()
    earliest = _next(window)
    while earliest not in wanted and earliest is not window:
        earliest = _next(earliest)
    anchor = _previous(earliest)
    # One that takes focus (Qt ignores the others here), not a part of a stop nor a
    # container of one: Qt moves a compound widget (one whose focus proxy is its child, as
    # a tab widget's is its tab bar) with all its parts.
    while (
        anchor in wanted
        or anchor.focusPolicy() == Qt.FocusPolicy.NoFocus
        or any(stop.isAncestorOf(anchor) or anchor.isAncestorOf(stop) for stop in stops)
    ):
        anchor = _previous(anchor)
    for first, second in itertools.pairwise([anchor, *stops]):
        QWidget.setTabOrder(first, second)


def tab_bars_first(root: QWidget) -> None:
    """In every tab widget below ``root``: its tab bar, then its pages, as they are drawn.

    Innermost first, so that an inner tab widget is already in order (bar after its tab
    widget, pages after the bar) when the outer one moves it as one block."""
    nested = sorted(root.findChildren(QTabWidget), key=_depth, reverse=True)
    for tabs in nested:
        bar = tabs.tabBar()
        pages = [page for index in range(tabs.count()) if (page := tabs.widget(index))]
        # From the bar, which stays beside its tab widget: the tab widget hands the focus
        # to it, so the two must not be parted.
        stops = [stop for page in pages for stop in [page, *focus_stops(page)] if _is_stop(stop)]
        for first, second in itertools.pairwise([bar, *stops]):
            QWidget.setTabOrder(first, second)


def _depth(widget: QWidget) -> int:
    depth = 0
    parent = widget.parentWidget()
    while parent is not None:
        depth += 1
        parent = parent.parentWidget()
    return depth
