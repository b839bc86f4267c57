"""Partnerships area: one page per partner institution, its checklists, and the guides.

The list (with search, filters and overall progress) sits beside the open partnership;
a second tab holds the guidance library, which checklist steps open directly. The area
only wires these parts and asks the services; what is shown is what the database says.
``helpRequested`` carries the id of a request drafted from a checklist step, so the
main window can open it in Requests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop_app.core.checklists import Progress, combine
from desktop_app.services.checklists import progress_by_partnership
from desktop_app.services.partnerships import content_language, list_partnerships
from desktop_app.ui.accessible import describe_tab_bar
from desktop_app.ui.action_row import ActionRow
from desktop_app.ui.areas.base import AREA_MARGIN, Area, body_label, heading_label
from desktop_app.ui.focus_order import place_after
from desktop_app.ui.guides.browser import GuidesBrowser
from desktop_app.ui.partnerships.detail_pane import PartnershipDetail
from desktop_app.ui.partnerships.list_model import PartnershipRow
from desktop_app.ui.partnerships.list_pane import PartnershipListPane
from desktop_app.ui.partnerships.new_dialog import NewPartnershipDialog

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext
    from desktop_app.ui.welcome.sample_banner import SampleBanner


class PartnershipsArea(Area):
    """List and detail of partnerships in one tab, the guides in another."""

    helpRequested = Signal(int)  # camelCase: the name the main window connects to

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._db = ctx.db
        self.new_dialog: NewPartnershipDialog | None = None
        self._banner: SampleBanner | None = None  # rows added above the tabs later
        self._tools: ActionRow | None = None

        self.title_label = heading_label(self)
        self.title_label.setObjectName("areaTitle")
        self.intro_label = body_label(self)
        self.tabs = QTabWidget(self)  # before its pages: Tab reaches the tab bar first
        self.tabs.setObjectName("partnershipAreaTabs")
        self.list_pane = PartnershipListPane(self)
        self.detail = PartnershipDetail(self._db, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([2000, 3000])
        self.splitter.setChildrenCollapsible(False)
        self.guides = GuidesBrowser(self)
        partners_page = QWidget(self)
        page_layout = QVBoxLayout(partners_page)
        page_layout.setContentsMargins(6, 6, 6, 6)
        page_layout.addWidget(self.splitter)
        self.tabs.addTab(partners_page, "")
        self.tabs.addTab(self.guides, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(AREA_MARGIN, AREA_MARGIN, AREA_MARGIN, AREA_MARGIN)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.tabs, 1)

        self.list_pane.new_requested.connect(self.start_new)
        self.list_pane.filters_changed.connect(self.refresh)
        self.list_pane.current_changed.connect(self._on_current_changed)
        self.detail.saved.connect(lambda _id: self.refresh())
        self.detail.progress_changed.connect(self.refresh)
        self.detail.guide_requested.connect(self.open_guide)
        self.detail.help_requested.connect(self.helpRequested)
        self.retranslate_ui()
        self.refresh()

    def nav_label(self) -> str:
        return self.tr("Partnerships")

    def on_shown(self) -> None:
        self.refresh()

    def _set_tab_order(self) -> None:
        """Tab reaches the rows added above the tabs (the banner, then the tools) before the
        tabs: they were built after the area, so Qt put them last."""
        banner = self._banner.tab_stops() if self._banner is not None else []
        tools = self._tools.tab_stops() if self._tools is not None else []
        place_after(self.intro_label, [*banner, *tools])

    # -- public --------------------------------------------------------------------------
    def language(self) -> str:
        """The language chosen in Settings: checklist steps, licences and guides follow it."""
        return content_language(self._db)

    def refresh(self) -> None:
        """Reload the list (search and filters applied) and the overall progress."""
        progress: dict[int, Progress] = progress_by_partnership(self._db)
        shown = list_partnerships(
            self._db,
            search=self.list_pane.search_text(),
            kinds=self.list_pane.kinds(),
            statuses=self.list_pane.statuses(),
        )
        rows = [PartnershipRow(view, progress[view.id]) for view in shown if view.id in progress]
        self.list_pane.show_rows(
            rows,
            any_exist=bool(progress),  # one entry per partnership, shown or not
            overall=combine(progress.values()),
            open_id=self.detail.partnership_id,
        )
        self.guides.set_language(self.language())

    def search_field(self) -> QWidget | None:
        """The partners' search, or the guides' search when the Guides tab is open."""
        if self.tabs.currentWidget() is self.guides:
            return self.guides.search_edit
        return self.list_pane.search_edit

    def show_guides(self) -> None:
        """The Guides tab, its list in the keyboard's hands (Help → Guides)."""
        self.detail.flush()
        self.guides.set_language(self.language())
        self.tabs.setCurrentWidget(self.guides)
        self.guides.list_widget.setFocus()

    def start_new(self) -> None:
        """Ask for the name; the new partnership opens when created."""
        self.detail.flush()
        if self.new_dialog is not None:
            self.new_dialog.close()
        self.new_dialog = NewPartnershipDialog(self._db, self)
        self.new_dialog.created.connect(self.open_partnership)
        self.new_dialog.open()

    def open_partnership(self, partnership_id: int) -> None:
        """Show one partnership, clearing a search or filter that would hide it."""
        self.tabs.setCurrentIndex(0)
        self.refresh()
        if not self.list_pane.select(partnership_id):
            self.list_pane.search_edit.clear()
            self.list_pane.kind_filter.setCurrentIndex(0)
            self.list_pane.status_filter.setCurrentIndex(0)
            self.refresh()
            self.list_pane.select(partnership_id)
        self.detail.form.rows["name"].editor.setFocus()

    def open_guide(self, guide_id: str) -> None:
        """Switch to the Guides tab showing ``guide_id`` (from a checklist step)."""
        self.detail.flush()
        self.guides.set_language(self.language())
        if self.guides.show_guide(guide_id):
            self.tabs.setCurrentIndex(1)
            self.guides.text.setFocus()

    def add_tools(self, actions: list[QAction]) -> ActionRow:
        """A bar under the introduction for actions the window offers here (bundles)."""
        bar = ActionRow(self)
        bar.setObjectName("partnershipTools")
        bar.addActions(actions)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.tabs), bar)
        self._tools = bar
        self._set_tab_order()
        return bar

    def add_banner(self, banner: SampleBanner) -> None:
        """A band under the introduction (the sample partnership's "Remove sample")."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.intro_label) + 1, banner)
        self._banner = banner
        self._set_tab_order()

    def flush(self) -> None:
        """Save whatever is being typed (the window is closing)."""
        self.detail.flush()

    # -- Qt ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        describe_tab_bar(self.tabs)
        self.title_label.setText(self.tr("Partnerships"))
        self.intro_label.setText(
            self.tr(
                "One page per partner institution: contacts, what was agreed, the licence "
                "and a checklist of what is done. Everything is saved as you type."
            )
        )
        self.tabs.setTabText(0, self.tr("&Partners"))
        self.tabs.setTabText(1, self.tr("&Guides"))
        # The interface language changed: steps, licence texts and guides follow it.
        language = self.language()
        self.detail.set_language(language)
        self.guides.set_language(language)

    # -- internals -----------------------------------------------------------------------
    def _on_current_changed(self, partnership_id: int | None) -> None:
        open_id = self.detail.partnership_id
        if (
            partnership_id is None
            and open_id is not None
            and self.list_pane.model.row_of(open_id) >= 0
        ):
            return  # a transient "no current row" during a refresh
        self.detail.show_partnership(partnership_id, self.language())
