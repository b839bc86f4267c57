"""Long file names lose their middle, not their end.

Titles of one batch share their beginning ("Naturhistoriska riksmuseet - …") and differ at
the end ("… (17).jpg"): eliding on the right makes every row read the same. Tables that
show titles use :class:`MiddleElideDelegate` for that column and put the whole title in
the tooltip. A title is elided in its own direction (a Latin title in an Arabic window
loses its middle, with the "…" where a reader of the title expects it), and sits at the
table's reading edge.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.ui.bidi import text_direction


class MiddleElideDelegate(QStyledItemDelegate):
    """Draws its column's text elided in the middle."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]
        table_direction = option.direction  # type: ignore[attr-defined]
        option.direction = text_direction(option.text)  # type: ignore[attr-defined]
        edge = (
            Qt.AlignmentFlag.AlignRight
            if table_direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        option.displayAlignment = (  # type: ignore[attr-defined]
            edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )
