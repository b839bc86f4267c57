"""A row of text buttons for actions: it wraps onto a second line instead of hiding them.

A ``QToolBar`` folds what does not fit into "»" and takes its buttons out of the Tab
order, so on a small screen (or in a longer language) actions like Undo vanished from
sight and from the keyboard. Here every action is a button that Tab reaches, the row
grows a line when it must, and the same ``QAction`` stays in the menu bar with its
shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import QFrame, QToolButton, QWidget

from desktop_app.ui.flow_layout import FlowLayout


class ActionRow(QWidget):
    """Buttons for the actions added with ``addAction``/``addActions``, in order."""

    def __init__(self, parent: QWidget | None = None, *, align_end: bool = False) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing=2, align_end=align_end)
        self._buttons: dict[QAction, QWidget] = {}

    def addSeparator(self) -> QAction:
        """A thin line between groups of actions."""
        separator = QAction(self)
        separator.setSeparator(True)
        self.addAction(separator)
        return separator

    def tab_stops(self) -> list[QWidget]:
        """The buttons in the order they are shown (separators left out)."""
        items = [self.flow.itemAt(index) for index in range(self.flow.count())]
        widgets = [item.widget() for item in items if item is not None]
        return [widget for widget in widgets if isinstance(widget, QToolButton)]

    def button(self, action: QAction) -> QWidget | None:
        """The button (or separator line) showing ``action``."""
        return self._buttons.get(action)

    def actionEvent(self, event: QActionEvent) -> None:
        action = event.action()
        if event.type() == QEvent.Type.ActionAdded:
            widget = self._make(action)
            before = self._buttons.get(event.before()) if event.before() else None
            index = self.flow.indexOf(before) if before is not None else self.flow.count()
            self.flow.insertWidget(index, widget)
            self._buttons[action] = widget
        elif event.type() == QEvent.Type.ActionRemoved:
            if action in self._buttons:
                removed = self._buttons.pop(action)
                self.flow.removeWidget(removed)
                removed.deleteLater()
        elif event.type() == QEvent.Type.ActionChanged:
            shown = self._buttons.get(action)
            if shown is not None:
                shown.setVisible(action.isVisible())
        super().actionEvent(event)

    def _make(self, action: QAction) -> QWidget:
        if action.isSeparator():
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.VLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            return line
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setVisible(action.isVisible())
        return button
