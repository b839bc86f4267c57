"""Help → Keyboard shortcuts: every menu action and its keys, read from the menu bar itself,
so the list is never out of date; plus the keys that work inside lists and tables.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.shortcuts import plain


class ShortcutListDialog(QDialog):
    """A two-column list (action, keys) grouped by menu."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutList")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for menu_action in menu_bar.actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu) or not menu_action.isVisible():
                continue
            group = QTreeWidgetItem(self.tree, [plain(menu.title()), ""])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for action in menu.actions():
                if action.isSeparator() or not action.isVisible() or not action.text():
                    continue
                keys = ", ".join(
                    key.toString(QKeySequence.SequenceFormat.NativeText)
                    for key in action.shortcuts()
                )
                QTreeWidgetItem(group, [plain(action.text()), keys])
        general = QTreeWidgetItem(self.tree, [self.tr("Everywhere"), ""])
        general.setFirstColumnSpanned(True)
        for text, keys in (
            (self.tr("Next or previous field"), self.tr("Tab, Shift+Tab")),
            (self.tr("Open a menu"), self.tr("Alt + its underlined letter")),
            (self.tr("Press a button or tick a box"), self.tr("Space")),
            (self.tr("Move between the cells of a table"), self.tr("Arrow keys")),
            (self.tr("Edit the chosen cell of a table"), self.tr("F2")),
            (self.tr("Next tab of a page"), self.tr("Ctrl+Tab")),
        ):
            QTreeWidgetItem(general, [text, keys])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.tree.setFocus()
