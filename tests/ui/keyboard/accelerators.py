"""What Alt+letter reaches on screen: the accelerators (``&`` mnemonics) a window offers at
one moment, and where two of them share a letter.

Qt gives every visible button, buddy label, group box and tab its Alt+letter
(``QKeySequence.mnemonic``, the character after ``&`` upper-cased — also in Arabic).
When two reachable at once share one, Alt+letter only cycles between them; in a menu, it
picks the first and never the second.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

Clashes = dict[str, list[str]]  # "letter" -> the texts that share it


def letter(text: str) -> str:
    """The key Qt binds to ``text``'s accelerator ("" when it has none): what Alt+ needs."""
    return QKeySequence.mnemonic(text).toString().rpartition("+")[2]


def _reachable(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and widget.isVisible() and widget.isEnabled()


def _widget_texts(widget: QWidget) -> list[str]:
    """The texts of ``widget`` that Qt turns into Alt+letter shortcuts."""
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [
            widget.tabText(index)
            for index in range(widget.count())
            if widget.isTabVisible(index) and widget.isTabEnabled(index)
        ]
    return []


def reachable_texts(window: QWidget) -> list[str]:
    """Every text with an accelerator that Alt+letter reaches now in ``window``: its menu
    bar's titles and its visible, enabled controls (dialogs of their own not included)."""
    texts = []
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions() if action.isVisible()]
    for widget in window.findChildren(QWidget):
        if _reachable(widget, window):
            texts += _widget_texts(widget)
    return [text for text in texts if letter(text)]


def clashes(texts: list[str]) -> Clashes:
    """The letters more than one of ``texts`` claims."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        by_letter[letter(text)].append(text)
    return {key: found for key, found in sorted(by_letter.items()) if len(found) > 1}


def menu_texts(window: QMainWindow) -> dict[str, list[str]]:
    """Per menu (and submenu) of the menu bar: its items' texts that have an accelerator."""
    found: dict[str, list[str]] = {}

    def walk(menu: QMenu, path: str) -> None:
        actions = [action for action in menu.actions() if action.isVisible()]
        texts = [action.text() for action in actions if not action.isSeparator()]
        found[path] = [text for text in texts if letter(text)]
        for action in actions:
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} > {action.text()}")

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, action.text())
    return found


def tab_pages(root: QWidget, where: str = "") -> Iterator[str]:
    """Each page of each visible tab widget in ``root`` in turn, and the tab pages inside
    those; yields where it is now (the tabs' texts, or ``where`` when it has none)."""
    tab_widgets = [
        tabs
        for tabs in root.findChildren(QTabWidget)
        if tabs.isVisible() and _outermost(tabs, root)
    ]
    if not tab_widgets:
        yield where
    for tabs in tab_widgets:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            inside = f"{where} / {tabs.tabText(index)}" if where else tabs.tabText(index)
            page = tabs.widget(index)
            if page is not None:
                yield from tab_pages(page, inside)


def _outermost(tabs: QTabWidget, root: QWidget) -> bool:
    """True when no other tab widget below ``root`` holds ``tabs``."""
    parent = tabs.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QTabWidget):
            return False
        parent = parent.parentWidget()
    return True
