"""Nothing is cut off: in a language 40 % longer than English (a pseudo-translation made
from the sources) and at 150 % scale on a 1366×768 screen (issue 12, §3 and §4)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.i18n import PSEUDO_CATALOGUE_ENV, install_language
from desktop_app.ui.main_window import MainWindow
from tests.ui.keyboard.layout_check import cut_off_texts

REPO = Path(__file__).resolve().parents[3]
# QT_SCALE_FACTOR=1.5 on a 1366×768 screen leaves this many device-independent pixels;
# Qt's scaling is uniform, so laying out at this size is what the user sees, enlarged.
SCALED_150 = (1366 * 2 // 3, 768 * 2 // 3)
SHOTS_ENV = "FIELDKIT_TEST_SHOTS"  # a folder: save what the test saw, to look at


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pseudo-translation of every source string, made by the project's own script."""
    qm = tmp_path_factory.mktemp("pseudo") / "fieldkit_pseudo.qm"
    script = REPO / "scripts" / "pseudo_translate.py"
    subprocess.run([sys.executable, str(script), str(qm)], check=True, cwd=REPO)
    return qm


def cut_offs_in_every_area(qtbot: QtBot, window: MainWindow) -> dict[str, list[str]]:
    """Every area and every tab page in it, shown in turn: what is cut off where."""
    found: dict[str, list[str]] = {}
    window.show_desk(True)
    for row, area in enumerate(window.areas):
        window.show_area(row)
        tab_widgets = [tabs for tabs in area.findChildren(QTabWidget) if tabs.isVisible()]
        pages = [(tabs, index) for tabs in tab_widgets for index in range(tabs.count())]
        for tabs, index in [(None, 0), *pages]:
            if tabs is not None:
                tabs.setCurrentIndex(index)
            where = area.nav_label() + (f" / {tabs.tabText(index)}" if tabs else "")
            try:  # layouts settle over a few event-loop turns: only what stays cut off counts
                qtbot.waitUntil(lambda: not cut_off_texts(window), timeout=1500)
            except qtbot.TimeoutError:
                found[where] = cut_off_texts(window)
    return found


def test_pseudo_translation_is_40_percent_longer_and_keeps_placeholders(
    pseudo_catalogue: Path,
) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from pseudo_translate import pseudo
    finally:
        sys.path.remove(str(REPO / "scripts"))
    text = pseudo("Import &files… ({count} of %n)")
    assert text.startswith("[") and text.endswith("]")
    assert "{count}" in text and "%n" in text and "&f" in text
    assert len(text) >= 1.4 * len("Import files… ({count} of %n)")
    assert pseudo_catalogue.stat().st_size > 10_000


def test_no_label_or_button_is_cut_off_in_a_language_40_percent_longer(
    qtbot: QtBot,
    filled_window: MainWindow,
    pseudo_catalogue: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = filled_window
    monkeypatch.setenv(PSEUDO_CATALOGUE_ENV, str(pseudo_catalogue))
    install_language("en")
    assert window.media_area.nav_label().startswith("[")  # the pseudo catalogue is in use
    found = cut_offs_in_every_area(qtbot, window)
    monkeypatch.delenv(PSEUDO_CATALOGUE_ENV)
    install_language("en")
    assert not found, "\n".join(f"{where}: {texts}" for where, texts in found.items())


def test_window_fits_and_cuts_nothing_off_at_150_percent_on_1366x768(
    qtbot: QtBot, filled_window: MainWindow
) -> None:
    window = filled_window
    window.resize(*SCALED_150)
    qtbot.wait(50)
    assert (window.width(), window.height()) == SCALED_150  # its minimum size allows it
    found = cut_offs_in_every_area(qtbot, window)
    assert not found, "\n".join(f"{where}: {texts}" for where, texts in found.items())


def test_the_check_finds_a_button_too_narrow_for_its_text(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("A rather long button text", window.requests_area)
    button.setObjectName("narrow")
    button.setFixedWidth(30)
    button.show()
    window.show_area(window.areas.index(window.requests_area))
    assert any("'narrow'" in line for line in cut_off_texts(window))


@pytest.fixture
def system_font_at_150_percent(qapp: QApplication) -> Iterator[QFont]:
    """The system font 1.5 times its size, as the window finds it when it is built."""
    normal = QApplication.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.5)
    QApplication.setFont(large)
    yield large
    QApplication.setFont(normal)


def test_nothing_is_cut_off_with_fonts_at_150_percent(
    qtbot: QtBot, system_font_at_150_percent: QFont, filled_window: MainWindow
) -> None:
    """A larger system font (not a scale factor: the text grows, the screen does not), on
    a 1366×768 screen."""
    window = filled_window
    window.resize(1366, 768)
    qtbot.wait(50)
    for control in (window.media_area.batch_bar.new_button, window.nav):
        assert control.font().pointSizeF() == system_font_at_150_percent.pointSizeF()
    found = cut_offs_in_every_area(qtbot, window)
    if SHOTS_ENV in os.environ:
        window.grab().save(os.path.join(os.environ[SHOTS_ENV], "fonts150.png"))
    assert not found, "\n".join(f"{where}: {texts}" for where, texts in found.items())
