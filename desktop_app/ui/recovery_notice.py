"""Telling the user, once, that their database was put back from a backup at start-up.

A database left half-upgraded by a crash (older builds could do that) is restored by the
store before the window opens; the user should hear it from the app, in their language,
with where the damaged file was kept, rather than find it in a log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from desktop_app.store.recovery import Recovery


def recovery_text(recovery: Recovery) -> str:
    """What happened and what it means for the user's work, translated."""
    if recovery.restored_from is None:
        text = QCoreApplication.translate(
            "RecoveryNotice",
            "Fieldkit found its database half-created, probably because it was stopped "
            "during its first start. It held no data yet, so Fieldkit created it again.\n\n"
            "The damaged file is kept at:\n{damaged}",
        )
        return text.format(damaged=recovery.damaged_copy)
    text = QCoreApplication.translate(
        "RecoveryNotice",
        "Fieldkit found its database half-upgraded, probably because the computer stopped "
        "during an update. It put back the backup made just before the update "
        "({backup}) and upgraded it again; what you saved before the update is there.\n\n"
        "The damaged file is kept at:\n{damaged}",
    )
    return text.format(backup=recovery.restored_from.name, damaged=recovery.damaged_copy)


def show_recovery_notice(parent: QWidget, recovery: Recovery) -> QMessageBox:
    """Open the notice over ``parent`` without blocking; returns it (tests read it)."""
    box = QMessageBox(parent)
    box.setObjectName("recoveryNotice")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RecoveryNotice", "Database restored"))
    box.setText(recovery_text(recovery))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
