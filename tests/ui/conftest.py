"""Fixtures for the desktop UI: an opened data folder that never reaches a real wiki,
and the main window on it."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import update_settings
from desktop_app.ui import operations
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sync_monitor import SyncMonitor


def unused_local_api_url() -> str:
    """An API URL on a 127.0.0.1 port nobody listens on: a fast, certain "offline"."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/w/api.php"


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    """An opened data folder whose configured wiki is unreachable."""
    context = AppContext.open(data_dir)
    with context.db.session() as session:
        update_settings(
            session, wiki_api_url=unused_local_api_url(), helpdesk_page="Project:Help desk"
        )
    yield context
    context.close()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if str(getattr(handler, "baseFilename", "")).startswith(str(data_dir)):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def monitor(ctx: AppContext) -> SyncMonitor:
    """A sync monitor that is not started: tests trigger checks themselves."""
    return SyncMonitor(ctx)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, monitor: SyncMonitor) -> Iterator[MainWindow]:
    """The main window in English, shown (offscreen)."""
    install_language("en")
    main_window = MainWindow(ctx, monitor)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    main_window.close()
    wait_for_operations(qtbot)
    install_language("en")


def wait_for_operations(qtbot: QtBot, timeout_ms: int = 10_000) -> None:
    """Let every background operation deliver, so none outlives the test's data folder."""
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=timeout_ms)
