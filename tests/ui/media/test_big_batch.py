"""A big batch costs nothing until Media is shown, is read off the GUI thread, and sorts
as people read (issue 11)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import desktop_app.ui.media.batch_rows as media_module
from desktop_app.services.media_batches import ensure_batch
from desktop_app.store.context import AppContext
from desktop_app.store.models import new_uuid
from desktop_app.store.repositories import media_scans
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.media.table_columns import TITLE
from desktop_app.ui.sync_monitor import SyncMonitor
from tests.ui.conftest import wait_for_operations

ROWS = 3_000


def add_batch(ctx: AppContext, titles: list[str]) -> int:
    """One batch whose files carry ``titles``, inserted in bulk like a scan would."""
    batch_id = ensure_batch(ctx.db, "Harbour museum", "Postcards")[0].id
    with ctx.db.session() as session:
        media_scans.insert_items(
            session,
            [
                {
                    "uuid": new_uuid(),
                    "batch_id": batch_id,
                    "path": f"/nonexistent/postcards/IMG_{number:06d}.jpg",
                    "size": 1000 + number,
                    "mtime": 1.0,
                    "sha1": f"{number:040x}",
                    "kind": "jpeg",
                    "title": title,
                    "descriptions": {"en": f"Postcard {number}", "sv": f"Vykort {number}"},
                    "categories": ["Postcards of harbours"],
                }
                for number, title in enumerate(titles)
            ],
        )
    return int(batch_id)


class LoadSpy:
    """Wraps ``load_table`` in the Media area: counts calls and notes their threads."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.threads: list[threading.Thread] = []
        real = media_module.load_table

        def spy(*args: object, **kwargs: object) -> object:
            self.threads.append(threading.current_thread())
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(media_module, "load_table", spy)


@pytest.fixture
def big_window(
    qtbot: QtBot, ctx: AppContext, monitor: SyncMonitor, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, LoadSpy]]:
    """The main window started on a data folder holding one big batch (Media not shown)."""
    add_batch(ctx, [f"Postcard {n}" for n in range(ROWS)])
    spy = LoadSpy(monkeypatch)
    install_language("en")
    window = MainWindow(ctx, monitor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, spy
    window.close()
    wait_for_operations(qtbot)


def test_a_start_that_never_opens_media_reads_no_rows(
    qtbot: QtBot, big_window: tuple[MainWindow, LoadSpy]
) -> None:
    window, spy = big_window
    assert window.areas[window.nav.currentRow()] is not window.media_area
    qtbot.wait(300)
    wait_for_operations(qtbot)
    assert spy.threads == []
    assert window.media_area.model.total_rows() == 0


def test_showing_media_reads_the_rows_off_the_gui_thread(
    qtbot: QtBot, big_window: tuple[MainWindow, LoadSpy]
) -> None:
    window, spy = big_window
    window.show_area(window.areas.index(window.media_area))
    qtbot.waitUntil(lambda: window.media_area.model.total_rows() == ROWS, timeout=20_000)
    wait_for_operations(qtbot)
    assert len(spy.threads) == 1  # the first show and the batch bar's refresh share one load
    assert spy.threads[0] is not threading.main_thread()
    model = window.media_area.model
    ids = [model.item_id(row) for row in range(model.rowCount())]
    assert ids == sorted(ids) and len(set(ids)) == ROWS  # import order, each file once


# Titles in the order a reader expects: case and accents second, numbers by value.
ENGLISH_ORDER = [
    "apple",
    "Banana",
    "Émile",
    "IMG_2",
    "img_10",
    "IMG_100",
    "resume",
    "résumé",
    "resumes",
    "Zebra",
]


def shown_titles(window: MainWindow) -> list[str]:
    model = window.media_area.model
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ENGLISH_ORDER),
        ("sv", ["Zander", "Zürich", "Ålesund", "Ängel", "Öland"]),  # å ä ö after z
        ("de", ["Ängel", "Öland", "Zander", "Zürich"]),  # ä ö with a and o
    ],
)
def test_sorting_follows_natural_and_language_order(
    qtbot: QtBot,
    ctx: AppContext,
    monitor: SyncMonitor,
    language: str,
    expected: list[str],
) -> None:
    titles = expected[1::2] + expected[::2]  # not in the expected order already
    add_batch(ctx, titles)
    install_language(language)
    window = MainWindow(ctx, monitor)
    qtbot.addWidget(window)
    try:
        window.show()
        window.show_area(window.areas.index(window.media_area))
        qtbot.waitUntil(lambda: window.media_area.model.total_rows() == len(titles))
        view = window.media_area.table.view
        view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        order = shown_titles(window)
        assert order == expected
        view.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
        assert shown_titles(window) == order[::-1]
    finally:
        window.close()
        wait_for_operations(qtbot)
        install_language("en")


def test_an_edited_title_sorts_by_its_new_text(
    qtbot: QtBot, ctx: AppContext, monitor: SyncMonitor
) -> None:
    add_batch(ctx, ["Bravo", "Charlie", "Delta"])
    install_language("en")
    window = MainWindow(ctx, monitor)
    qtbot.addWidget(window)
    try:
        window.show()
        window.show_area(window.areas.index(window.media_area))
        area = window.media_area
        qtbot.waitUntil(lambda: area.model.total_rows() == 3)
        wait_for_operations(qtbot)  # the title keys were prepared in the background
        view = area.table.view
        view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        delta = area.model.item_id(2)
        area.edits.set_text([delta], "title", "Alpha")
        view.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
        view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        assert shown_titles(window) == ["Alpha", "Bravo", "Charlie"]
        assert area.model.item_id(0) == delta
    finally:
        window.close()
        wait_for_operations(qtbot)


def test_keys_built_before_an_edit_are_not_taken() -> None:
    from desktop_app.services.media_edit import CELL_TITLE
    from desktop_app.ui.media.table_keys import ColumnKeys, build_keys

    rows = [(1, "/a/x.jpg", "Bravo", "", "", "", "", None, "[]", "ok")]
    keys = ColumnKeys()
    keys.clear("en")
    generation = keys.generation
    prepared = {CELL_TITLE: build_keys(rows, CELL_TITLE, "en")}
    edited = (1, "/a/x.jpg", "Alpha", "", "", "", "", None, "[]", "ok")
    keys.update(0, edited, CELL_TITLE)  # an edit lands while the keys are being built
    assert not keys.take(prepared, "en", generation)
    assert keys.keys([edited], CELL_TITLE, "en") == ["alpha"]
    assert keys.take(prepared, "en", keys.generation)  # fresh ones are taken…
    assert keys.keys([edited], CELL_TITLE, "en") == ["alpha"]  # …but never over built ones


def test_a_reload_lets_the_old_rows_go(
    qtbot: QtBot, big_window: tuple[MainWindow, LoadSpy]
) -> None:
    import gc
    import types

    window, _spy = big_window
    area = window.media_area
    window.show_area(window.areas.index(area))
    qtbot.waitUntil(lambda: area.model.total_rows() == ROWS, timeout=20_000)
    wait_for_operations(qtbot)  # the rows' sort keys are prepared in the background too
    old_rows = area.model._rows
    old_id = id(old_rows)  # (a closure over old_rows would hold them itself)
    area.reload()
    qtbot.waitUntil(lambda: id(area.model._rows) != old_id, timeout=20_000)
    wait_for_operations(qtbot)
    gc.collect()
    holders = [r for r in gc.get_referrers(old_rows) if not isinstance(r, types.FrameType)]
    assert holders == []  # 50,000 rows per reload would pile up otherwise
