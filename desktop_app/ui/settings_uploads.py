"""Upload settings: "unmetered connections only" and a bandwidth cap.

A self-contained group for the Settings area: it reads and writes its two values itself
(:mod:`desktop_app.services.upload_limits`) the moment they change, so it needs no part of
the Settings form's Save button, and emits ``limits_changed`` so the upload worker can
take them up at once (it also re-reads them every few seconds by itself).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from desktop_app.services.upload_limits import UploadLimits, load_limits, save_limits
from desktop_app.ui.areas.base import body_label
from desktop_app.ui.i18n import Retranslatable

if TYPE_CHECKING:
    from desktop_app.store.db import Database

MAX_CAP_KIB = 1_000_000  # ~1 GB/s: far beyond any link this is meant to spare


class UploadSettingsWidget(Retranslatable, QGroupBox):
    """Two controls, saved on change; ``limits_changed(UploadLimits)`` after each save."""

    limits_changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadSettings")
        self._db = db
        self.unmetered_check = QCheckBox(self)
        self.unmetered_check.setObjectName("unmeteredOnly")
        self.unmetered_hint = body_label(self)
        self.cap_label = QLabel(self)
        self.cap_spin = QSpinBox(self)
        self.cap_spin.setObjectName("bandwidthCap")
        self.cap_spin.setRange(0, MAX_CAP_KIB)
        self.cap_spin.setSingleStep(16)
        self.cap_spin.setAccelerated(True)
        self.cap_label.setBuddy(self.cap_spin)
        self.cap_hint = body_label(self)
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addRow(self.unmetered_check)
        layout.addRow(self.unmetered_hint)
        layout.addRow(self.cap_label, self.cap_spin)
        layout.addRow(self.cap_hint)

        self.load()
        self.unmetered_check.toggled.connect(lambda _checked: self.save())
        # editingFinished: typing "512" must not save 5, then 51, then 512.
        self.cap_spin.editingFinished.connect(self.save)
        self.cap_spin.valueChanged.connect(self._on_cap_changed)
        self.retranslate_ui()

    def limits(self) -> UploadLimits:
        return UploadLimits(self.unmetered_check.isChecked(), self.cap_spin.value())

    def load(self) -> None:
        """Show the stored values (without saving them back)."""
        limits = load_limits(self._db)
        for widget in (self.unmetered_check, self.cap_spin):
            widget.blockSignals(True)
        self.unmetered_check.setChecked(limits.unmetered_only)
        self.cap_spin.setValue(limits.bandwidth_cap_kib)
        for widget in (self.unmetered_check, self.cap_spin):
            widget.blockSignals(False)

    def save(self) -> None:
        limits = self.limits()
        if limits == load_limits(self._db):
            return
        save_limits(self._db, limits)
        self.limits_changed.emit(limits)

    def _on_cap_changed(self, _value: int) -> None:
        # Arrow buttons and wheel save at once; typing waits for editingFinished.
        if not self.cap_spin.hasFocus():
            self.save()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Uploads"))
        self.unmetered_check.setText(self.tr("Upload &only on unmetered connections"))
        self.unmetered_hint.setText(
            self.tr(
                "On a phone or pay-per-megabyte connection, uploads wait (they continue by "
                "themselves on Wi-Fi or a cable). If the computer cannot tell, they wait too."
            )
        )
        self.cap_label.setText(self.tr("Ba&ndwidth limit:"))
        self.cap_spin.setSuffix(self.tr(" KiB/s"))
        self.cap_spin.setSpecialValueText(self.tr("No limit"))
        self.cap_hint.setText(
            self.tr(
                "Leave room for others on a shared link: uploads send at most this much per "
                "second. 0 means no limit."
            )
        )
        # Read after each control's name: the hint below it.
        self.unmetered_check.setAccessibleDescription(self.unmetered_hint.text())
        self.cap_spin.setAccessibleDescription(self.cap_hint.text())
