"""Licence (batch default and this file's override) and the batch's location policy.

Most partner batches are under one licence, so the batch default is the main control and a
file's own licence an exception; the summary says in plain words what the chosen licence
allows. The location policy is batch-wide: published photos reveal where people live.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.catalogues import UnknownLicence, get_licence, licence_catalogue
from desktop_app.services.media_detail import ItemDetail
from desktop_app.ui.i18n import Retranslatable, interface_language

GPS_CHOICES = ("undecided", "keep", "strip")


class BatchSettings(Retranslatable, QWidget):
    """Signals carry the user's choice; the area writes it through the undo stack."""

    batch_licence_chosen = Signal(str)  # "" clears
    file_licence_chosen = Signal(str)  # "" = use the batch's
    gps_policy_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self.licence_box = QGroupBox(self)
        self.batch_licence = QComboBox(self)
        self.batch_licence.setObjectName("batchLicence")
        self.file_licence = QComboBox(self)
        self.file_licence.setObjectName("fileLicence")
        for combo in (self.batch_licence, self.file_licence):
            # Long licence names (and longer translations) must not widen the pane past
            # its scroll area; the open list still shows each name in full.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.batch_licence_label = QLabel(self)
        self.batch_licence_label.setBuddy(self.batch_licence)
        self.file_licence_label = QLabel(self)
        self.file_licence_label.setBuddy(self.file_licence)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("licenceSummary")
        self.summary_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.batch_licence_label, self.batch_licence)
        form.addRow(self.file_licence_label, self.file_licence)
        licence_layout = QVBoxLayout(self.licence_box)
        licence_layout.addLayout(form)
        licence_layout.addWidget(self.summary_label)

        self.gps_box = QGroupBox(self)
        self.gps_buttons = QButtonGroup(self)
        self.gps_radios: dict[str, QRadioButton] = {}
        gps_layout = QVBoxLayout(self.gps_box)
        self.gps_note = QLabel(self)
        self.gps_note.setWordWrap(True)
        gps_layout.addWidget(self.gps_note)
        for number, policy in enumerate(GPS_CHOICES):
            radio = QRadioButton(self)
            radio.setObjectName(f"gps-{policy}")
            self.gps_buttons.addButton(radio, number)
            self.gps_radios[policy] = radio
            gps_layout.addWidget(radio)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.licence_box)
        layout.addWidget(self.gps_box)
        layout.addStretch(1)
        self._batch_id: str | None = None
        self._file_id: str | None = None
        self.retranslate_ui()
        self.batch_licence.activated.connect(self._on_batch_licence)
        self.file_licence.activated.connect(self._on_file_licence)
        self.gps_buttons.idClicked.connect(lambda n: self.gps_policy_chosen.emit(GPS_CHOICES[n]))

    def retranslate_ui(self) -> None:
        self.licence_box.setTitle(self.tr("Licence"))
        self.batch_licence_label.setText(self.tr("Fo&r the batch:"))
        self.file_licence_label.setText(self.tr("For this fi&le:"))
        self.gps_box.setTitle(self.tr("Camera location (whole batch)"))
        self.gps_note.setText(
            self.tr("Photos can record where they were taken. Publishing that can reveal homes.")
        )
        self.gps_radios["undecided"].setText(self.tr("Not decided yet (blocks upload)"))
        self.gps_radios["keep"].setText(self.tr("&Keep and publish the location"))
        self.gps_radios["strip"].setText(self.tr("Remove it from u&ploaded copies"))
        for radio in self.gps_radios.values():  # read after each choice's name
            radio.setAccessibleDescription(self.gps_note.text())
        self.batch_licence.setAccessibleDescription(
            self.tr("The licence of every file in the batch, unless a file has its own.")
        )
        self.file_licence.setAccessibleDescription(
            self.tr("This file's own licence, when it differs from the batch's.")
        )
        self._fill_combos()
        self._update_summary()

    def show_batch(self, licence_id: str | None, gps_policy: str) -> None:
        self._batch_id = licence_id
        self._updating = True
        self._select(self.batch_licence, licence_id or "")
        radio = self.gps_radios.get(gps_policy)
        if radio is not None:
            radio.setChecked(True)
        self._updating = False
        self._update_summary()

    def show_item(self, detail: ItemDetail | None) -> None:
        self._file_id = detail.licence_id if detail is not None else None
        self.file_licence.setEnabled(detail is not None)
        self._select(self.file_licence, self._file_id or "")
        self._update_summary()

    # -- internals ---------------------------------------------------------------------
    def _fill_combos(self) -> None:
        for combo, empty in (
            (self.batch_licence, self.tr("Not chosen yet")),
            (self.file_licence, self.tr("Same as the batch")),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(empty, "")
            for licence in licence_catalogue():
                combo.addItem(licence.text("label", interface_language()), licence.id)
            self._select(combo, current or "")
        self._select(self.batch_licence, self._batch_id or "")
        self._select(self.file_licence, self._file_id or "")

    def _select(self, combo: QComboBox, licence_id: str) -> None:
        index = combo.findData(licence_id)
        combo.setCurrentIndex(max(index, 0))

    def _on_batch_licence(self, _index: int) -> None:
        if not self._updating:
            self.batch_licence_chosen.emit(str(self.batch_licence.currentData() or ""))

    def _on_file_licence(self, _index: int) -> None:
        if not self._updating:
            self.file_licence_chosen.emit(str(self.file_licence.currentData() or ""))

    def _update_summary(self) -> None:
        effective = self._file_id or self._batch_id
        if not effective:
            self.summary_label.setText(self.tr("Choose a licence the partner agreed to."))
            return
        try:
            licence = get_licence(effective)
        except UnknownLicence:
            self.summary_label.setText(
                self.tr("“{id}” is not in Fieldkit's licence list.").format(id=effective)
            )
            return
        language = interface_language()
        if self._file_id:
            text = self.tr("This file's own licence: {licence}. {summary}")
        else:
            text = self.tr("Batch licence: {licence}. {summary}")
        self.summary_label.setText(
            text.format(
                licence=licence.text("label", language), summary=licence.text("summary", language)
            )
        )
