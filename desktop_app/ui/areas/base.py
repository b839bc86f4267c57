"""What every area shares: a heading, a navigation label and live retranslation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.ui.i18n import Retranslatable

AREA_MARGIN = 20  # the same breathing room around every area


class Area(Retranslatable, QWidget):
    """Base class of the main window's areas. Subclasses set texts in ``retranslate_ui``."""

    def nav_label(self) -> str:
        """The (translated) name shown in the navigation list."""
        raise NotImplementedError

    def on_shown(self) -> None:
        """Called when the user navigates here; areas refresh cheap views."""

    def search_field(self) -> QWidget | None:
        """Where "Find in this area" (Ctrl+F) puts the keyboard; None: nothing to search."""
        return None


def heading_label(parent: QWidget | None = None) -> QLabel:
    """A large, selectable heading (so screen readers and copy-paste both work)."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def body_label(parent: QWidget | None = None) -> QLabel:
    """Wrapped explanatory text; long translations must wrap, never be cut off."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
