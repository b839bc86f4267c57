"""Mixed-direction text: Arabic in an English interface, a Latin file name in Arabic text.

Qt's plain-text editors lay every paragraph out in the widget's direction, so an Arabic
request shown in an English window (or an English one in an Arabic window) hugged the
wrong edge. Like ``dir="auto"`` on an HTML text area, the text's first letter with a
strong direction decides, and the editor follows it as the text changes.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit

# Unicode "first strong isolate" … "pop directional isolate": a value that keeps its own
# direction inside text of the other one (a Latin title inside an Arabic sentence).
FIRST_STRONG_ISOLATE = "\u2068"
POP_ISOLATE = "\u2069"


def isolate(value: str) -> str:
    """``value`` wrapped so that it neither takes nor gives direction to the text around."""
    return f"{FIRST_STRONG_ISOLATE}{value}{POP_ISOLATE}"


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction of the first letter with a strong direction (else the interface's)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return QGuiApplication.layoutDirection()


def follow_text_direction(edit: QPlainTextEdit) -> None:
    """Lay ``edit``'s text out in the text's own direction, now and whenever it changes."""

    def apply() -> None:
        direction = text_direction(edit.toPlainText())
        option = edit.document().defaultTextOption()
        if (
            option.textDirection() == direction
            and option.alignment() & Qt.AlignmentFlag.AlignAbsolute
        ):
            return
        option.setTextDirection(direction)
        edge = (
            Qt.AlignmentFlag.AlignRight
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        option.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
        edit.document().setDefaultTextOption(option)

    edit.textChanged.connect(apply)
    apply()
