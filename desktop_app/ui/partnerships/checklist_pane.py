"""A partnership's checklists: add one from a template, tick steps off, see how far it is.

The tree shows checklists with their steps (a checkbox is "done"); the editor under it
holds the rest of the selected step. After every save the tree and the progress bar are
reloaded from the database, so what is shown is always what is stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.checklists import combine
from desktop_app.services.catalogues import checklist_templates
from desktop_app.services.checklists import (
    ChecklistItemView,
    ChecklistView,
    add_checklist,
    ask_helpdesk_about_step,
    get_checklists,
)
from desktop_app.ui.accessible import describe
from desktop_app.ui.areas.base import body_label
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.partnerships.item_editor import ChecklistItemEditor
from desktop_app.ui.partnerships.list_model import progress_cell
from desktop_app.ui.partnerships.texts import progress_text, step_status_label
from desktop_app.ui.text_patterns import progress_format

if TYPE_CHECKING:
    from desktop_app.store.db import Database

ITEM_ROLE = Qt.ItemDataRole.UserRole  # ChecklistItemView on step rows, None on headings
TITLE, STATE = range(2)
TAB_MARGIN = 6  # keeps the content off the tab frame


class ChecklistPane(Retranslatable, QWidget):
    """Template chooser, progress, the steps tree and the selected step's editor."""

    changed = Signal()  # progress may have moved: the list should refresh
    guide_requested = Signal(str)
    help_requested = Signal(int)  # id of the new request draft

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._partnership_id: int | None = None
        self._language = "en"
        self._checklists: list[ChecklistView] = []

        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("checklistTemplate")
        self.template_label = QLabel(self)
        self.template_label.setBuddy(self.template_combo)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addChecklistButton")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("partnershipProgress")
        self.progress_bar.setRange(0, 100)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checklistTree")
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = body_label(self)
        self.empty_label.setObjectName("noChecklistText")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.tree)
        self.editor = ChecklistItemEditor(db, self)
        # The editor scrolls rather than squeezing the steps list on a small screen.
        self.editor_scroll = QScrollArea(self)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop for Tab
        self.editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.editor_scroll.setWidget(self.editor)

        chooser = QHBoxLayout()
        chooser.addWidget(self.template_label)
        chooser.addWidget(self.template_combo, 1)
        chooser.addWidget(self.add_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 1000])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(TAB_MARGIN, TAB_MARGIN, TAB_MARGIN, TAB_MARGIN)
        layout.addLayout(chooser)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.splitter, 1)

        self.add_button.clicked.connect(self.add_selected_template)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemChanged.connect(self._on_item_changed)
        # Reloading rebuilds the tree: never inside one of its own item signals, so later.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._reload_after_save)
        self.editor.changed.connect(lambda _id: self._reload_timer.start())
        self.editor.guide_requested.connect(self.guide_requested)
        self.editor.help_requested.connect(self.ask_helpdesk)
        self.retranslate_ui()

    # -- public --------------------------------------------------------------------------
    def show_partnership(self, partnership_id: int | None, language: str) -> None:
        self.editor.flush()
        self._partnership_id = partnership_id
        self._language = language
        self.editor.show_item(None)
        self.reload()

    def reload(self) -> None:
        """Read the checklists again (after a save, or a template upgrade) and show them."""
        if self._partnership_id is None:
            self._checklists = []
        else:
            self._checklists = get_checklists(self._db, self._partnership_id, self._language)
        self._fill_tree()
        self._update_templates()
        total = combine(checklist.progress for checklist in self._checklists)
        # The heading above says it in words; the bar carries the words for screen readers.
        self.progress_bar.setAccessibleName(progress_text(total))
        self.progress_bar.setValue(total.percent if total.applicable else 0)
        self.progress_bar.setVisible(total.total > 0)
        self.stack.setCurrentWidget(self.tree if self._checklists else self.empty_label)
        self.setEnabled(self._partnership_id is not None)

    def add_selected_template(self) -> None:
        template_id = self.template_combo.currentData()
        if self._partnership_id is None or not template_id:
            return
        add_checklist(self._db, self._partnership_id, str(template_id))
        self.reload()
        self.changed.emit()

    def ask_helpdesk(self, item_id: int) -> None:
        """Draft a request about the step; the area passes the id on to Requests."""
        request_id = ask_helpdesk_about_step(self._db, item_id, self._language)
        self.help_requested.emit(request_id)

    # -- Qt ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        describe({self.template_combo: self.tr("The checklist to add to this partnership.")})
        self.template_label.setText(self.tr("&Checklist:"))
        self.add_button.setText(self.tr("&Add checklist"))
        self.add_button.setToolTip(self.tr("Adds the chosen checklist to this partnership."))
        self.progress_bar.setFormat(progress_format())
        self.tree.setHeaderLabels([self.tr("Step"), self.tr("State")])
        self.empty_label.setText(
            self.tr(
                "No checklist yet. Choose one above and press “Add checklist”: it lists "
                "the steps other volunteers found useful, with a guide for many of them."
            )
        )
        if self._partnership_id is not None:
            self.reload()
        else:
            self._update_templates()

    # -- internals -----------------------------------------------------------------------
    def _update_templates(self) -> None:
        present = {checklist.template_id for checklist in self._checklists}
        current = self.template_combo.currentData()
        self.template_combo.blockSignals(True)
        try:
            self.template_combo.clear()
            for template in checklist_templates():
                if template.id not in present:
                    self.template_combo.addItem(template.text(self._language), template.id)
            self.template_combo.setCurrentIndex(max(self.template_combo.findData(current), 0))
        finally:
            self.template_combo.blockSignals(False)
        has_choice = self.template_combo.count() > 0
        self.template_combo.setEnabled(has_choice)
        self.add_button.setEnabled(has_choice)
        if not has_choice:
            self.template_combo.addItem(self.tr("All checklists added"))

    def _fill_tree(self) -> None:
        current_id = self.editor.item_id
        scroll = self.tree.verticalScrollBar().value()
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            current: QTreeWidgetItem | None = None
            for checklist in self._checklists:
                heading = QTreeWidgetItem([checklist.title, progress_cell(checklist.progress)])
                heading.setToolTip(STATE, progress_text(checklist.progress))
                font = heading.font(TITLE)
                font.setBold(True)
                heading.setFont(TITLE, font)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(heading)
                for step in checklist.items:
                    child = self._step_item(step)
                    heading.addChild(child)
                    if step.id == current_id:
                        current = child
                heading.setExpanded(True)
            if current is not None:
                self.tree.setCurrentItem(current)
        finally:
            self.tree.blockSignals(False)
        self.tree.verticalScrollBar().setValue(scroll)

    def _step_item(self, step: ChecklistItemView) -> QTreeWidgetItem:
        item = QTreeWidgetItem([step.title, step_status_label(step.status)])
        item.setData(TITLE, ITEM_ROLE, step)
        item.setToolTip(TITLE, step.help or step.title)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if step.status != "not_applicable":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            done = step.status == "done"
            item.setCheckState(TITLE, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        else:
            font = item.font(TITLE)
            font.setStrikeOut(True)
            item.setFont(TITLE, font)
        item.setFlags(flags)
        return item

    def _reload_after_save(self) -> None:
        self.reload()
        self.changed.emit()

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        step = current.data(TITLE, ITEM_ROLE) if current is not None else None
        if isinstance(step, ChecklistItemView):
            self.editor.show_item(step, self._language)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        """The checkbox: ticked is done, unticked is not done."""
        step = item.data(TITLE, ITEM_ROLE)
        if column != TITLE or not isinstance(step, ChecklistItemView):
            return
        status = "done" if item.checkState(TITLE) == Qt.CheckState.Checked else "open"
        if status == step.status:
            return
        self.editor.show_item(step, self._language)
        self.tree.setCurrentItem(item)
        self.editor.set_status(status)  # saves, then reloads through editor.changed
