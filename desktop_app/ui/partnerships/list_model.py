"""The partnerships list as a small table model: name, kind, stage, checklist progress.

A model (not a widget per row) so a volunteer with hundreds of partners still scrolls
smoothly on an old laptop. Rows are plain values handed in by the area; the model never
asks the database itself, and filtering is done by the service, not by a proxy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.core.checklists import Progress
from desktop_app.services.partnerships import PartnershipView
from desktop_app.ui.partnerships.texts import kind_label, progress_text, status_label

NAME, KIND, STATUS, PROGRESS = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole
# Looked up once: enum attribute access in data() is measurably slow (TOOLCHAIN-NOTES).
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PartnershipRow:
    """One line of the list: the partnership and how far its checklists are."""

    view: PartnershipView
    progress: Progress


def progress_cell(progress: Progress) -> str:
    """Short enough for a column: "3/10", or a dash without any checklist."""
    if progress.total == 0:
        return "—"
    return f"{progress.done}/{progress.applicable}"


class PartnershipListModel(QAbstractTableModel):
    """Read-only rows; :meth:`set_rows` replaces them all (a refresh is cheap)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PartnershipRow] = []

    # -- public --------------------------------------------------------------------------
    def set_rows(self, rows: list[PartnershipRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, partnership_id: int) -> int:
        """The row showing ``partnership_id``, or -1 when it is filtered out."""
        for number, row in enumerate(self._rows):
            if row.view.id == partnership_id:
                return number
        return -1

    def partnership_id(self, row: int) -> int | None:
        return self._rows[row].view.id if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Kinds, stages and headers are translated on the fly: just repaint them."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, PROGRESS)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, PROGRESS))

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else PROGRESS + 1

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            if column == NAME:
                return row.view.name
            if column == KIND:
                return kind_label(row.view.kind)
            if column == STATUS:
                return status_label(row.view.status)
            return progress_cell(row.progress)
        if role == _TOOLTIP:
            if column == PROGRESS:
                return progress_text(row.progress)
            if column == NAME:
                return row.view.name  # long institution names are elided in the cell
            return None
        if role == ID_ROLE:
            return row.view.id
        if role == _ALIGN and column == PROGRESS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        headers = (
            QCoreApplication.translate("PartnershipListModel", "Partner"),
            QCoreApplication.translate("PartnershipListModel", "Kind"),
            QCoreApplication.translate("PartnershipListModel", "Stage"),
            QCoreApplication.translate("PartnershipListModel", "Steps"),
        )
        return headers[section] if 0 <= section < len(headers) else None
