"""The "Export bundle" form: which partnership and batches, with files or not, how split.

It only collects the choice (:class:`ExportChoice`); the controller runs the export in
the background. The partnership and batch open in the area the user came from are
chosen already.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.bundle_format import DEFAULT_VOLUME_SIZE

# Part sizes offered: FAT32 sticks (the default), CDs, and none.
VOLUME_SIZES = (DEFAULT_VOLUME_SIZE, 700 * 1024 * 1024, None)


@dataclass
class ExportChoice:
    """What the user chose (or what the current area suggests before the form opens)."""

    partnership: str = ""
    batches: list[str] | None = None  # None: all of them
    include_media: bool = True
    volume_size: int | None = DEFAULT_VOLUME_SIZE
    out: Path | None = None


class ExportDialog(QDialog):
    """Partnership, batches, files, parts and the target file; OK only when complete."""

    def __init__(
        self,
        batches_by_partnership: dict[str, list[str]],
        suggested: ExportChoice,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportBundleDialog")
        self.setWindowTitle(self.tr("Export bundle"))
        self.setMinimumWidth(560)  # room for a path on a stick
        self._batches = batches_by_partnership
        self.intro = QLabel(
            self.tr(
                "A bundle carries a partnership — its checklists, help requests and batches, "
                "and the files themselves — to another computer on a USB stick. Import it "
                "there; later a receipt brings back what became of it."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.partnership_combo = QComboBox(self)
        self.partnership_combo.setObjectName("bundlePartnership")
        self.partnership_combo.addItems(sorted(batches_by_partnership, key=str.casefold))
        self.batch_list = QListWidget(self)
        self.batch_list.setObjectName("bundleBatches")
        self.batch_list.setMaximumHeight(120)
        self.media_check = QCheckBox(self.tr("Include the media files"), self)
        self.media_check.setObjectName("bundleIncludeMedia")
        self.media_check.setChecked(suggested.include_media)
        self.size_combo = QComboBox(self)
        self.size_combo.setObjectName("bundleVolumeSize")
        self.size_combo.addItem(self.tr("Parts of 3.9 GiB (for FAT32 sticks)"), VOLUME_SIZES[0])
        self.size_combo.addItem(self.tr("Parts of 700 MiB"), VOLUME_SIZES[1])
        self.size_combo.addItem(self.tr("One file, however large"), VOLUME_SIZES[2])
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("bundlePath")
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow(self.tr("Partnership:"), self.partnership_combo)
        form.addRow(self.tr("Batches:"), self.batch_list)
        form.addRow("", self.media_check)
        form.addRow(self.tr("Split:"), self.size_combo)
        form.addRow(self.tr("Save as:"), path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.partnership_combo.currentTextChanged.connect(self._show_batches)
        self.path_edit.textChanged.connect(self._update_ok)
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if suggested.partnership:
            self.partnership_combo.setCurrentText(suggested.partnership)
        self._show_batches(self.partnership_combo.currentText(), suggested.batches)
        if suggested.out is not None:
            self.path_edit.setText(str(suggested.out))
        self._update_ok()

    def _show_batches(self, partnership: str, chosen: list[str] | None = None) -> None:
        self.batch_list.clear()
        for name in self._batches.get(partnership, []):
            item = QListWidgetItem(name, self.batch_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = chosen is None or name in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._update_ok()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export bundle"),
            self.path_edit.text(),
            self.tr("Fieldkit bundle (*.fkb)"),
        )
        if path:
            self.path_edit.setText(path if path.endswith(".fkb") else path + ".fkb")

    def _update_ok(self) -> None:
        ready = bool(self.partnership_combo.currentText() and self.path_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def choice(self) -> ExportChoice:
        """What the form says now."""
        items = [self.batch_list.item(row) for row in range(self.batch_list.count())]
        checked = [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]
        return ExportChoice(
            partnership=self.partnership_combo.currentText(),
            batches=None if len(checked) == len(items) else checked,
            include_media=self.media_check.isChecked(),
            volume_size=self.size_combo.currentData(),
            out=Path(self.path_edit.text().strip()),
        )
