"""The Log area shows the end of the log file."""

from __future__ import annotations

import logging

from pytestqt.qtbot import QtBot

from desktop_app.ui.areas.log_view import read_log_tail
from desktop_app.ui.main_window import MainWindow


def test_log_area_shows_recent_log_lines_and_refreshes(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area(5)
    area = window.log_area
    qtbot.waitUntil(lambda: "Opened data folder" in area.text_view.toPlainText(), timeout=5000)
    logging.getLogger("desktop_app.test").warning("A line written during the test")
    area.refresh_button.click()
    qtbot.waitUntil(
        lambda: "A line written during the test" in area.text_view.toPlainText(), timeout=5000
    )


def test_log_tail_starts_at_a_line_boundary(tmp_path) -> None:  # type: ignore[no-untyped-def]
    log_file = tmp_path / "x.log"
    log_file.write_text("".join(f"line {n}\n" for n in range(1000)), encoding="utf-8")
    tail = read_log_tail(log_file, max_bytes=100)
    assert tail.startswith("line ")
    assert tail.endswith("line 999\n")
    assert read_log_tail(tmp_path / "missing.log") == ""
