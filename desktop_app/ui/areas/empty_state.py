"""An honest empty state: what an area will do, without pretending it works yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui.areas.base import AREA_MARGIN, Area, body_label, heading_label


class EmptyStateArea(Area):
    """A title and a few sentences; subclasses provide the translated texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = heading_label(self)
        self.title_label.setObjectName("areaTitle")
        self.description_label = body_label(self)
        self.description_label.setObjectName("emptyStateText")
        self.description_label.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(AREA_MARGIN, AREA_MARGIN, AREA_MARGIN, AREA_MARGIN)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.retranslate_ui()

    def title(self) -> str:
        raise NotImplementedError

    def description(self) -> str:
        raise NotImplementedError

    def nav_label(self) -> str:
        return self.title()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.title())
        self.description_label.setText(self.description())
