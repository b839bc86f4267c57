"""No two controls reachable at once share an Alt+letter, in any language (issue 12, §4).

For English and every shipped catalogue: each area (and each tab in it, the desk too)
with something in it, the menu bar, every menu, and the dialogs with several
accelerators, opened without blocking. A shared letter makes Alt+letter cycle between
the controls (or, in a menu, never reach the second), so one of them is lost to the
keyboard.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.bundles.export_dialog import ExportChoice, ExportDialog
from desktop_app.ui.bundles.import_dialog import ImportDialog
from desktop_app.ui.i18n import available_languages, install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.media.edit_dialogs import BulkEditDialog, FindReplaceDialog
from desktop_app.ui.media.new_batch import NewBatchDialog
from desktop_app.ui.partnerships.new_dialog import NewPartnershipDialog
from desktop_app.ui.passphrase_dialog import PassphraseDialog
from desktop_app.ui.uploads.decision_dialog import DecisionDialog
from desktop_app.ui.welcome.dialog import WelcomeDialog
from tests.ui.conftest import wait_for_operations
from tests.ui.keyboard.accelerators import (
    Clashes,
    clashes,
    menu_texts,
    reachable_texts,
    tab_pages,
)

LANGUAGES = available_languages()


def dialogs(window: MainWindow, language: str) -> dict[str, Callable[[], QDialog]]:
    """The dialogs with several accelerators, made as the app makes them (not yet shown)."""
    partner = "Nordic Museum"
    return {
        "New partnership": lambda: NewPartnershipDialog(window.ctx.db, window),
        "New batch": lambda: NewBatchDialog([partner], partner, window.media_area.batch_bar),
        "Edit the selected files": lambda: BulkEditDialog(3, window),
        "Find and replace": lambda: FindReplaceDialog(3, window),
        "Export bundle": lambda: ExportDialog({partner: ["Samples"]}, ExportChoice(), window),
        "Import bundle": lambda: ImportDialog(Path.home(), None, window),
        "Passphrase": lambda: PassphraseDialog(window, create=True, path=None),
        "Upload decision": lambda: DecisionDialog("File:Example.jpg", [], window),
        "Welcome": lambda: WelcomeDialog(window.ctx, window, QLocale(language)),
    }


def welcome_pages(dialog: WelcomeDialog) -> list[Callable[[], object]]:
    """Steps from one welcome page to the next, as the buttons take them."""
    return [lambda: None, dialog.next, dialog.later]


def reachable_together(qtbot: QtBot, window: MainWindow, language: str) -> dict[str, list[str]]:
    """Per place in the window, its menus and its dialogs: the accelerated texts that
    Alt+letter reaches there at the same time."""
    found: dict[str, list[str]] = {}

    def check(where: str, root: QWidget) -> None:
        qtbot.wait(1)  # let shown/hidden widgets settle
        found[where] = reachable_texts(root)

    window.show_desk(True)
    for row, area in enumerate(window.areas):
        window.show_area(row)
        wait_for_operations(qtbot)  # what an area loads in the background (the log) is shown
        for tab in tab_pages(area):
            check(type(area).__name__ + (f" / {tab}" if tab else ""), window)
    for menu, texts in menu_texts(window).items():
        found[f"menu {menu}"] = texts
    for name, make in dialogs(window, language).items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        steps = welcome_pages(dialog) if isinstance(dialog, WelcomeDialog) else [lambda: None]
        for number, step in enumerate(steps, start=1):
            step()
            for tab in tab_pages(dialog):
                page = f" page {number}" if len(steps) > 1 else ""
                check(f"dialog {name}{page}" + (f" / {tab}" if tab else ""), dialog)
        dialog.close()
        dialog.deleteLater()
        wait_for_operations(qtbot)
    return found


def report(language: str, found: dict[str, Clashes]) -> str:
    lines = [
        f"{language}, {where}: {key} → {' | '.join(texts)}"
        for where, shared in found.items()
        for key, texts in shared.items()
    ]
    return f"{len(lines)} Alt+letter clash(es):\n" + "\n".join(lines)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_reachable_controls_share_an_alt_letter(
    qtbot: QtBot, filled_window: MainWindow, language: str
) -> None:
    assert install_language(language)
    together = reachable_together(qtbot, filled_window, language)
    found = {where: clashes(texts) for where, texts in together.items() if clashes(texts)}
    assert not found, report(language, found)


def test_the_check_sees_a_clash_when_there_is_one(qtbot: QtBot, window: MainWindow) -> None:
    """Two buttons on one page with the same letter are found, named by their texts."""
    window.show_area(window.areas.index(window.settings_area))
    before = clashes(reachable_texts(window))
    twin = QPushButton("&Zebra", window.settings_area)
    twin_too = QPushButton("&zoo", window.settings_area)
    layout = window.settings_area.layout()
    assert layout is not None
    for widget in (twin, twin_too):
        layout.addWidget(widget)
    qtbot.waitUntil(twin_too.isVisible)
    after = clashes(reachable_texts(window))
    assert after.get("Z") == ["&Zebra", "&zoo"]
    assert "Z" not in before
