"""Long file names lose their middle, not their end.

Titles of one batch share their beginning ("Naturhistoriska riksmuseet - …") and differ at
the end ("… (17).jpg"): eliding on the right makes every row read the same. Tables that
show titles use :class:`MiddleElideDelegate` for that column and put the whole title in
the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class MiddleElideDelegate(QStyledItemDelegate):
    """Draws its column's text elided in the middle."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]
