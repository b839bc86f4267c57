"""Finds text that does not fit: a label or button narrower than its text needs."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget


def cut_off_texts(root: QWidget) -> list[str]:
    """Every visible label, button or tab below ``root`` whose text is cut off, described."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = _problem(widget)
        if problem:
            text = problem if len(problem) < 70 else problem[:67] + "…"
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text}")
    return found


def _problem(widget: QWidget) -> str:
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.contentsRect().width())
            if needed > widget.contentsRect().height() + 1:
                return f"{widget.text()!r} needs {needed}px of height, has {widget.height()}"
        elif (needed := widget.minimumSizeHint().width()) > widget.width() + 1:
            return f"{widget.text()!r} needs {needed}px, has {widget.width()}"
        return ""
    if isinstance(widget, QAbstractButton) and widget.text():
        if widget.sizeHint().width() > widget.width() + 1:
            return f"{widget.text()!r} needs {widget.sizeHint().width()}px, has {widget.width()}"
        return ""
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if widget.tabSizeHint(index).width() > widget.tabRect(index).width() + 1:
                return f"tab {widget.tabText(index)!r} is squeezed"
    return ""
