"""A visible mark on the list or table that has the keyboard (issue 12, §4).

Fusion marks a focused button or text field, but a focused table or list looks the same
as an unfocused one: only its current cell has a thin outline, and after a click elsewhere
a keyboard user cannot tell where Tab has put them. The view that has the focus gets a
frame in the highlight colour; it goes when the focus leaves. The rule is set on that one
view only while it is focused, so style sheets never slow the painting of a big table
that merely sits on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

FOCUS_RULE = " {kind} {{ border: 2px solid palette(highlight); }}"
# The rule names the view's own kind, so its header (a QHeaderView, also an item view)
# keeps its look.
VIEW_KINDS = ("QTableView", "QTreeView", "QListView", "QColumnView")
_BASE_STYLE = "fieldkitBaseStyle"  # the view's own style sheet, kept while it is marked


class FocusMarks(QObject):
    """Follows ``QApplication.focusChanged`` and marks the focused item view."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._moved)

    def _moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(old, QAbstractItemView):
            unmark(old)
        if isinstance(new, QAbstractItemView):
            mark(new)


def mark(view: QAbstractItemView) -> None:
    """Frame ``view`` in the highlight colour (on top of its own style sheet)."""
    kind = next((name for name in VIEW_KINDS if view.inherits(name)), None)
    if kind is not None and view.property(_BASE_STYLE) is None:
        view.setProperty(_BASE_STYLE, view.styleSheet())
        view.setStyleSheet(view.styleSheet() + FOCUS_RULE.format(kind=kind))


def unmark(view: QAbstractItemView) -> None:
    """Give ``view`` back its own style sheet."""
    base = view.property(_BASE_STYLE)
    if base is not None:
        view.setStyleSheet(str(base))
        view.setProperty(_BASE_STYLE, None)


def install_focus_marks() -> FocusMarks | None:
    """Once per application (the window calls this; later calls change nothing)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    existing = app.findChild(FocusMarks)
    return existing if existing is not None else FocusMarks(app)
