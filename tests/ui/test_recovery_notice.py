"""The window tells the user when their database was put back from a backup at start."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.store.recovery import Recovery
from desktop_app.ui.i18n import install_language
from desktop_app.ui.recovery_notice import show_recovery_notice


def test_the_notice_names_the_backup_and_where_the_damaged_file_is(
    qtbot: QtBot, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    recovery = Recovery(
        "0002",
        tmp_path / "backups" / "fieldkit-20261130T101500.sqlite3",
        tmp_path / "backups" / "fieldkit-damaged-20261130T101501.sqlite3",
        datetime(2026, 11, 30, tzinfo=UTC),
    )

    box = show_recovery_notice(parent, recovery)
    qtbot.waitExposed(box)

    assert box.isVisible() and box.windowTitle() == "Database restored"
    assert "fieldkit-20261130T101500.sqlite3" in box.text()
    assert str(recovery.damaged_copy) in box.text()
    box.grab().save(str(tmp_path / "recovery-notice.png"))
    box.close()

    install_language("sv")
    try:
        swedish = show_recovery_notice(parent, recovery)
        assert swedish.windowTitle() == "Databasen återställd"
        assert str(recovery.damaged_copy) in swedish.text()
        swedish.close()
    finally:
        install_language("en")
