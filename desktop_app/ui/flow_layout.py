"""A layout that wraps its items onto more lines instead of cutting them off.

Rows of buttons sized for English overflow in French or Finnish (40 % longer) on a small
laptop screen. Here the row grows a line instead: nothing is hidden, squeezed or elided.
Items whose horizontal size policy can expand (a batch chooser) share the room left on
their line. Right-to-left languages fill lines from the right.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right (right to left in RTL), wrapped at the layout's width."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 6, *, align_end: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.align_end = align_end  # lines pushed to the trailing edge (a bar of actions)
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout -------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at ``index`` (addWidget appends)."""
        self.addWidget(widget)
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal & Qt.Orientation.Vertical  # neither

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        width = sum(item.sizeHint().width() for item in self._visible())
        width += self.spacing() * max(0, len(self._visible()) - 1)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSize(self) -> QSize:
        """As wide as the widest item: the rest wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- internals -----------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            wanted = item.sizeHint().width()
            if lines[-1] and used + self.spacing() + wanted > width:
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + wanted
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines = self._lines(area.width())
        if not lines:
            return margins.top() + margins.bottom()
        y = area.y()
        for line in lines:
            widths = [min(item.sizeHint().width(), area.width()) for item in line]
            spare = area.width() - sum(widths) - self.spacing() * (len(line) - 1)
            growing = [
                index
                for index, item in enumerate(line)
                if item.expandingDirections() & Qt.Orientation.Horizontal
            ]
            for index in growing:
                widths[index] += spare // len(growing)
            height = max(item.sizeHint().height() for item in line)
            x = area.x() + (max(spare, 0) if self.align_end and not growing else 0)
            for item, width in zip(line, widths, strict=True):
                if apply:
                    box = QRect(QPoint(x, y), QSize(width, height))
                    box = QStyle.visualRect(self._direction(), area, box)
                    item.setGeometry(box)
                x += width + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - area.y() + margins.top() + margins.bottom()

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
