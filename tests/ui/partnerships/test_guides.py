"""The guides browser: search the bundled guides and read them, offline."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.services.catalogues import list_guides
from desktop_app.ui.guides.browser import GuidesBrowser


def titles(browser: GuidesBrowser) -> list[str]:
    return [browser.list_widget.item(row).text() for row in range(browser.list_widget.count())]


def test_all_guides_are_listed_and_the_first_is_shown(qtbot: QtBot) -> None:
    browser = GuidesBrowser()
    qtbot.addWidget(browser)
    assert titles(browser) == [guide.title for guide in list_guides("en")]
    assert browser.text.toPlainText().strip()


def test_search_finds_a_guide_and_shows_its_text(qtbot: QtBot) -> None:
    browser = GuidesBrowser()
    qtbot.addWidget(browser)
    qtbot.keyClicks(browser.search_edit, "chunks")
    qtbot.waitUntil(lambda: len(titles(browser)) == 1, timeout=1000)
    assert titles(browser) == ["How a batch upload works, from folder to Commons"]
    assert browser.guide_id == "batch-upload"
    assert "Upload a few files first" in browser.text.toPlainText()


def test_a_search_without_match_says_so(qtbot: QtBot) -> None:
    browser = GuidesBrowser()
    qtbot.addWidget(browser)
    browser.search("zeppelin banana")
    assert browser.list_stack.currentWidget() is browser.no_match_label
    assert browser.text.toPlainText() == ""


def test_opening_a_guide_clears_a_search_that_hides_it(qtbot: QtBot) -> None:
    browser = GuidesBrowser()
    qtbot.addWidget(browser)
    browser.search("chunks")
    assert browser.show_guide("sharing-outcomes")
    assert browser.search_edit.text() == ""
    assert browser.guide_id == "sharing-outcomes"
    assert browser.list_widget.currentItem().text() == "Sharing outcomes with the partner"
