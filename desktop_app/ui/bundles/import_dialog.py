"""The "Import bundle" form: which bundle, and the folder its media files go to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ImportDialog(QDialog):
    """Bundle file and media folder; OK once both are named."""

    def __init__(
        self, media_dir: Path, bundle: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importBundleDialog")
        self.setWindowTitle(self.tr("Import bundle"))
        self.setMinimumWidth(560)  # room for a path on a stick
        self.intro = QLabel(
            self.tr(
                "Everything in the bundle is checked before anything is changed. Records "
                "edited on both computers are shown as conflicts with both values; nothing is "
                "overwritten. Its media files are copied into the folder below."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.bundle_edit = QLineEdit(str(bundle) if bundle else "", self)
        self.bundle_edit.setObjectName("bundleFile")
        self.bundle_button = QPushButton(self.tr("Browse…"), self)
        self.media_edit = QLineEdit(str(media_dir), self)
        self.media_edit.setObjectName("bundleMediaDir")
        self.media_button = QPushButton(self.tr("Choose…"), self)
        form = QFormLayout()
        form.addRow(self.tr("Bundle:"), self._row(self.bundle_edit, self.bundle_button))
        form.addRow(self.tr("Media files go to:"), self._row(self.media_edit, self.media_button))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.bundle_button.clicked.connect(self._browse_bundle)
        self.media_button.clicked.connect(self._browse_media)
        for edit in (self.bundle_edit, self.media_edit):
            edit.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()

    @staticmethod
    def _row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    def _browse_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import bundle"),
            self.bundle_edit.text(),
            self.tr("Fieldkit bundle (*.fkb)"),
        )
        if path:
            self.bundle_edit.setText(path)

    def _browse_media(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where the media files go"), self.media_edit.text()
        )
        if folder:
            self.media_edit.setText(folder)

    def _update_ok(self) -> None:
        ready = bool(self.bundle_edit.text().strip() and self.media_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def bundle(self) -> Path:
        return Path(self.bundle_edit.text().strip())

    def media_dir(self) -> Path:
        return Path(self.media_edit.text().strip())
