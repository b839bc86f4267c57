"""The Requests area's tests start with it shown (the app itself opens on Partnerships)."""

from __future__ import annotations

import pytest

from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The main window with the Requests area shown, as a user opening it would have it."""
    window.show_area(window.areas.index(window.requests_area))
    return window
