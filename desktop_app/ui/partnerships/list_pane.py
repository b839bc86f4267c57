"""The left side of the Partnerships area: New, search and filters, overall progress, list.

It only shows what it is given and says what the user asked for (``filters_changed``,
``current_changed``); the area asks the services. Two different empty states: "no
partnerships yet" tells how to start, "nothing matches" tells how to widen the search.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.checklists import Progress
from desktop_app.core.partnership import KINDS, STATUSES
from desktop_app.ui.accessible import describe
from desktop_app.ui.areas.base import body_label
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.partnerships.list_model import (
    KIND,
    NAME,
    PROGRESS,
    STATUS,
    PartnershipListModel,
    PartnershipRow,
)
from desktop_app.ui.partnerships.texts import kind_label, progress_text, status_label
from desktop_app.ui.shortcuts import FIND, NEW_PARTNERSHIP, with_shortcut

SEARCH_DELAY_MS = 200  # typing "Nordiska museet" queries once, not fifteen times
# Below this list width the Kind column goes (the filter and the form still show it):
# on a small laptop screen the partner's name matters more.
NARROW_LIST_WIDTH = 380


class PartnershipListPane(Retranslatable, QWidget):
    """Search, filters, overall progress and the list; the selection is the open partner."""

    new_requested = Signal()
    filters_changed = Signal()
    current_changed = Signal(object)  # partnership id (int) or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newPartnershipButton")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("partnershipSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        for combo in (self.kind_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.overall_label = QLabel(self)
        self.overall_label.setObjectName("overallProgressText")
        self.overall_label.setWordWrap(True)
        self.overall_bar = QProgressBar(self)
        self.overall_bar.setObjectName("overallProgress")
        self.overall_bar.setRange(0, 100)
        self.overall_bar.setTextVisible(False)  # the label says it in words
        self.overall_bar.setMaximumHeight(10)

        self.model = PartnershipListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("partnershipList")
        self.table.setTabKeyNavigation(False)  # Tab goes on to the partnership's page
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, STATUS, PROGRESS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.empty_label = body_label(self)
        self.empty_label.setObjectName("emptyStateText")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.no_match_label = body_label(self)
        self.no_match_label.setObjectName("noMatchText")
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.no_match_label)
        self.stack.addWidget(self.table)

        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.status_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.overall_label)
        layout.addWidget(self.overall_bar)
        layout.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.filters_changed)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.kind_filter.currentIndexChanged.connect(lambda _index: self.filters_changed.emit())
        self.status_filter.currentIndexChanged.connect(lambda _index: self.filters_changed.emit())
        self.new_button.clicked.connect(self.new_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.retranslate_ui()

    # -- what the user asked for ---------------------------------------------------------
    def search_text(self) -> str:
        return self.search_edit.text()

    def kinds(self) -> tuple[str, ...]:
        kind = self.kind_filter.currentData()
        return (str(kind),) if kind else ()

    def statuses(self) -> tuple[str, ...]:
        status = self.status_filter.currentData()
        return (str(status),) if status else ()

    def current_id(self) -> int | None:
        return self.model.partnership_id(self.table.currentIndex().row())

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- showing -------------------------------------------------------------------------
    def show_rows(
        self,
        rows: list[PartnershipRow],
        *,
        any_exist: bool,
        overall: Progress,
        open_id: int | None = None,
    ) -> None:
        """Replace the rows; ``open_id`` (shown beside the list) stays selected, silently."""
        keep = open_id if open_id is not None else self.current_id()
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            self.model.set_rows(rows)
            row = self.model.row_of(keep) if keep is not None else -1
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, NAME))
                self.table.selectRow(row)
        finally:
            selection.blockSignals(False)
        if rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self.stack.setCurrentWidget(self.no_match_label if any_exist else self.empty_label)
        self.overall_label.setText(
            self.tr("All partnerships: {progress}").format(progress=progress_text(overall))
        )
        self.overall_bar.setValue(overall.percent if overall.applicable else 0)
        self.overall_bar.setVisible(overall.total > 0)
        self.overall_label.setVisible(any_exist)

    def select(self, partnership_id: int) -> bool:
        """Make ``partnership_id`` current (emits ``current_changed``); False if not shown."""
        row = self.model.row_of(partnership_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, NAME))
        return True

    # -- Qt ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        describe(
            {
                self.kind_filter: self.tr("Shows only partners of the chosen kind."),
                self.status_filter: self.tr("Shows only partnerships at the chosen stage."),
                self.table: self.tr("Your partnerships; the one selected is shown beside them."),
            }
        )
        self.new_button.setText(self.tr("&New partnership…"))
        self.new_button.setToolTip(
            with_shortcut(self.tr("Start a page for a partner institution"), NEW_PARTNERSHIP)
        )
        self.search_edit.setPlaceholderText(
            with_shortcut(self.tr("Search names, contacts, notes"), FIND)
        )
        self.search_edit.setAccessibleName(self.tr("Search partnerships"))
        self.table.setAccessibleName(self.tr("Partnerships"))
        self._fill_filter(self.kind_filter, self.tr("All kinds"), KINDS, kind_label)
        self._fill_filter(self.status_filter, self.tr("All stages"), STATUSES, status_label)
        self.kind_filter.setAccessibleName(self.tr("Show only this kind"))
        self.status_filter.setAccessibleName(self.tr("Show only this stage"))
        self.empty_label.setText(
            self.tr(
                "No partnerships yet. Press “New partnership” and give the institution's "
                "name; everything you add later is saved as you type."
            )
        )
        self.no_match_label.setText(
            self.tr(
                "No partnership matches. Clear the search or choose “All kinds” and “All stages”."
            )
        )
        self.model.retranslate()

    # -- internals -----------------------------------------------------------------------
    def _fill_filter(
        self, combo: QComboBox, everything: str, keys: tuple[str, ...], label: Callable[[str], str]
    ) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everything, "")
            for key in keys:
                combo.addItem(label(key), key)
            combo.setCurrentIndex(max(combo.findData(current or ""), 0))
        finally:
            combo.blockSignals(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.table.setColumnHidden(KIND, self.table.width() < NARROW_LIST_WIDTH)
        super().resizeEvent(event)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.partnership_id(current.row()))
