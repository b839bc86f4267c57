"""The window on a 1366×768 laptop, and its size, place and splitters across restarts.

A first start fits a 1366×768 screen with a taskbar (1366×728 free) and shows the Media
table beside its detail pane, neither cut nor overlapping; size, place and splitter
positions come back at the next start, and a window saved on a bigger screen is brought
back onto a smaller one. Restarts are new windows on the same data folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.sample import create_sample
from desktop_app.store.context import AppContext
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sync_monitor import SyncMonitor
from desktop_app.ui.window_state import FRAME_ALLOWANCE, WindowMemory, attach_window_memory
from tests.ui.conftest import wait_for_operations

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar
Start = Callable[..., tuple[MainWindow, WindowMemory]]


@pytest.fixture
def start(qtbot: QtBot, ctx: AppContext) -> Iterator[Start]:
    """Start the app's window on ``ctx`` (as ``app.run_gui`` does) on a given screen."""
    opened: list[MainWindow] = []

    def open_window(available: QRect = LAPTOP) -> tuple[MainWindow, WindowMemory]:
        install_language("en")
        window = MainWindow(ctx, SyncMonitor(ctx))
        qtbot.addWidget(window)
        memory = attach_window_memory(window, ctx.paths.root, available)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window, memory

    yield open_window
    for window in opened:
        window.close()
    wait_for_operations(qtbot)


def in_window(widget: QWidget, window: MainWindow) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_a_first_start_fits_a_1366x768_laptop_with_table_and_detail_side_by_side(
    qtbot: QtBot, ctx: AppContext, start: Start
) -> None:
    made = create_sample(ctx, "en")
    window, _memory = start()
    frame = window.geometry().adjusted(
        -FRAME_ALLOWANCE.width() // 2,
        -(FRAME_ALLOWANCE.height() - FRAME_ALLOWANCE.width() // 2),
        FRAME_ALLOWANCE.width() // 2,
        FRAME_ALLOWANCE.width() // 2,
    )
    assert LAPTOP.contains(frame), (frame, LAPTOP)  # title bar and borders included
    assert window.width() >= 1200 and window.height() >= 600  # room used, not a tiny window

    media = window.media_area
    window.show_area(window.areas.index(media))
    media.batch_bar.refresh(select=made.batch_id)
    qtbot.waitUntil(lambda: media.model.rowCount() == 4, timeout=10_000)
    media.table.select_ids([media.model.item_id(0)])  # the detail pane shows a photo
    qtbot.wait(50)
    table, detail = in_window(media.table, window), in_window(media.detail, window)
    assert media.table.isVisible() and media.detail.isVisible()
    assert not table.intersects(detail), (table, detail)
    assert window.rect().contains(table) and window.rect().contains(detail)
    assert media.table.width() >= media.table.minimumSizeHint().width()
    assert media.detail.width() >= media.detail.minimumSizeHint().width()
    assert detail.width() >= 400 and table.width() >= 560  # both usable, not squeezed


def test_size_place_and_splitters_come_back_at_the_next_start(
    qtbot: QtBot, ctx: AppContext, start: Start
) -> None:
    made = create_sample(ctx, "en")
    window, _memory = start()
    window.setGeometry(QRect(60, 70, 1100, 640))
    media = window.media_area
    window.show_area(window.areas.index(media))
    media.batch_bar.refresh(select=made.batch_id)
    qtbot.waitUntil(lambda: media.splitter.isVisible(), timeout=10_000)
    media.splitter.setSizes([420, 600])
    sizes = media.splitter.sizes()
    partnerships = window.partnerships_area
    window.show_area(window.areas.index(partnerships))
    partnerships.splitter.setSizes([300, 700])
    partnership_sizes = partnerships.splitter.sizes()
    window.close()  # saved when the window closes

    again, _memory = start()
    assert again.geometry() == QRect(60, 70, 1100, 640)
    assert again.current_area() is again.partnerships_area
    assert again.partnerships_area.splitter.sizes() == partnership_sizes
    again.show_area(again.areas.index(again.media_area))
    qtbot.waitUntil(lambda: again.media_area.splitter.isVisible(), timeout=10_000)
    assert again.media_area.splitter.sizes() == sizes
    assert sizes[0] < sizes[1]  # not the default 3:2


def test_a_window_saved_on_a_big_screen_comes_back_whole_on_the_laptop(
    qtbot: QtBot, ctx: AppContext, start: Start
) -> None:
    big = QRect(0, 0, 2560, 1400)
    window, _memory = start(big)
    window.setGeometry(QRect(1500, 300, 1900, 1000))
    window.close()

    again, _memory = start(LAPTOP)
    geometry = again.geometry()
    assert LAPTOP.contains(geometry), geometry
    assert geometry.size().boundedTo(QSize(1366, 728)) == geometry.size()
    assert geometry.width() >= 1300  # as big as the laptop allows, not the default
