"""Choosing the partner's licence, with what it means shown right under the choice.

Partners decide on a licence once and live with it, so the chooser never shows a bare
name: the catalogue's summary ("anyone may use…") and its note for the partner ("you
keep your name on every re-use…") appear below, in the user's language when translated.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from desktop_app.services.catalogues import UnknownLicence, get_licence, licence_catalogue
from desktop_app.ui.i18n import Retranslatable, interface_language


class LicenceChooser(Retranslatable, QWidget):
    """A combo of the catalogue (plus "not chosen yet") and two explaining paragraphs."""

    chosen = Signal(str)  # licence id, "" for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = "en"
        self.combo = QComboBox(self)
        self.combo.setObjectName("field_licence_id")
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(20)
        self.summary_label = self._paragraph("licenceSummary")
        self.partner_heading = QLabel(self)
        bold = QFont(self.partner_heading.font())
        bold.setBold(True)
        self.partner_heading.setFont(bold)
        self.partner_heading.setWordWrap(True)
        self.for_partner_label = self._paragraph("licenceForPartner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.partner_heading)
        layout.addWidget(self.for_partner_label)
        self.combo.currentIndexChanged.connect(self._on_index_changed)
        self.retranslate_ui()

    def _paragraph(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- public --------------------------------------------------------------------------
    def licence_id(self) -> str:
        return str(self.combo.currentData() or "")

    def set_licence(self, licence_id: str, language: str) -> None:
        """Show a stored choice (no ``chosen`` signal); ``language`` picks the texts."""
        self._language = language
        self.combo.blockSignals(True)
        try:
            index = self.combo.findData(licence_id)
            if index < 0 and licence_id:  # a licence dropped from the catalogue: keep it
                self.combo.addItem(licence_id, licence_id)
                index = self.combo.count() - 1
            self.combo.setCurrentIndex(max(index, 0))
        finally:
            self.combo.blockSignals(False)
        self._explain()

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)

    # -- Qt ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.combo.setAccessibleDescription(
            self.tr("The free licence the partner agrees to publish the files under.")
        )
        current = self.licence_id()
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItem(self.tr("Not chosen yet"), "")
            for licence in licence_catalogue():
                # The name in the interface's language ("CC BY-SA 4.0" keeps its code).
                self.combo.addItem(licence.text("label", interface_language()), licence.id)
            self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        finally:
            self.combo.blockSignals(False)
        self.partner_heading.setText(self.tr("What it means for the partner"))
        self._explain()

    # -- internals -----------------------------------------------------------------------
    def _on_index_changed(self, _index: int) -> None:
        self._explain()
        self.chosen.emit(self.licence_id())

    def _explain(self) -> None:
        licence_id = self.licence_id()
        try:
            licence = get_licence(licence_id) if licence_id else None
        except UnknownLicence:
            licence = None
        if licence is None:
            self.summary_label.setText(
                self.tr(
                    "Choose the licence the partner agrees to; the guide “Talking about "
                    "licences” helps with that conversation."
                )
                if not licence_id
                else self.tr("This licence is no longer in Fieldkit's list; choose another.")
            )
            self.partner_heading.hide()
            self.for_partner_label.hide()
            return
        self.summary_label.setText(licence.text("summary", self._language))
        for_partner = licence.text("for_partner", self._language)
        self.for_partner_label.setText(for_partner)
        self.partner_heading.setVisible(bool(for_partner))
        self.for_partner_label.setVisible(bool(for_partner))
