"""The window's start with a data folder that cannot be created: a message, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.app import run_gui


def test_the_app_says_which_data_folder_cannot_be_used_and_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))

    assert run_gui(str(blocker / "data")) == 2

    [message] = shown
    assert str(blocker) in message and "Not a directory" in message
    assert "--data-dir" in message
