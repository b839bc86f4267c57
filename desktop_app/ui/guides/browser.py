"""Browsing the bundled guides: search on the side, the chosen guide's text beside it.

The guides ship with the app as Markdown, so this works in a hotel room with no signal;
``QTextBrowser.setMarkdown`` renders them without any web engine. Links to the web open
in the system browser (they are extras, never needed to follow a guide).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.catalogues import Guide, UnknownGuide, get_guide, search_guides
from desktop_app.ui.accessible import describe
from desktop_app.ui.areas.base import body_label
from desktop_app.ui.i18n import Retranslatable

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 150


class GuidesBrowser(Retranslatable, QWidget):
    """Search field and list of guides; the current guide is rendered on the other side."""

    guide_shown = Signal(str)  # guide id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = "en"
        self._guide_id = ""
        self._rendered: tuple[str, str] = ("", "")  # (guide id, language) on screen
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("guideSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search_edit)
        self.list_widget = QListWidget(self)
        self.list_widget.setObjectName("guideList")
        self.list_widget.setWordWrap(True)
        self.list_widget.setSpacing(3)  # wrapped titles must not run into each other
        self.no_match_label = body_label(self)
        self.no_match_label.setObjectName("noGuideText")
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.list_widget)
        self.list_stack.addWidget(self.no_match_label)
        self.text = QTextBrowser(self)
        self.text.setObjectName("guideText")
        self.text.setOpenExternalLinks(True)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_label)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.list_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.text)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([2000, 5000])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.list_widget.currentItemChanged.connect(self._on_current_changed)
        self.retranslate_ui()
        self.refresh()

    @property
    def guide_id(self) -> str:
        """The guide shown now ("" for none)."""
        return self._guide_id

    def set_language(self, language: str) -> None:
        """Show the guides in ``language`` where translated (English otherwise)."""
        if language != self._language:
            self._language = language
            self.refresh()

    def search(self, query: str) -> None:
        """Search now (what typing does after a short pause)."""
        self.search_edit.setText(query)
        self._search_timer.stop()
        self.refresh()

    def refresh(self) -> None:
        """Fill the list from the search; the guide shown stays if it still matches."""
        guides = search_guides(self.search_edit.text(), self._language)
        self.list_widget.blockSignals(True)
        try:
            self.list_widget.clear()
            for guide in guides:
                item = QListWidgetItem(guide.title)
                item.setData(ID_ROLE, guide.id)
                self.list_widget.addItem(item)
        finally:
            self.list_widget.blockSignals(False)
        self.list_stack.setCurrentWidget(self.list_widget if guides else self.no_match_label)
        ids = [guide.id for guide in guides]
        if self._guide_id in ids:
            self._select_row(ids.index(self._guide_id))
            self._render(next(g for g in guides if g.id == self._guide_id))
        elif guides:
            self.list_widget.setCurrentRow(0)  # shows it through currentItemChanged
        else:
            self._guide_id = ""
            self._rendered = ("", "")
            self.text.clear()

    def show_guide(self, guide_id: str) -> bool:
        """Open one guide (from a checklist step); clears a search that hides it."""
        try:
            guide = get_guide(guide_id, self._language)
        except UnknownGuide:
            return False
        self._guide_id = guide.id
        if not any(
            self.list_widget.item(row).data(ID_ROLE) == guide_id
            for row in range(self.list_widget.count())
        ):
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
        self.refresh()
        return True

    def retranslate_ui(self) -> None:
        describe(
            {
                self.list_widget: self.tr("The guides; the one selected is shown beside them."),
                self.text: self.tr("The text of the selected guide."),
            }
        )
        self.search_label.setText(self.tr("&Search the guides"))
        self.search_edit.setPlaceholderText(self.tr("e.g. licence, metadata, upload"))
        self.no_match_label.setText(
            self.tr("No guide contains all of these words. Try fewer or other words.")
        )
        self.text.setAccessibleName(self.tr("Guide text"))
        self.list_widget.setAccessibleName(self.tr("Guides"))

    # -- internals -----------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        self.list_widget.blockSignals(True)
        self.list_widget.setCurrentRow(row)
        self.list_widget.blockSignals(False)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        try:
            guide = get_guide(str(current.data(ID_ROLE)), self._language)
        except UnknownGuide:
            return
        self._render(guide)

    def _render(self, guide: Guide) -> None:
        self._guide_id = guide.id
        if self._rendered == (guide.id, guide.language):
            return  # re-rendering would throw away where the reader scrolled to
        self._rendered = (guide.id, guide.language)
        self.text.setMarkdown(guide.markdown)
        self.guide_shown.emit(guide.id)
