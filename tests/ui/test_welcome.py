"""The first start's welcome, end to end in the real main window.

Shown once per data folder and never again (finished, skipped, Esc); the language picked
applies at once and is kept; the wiki and the bot login are saved by the same use case as
Settings (password to the keyring only) or put off with "Later — I am offline now"; a
first partnership or the sample is made and opened on Partnerships; the sample goes in one
click. No tooltip anywhere shows a Python exception's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_app.core.settings import AppSettings
from desktop_app.services import account
from desktop_app.services.sample import current_sample
from desktop_app.store.context import AppContext
from desktop_app.store.models import Checklist, MediaBatch, MediaItem, Partnership
from desktop_app.store.repositories.settings import load_settings
from desktop_app.system import credentials
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sync_monitor import LinkState, SyncMonitor
from desktop_app.ui.welcome import wiki_page
from desktop_app.ui.welcome.dialog import PARTNERSHIP, WIKI, WelcomeDialog
from desktop_app.ui.welcome.first_run import FirstRun, attach_first_run
from tests.ui.conftest import wait_for_operations
from tests.ui.test_settings_area import PASSWORD, MemoryKeyring

OTHER_WIKI = "http://127.0.0.1:9/w/api.php"
# What a Python exception's text looks like in a tooltip: class names, errno, addresses.
TECHNICAL = re.compile(
    r"Error\b|Exception|Traceback|errno|Errno|refused|HTTPConnectionPool|Max retries|"
    r"\[\w+ \d+\]|<\w+ object at"
)


@pytest.fixture
def first_run(window: MainWindow) -> FirstRun:
    return attach_first_run(window)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def welcome(first_run: FirstRun, language: str = "en") -> WelcomeDialog:
    dialog = first_run.offer_welcome(QLocale(language))
    assert dialog is not None and dialog.isVisible()
    return dialog


def saved(ctx: AppContext) -> AppSettings:
    with ctx.db.session() as session:
        return load_settings(session)


def count(ctx: AppContext, table: type) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def finish_with(qtbot: QtBot, dialog: WelcomeDialog) -> None:
    dialog.next_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)


@pytest.mark.parametrize("how", ["skip", "escape", "finish"])
def test_the_welcome_is_shown_once_and_never_again(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, first_run: FirstRun, how: str
) -> None:
    dialog = welcome(first_run)
    assert dialog.isModal() and dialog.pages.currentIndex() == 0
    assert dialog.skip_button.isVisible()  # skippable from the first page on
    if how == "skip":
        dialog.skip_button.click()
    elif how == "escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        dialog.next_button.click()
        dialog.later_button.click()
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PARTNERSHIP, timeout=5000)
        dialog.partnership_page.neither_radio.setChecked(True)
        finish_with(qtbot, dialog)
    assert not dialog.isVisible()
    assert saved(ctx).welcome_state == ("finished" if how == "finish" else "skipped")
    assert window.current_area() is window.partnerships_area

    # The next start, on the same data folder: no welcome.
    wait_for_operations(qtbot)
    again = MainWindow(ctx, SyncMonitor(ctx))
    qtbot.addWidget(again)
    assert attach_first_run(again).offer_welcome(QLocale("en")) is None
    assert first_run.offer_welcome(QLocale("en")) is None


def test_the_system_language_comes_first_and_the_one_picked_applies_at_once(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, first_run: FirstRun
) -> None:
    dialog = welcome(first_run, "sv")  # a Swedish system
    assert dialog.language_page.chosen() == "sv"
    assert dialog.windowTitle() == "Välkommen till Fieldkit"
    assert window.partnerships_area.nav_label() == "Partnerskap"  # the window behind too
    assert saved(ctx).language == "sv"

    languages = dialog.language_page.languages
    english = languages.findItems("English", Qt.MatchFlag.MatchExactly)[0]
    languages.setCurrentItem(english)
    assert dialog.windowTitle() == "Welcome to Fieldkit"
    assert dialog.next_button.text() == "&Next"
    assert saved(ctx).language == "en"

    languages.setCurrentItem(languages.findItems("Svenska", Qt.MatchFlag.MatchExactly)[0])
    dialog.skip_button.click()
    assert saved(ctx).language == "sv"  # what was chosen before skipping is kept
    combo = window.settings_area.language_combo
    assert combo.currentData() == "sv"  # Settings shows the same choice


def test_arabic_turns_the_welcome_right_to_left(
    window: MainWindow, ctx: AppContext, first_run: FirstRun
) -> None:
    dialog = welcome(first_run)
    languages = dialog.language_page.languages
    languages.setCurrentItem(languages.findItems("العربية", Qt.MatchFlag.MatchExactly)[0])
    assert saved(ctx).language == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.skip_button.click()


def test_the_wiki_login_is_saved_as_settings_saves_it_password_in_the_keyring(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    first_run: FirstRun,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[str, str, bool]] = []
    real = account.set_account

    def spy(
        ctx: AppContext, api_url: str, username: str, password: str | None = None
    ) -> account.AccountSaved:
        calls.append((api_url, username, bool(password)))
        return real(ctx, api_url, username, password)

    assert wiki_page.set_account is real  # the very use case the Settings area calls
    monkeypatch.setattr(wiki_page, "set_account", spy)
    checks: list[bool] = []
    window.monitor.check_finished.connect(lambda *_args: checks.append(True))

    dialog = welcome(first_run)
    dialog.next_button.click()
    page = dialog.wiki_page
    assert dialog.pages.currentIndex() == WIKI
    page.commons_radio.setChecked(True)  # (the test folder points at another wiki)
    page.username_edit.setText("Anna")  # not a bot login: refused, nothing saved
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == WIKI
    assert "name@bot" in page.problem.text() and not calls

    page.username_edit.setText("Anna@Fieldkit")
    page.password_edit.setText(PASSWORD)
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == PARTNERSHIP  # saving never waits for the network
    note = dialog.partnership_page.account_note
    qtbot.waitUntil(lambda: "keyring" in note.text(), timeout=10_000)

    assert calls == [("https://commons.wikimedia.org/w/api.php", "Anna@Fieldkit", True)]
    settings = saved(ctx)
    assert (settings.wiki_api_url, settings.wiki_username) == (
        "https://commons.wikimedia.org/w/api.php",
        "Anna@Fieldkit",
    )
    assert list(memory_keyring.passwords.values()) == [PASSWORD]
    assert page.password_edit.text() == ""
    assert window.settings_area.username_edit.text() == "Anna@Fieldkit"  # Settings shows it
    qtbot.waitUntil(lambda: bool(checks), timeout=10_000)  # the status bar asks again
    dialog.skip_button.click()
    wait_for_operations(qtbot)
    ctx.db.close()
    for path in ctx.paths.root.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_later_i_am_offline_keeps_the_wiki_and_asks_for_no_login(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, first_run: FirstRun
) -> None:
    dialog = welcome(first_run)
    dialog.next_button.click()
    page = dialog.wiki_page
    assert dialog.later_button.isVisible() and "offline" in dialog.later_button.text()
    page.other_radio.setChecked(True)
    page.api_url_edit.setText("not an address")
    dialog.later_button.click()
    assert dialog.pages.currentIndex() == WIKI  # a bad address is refused even for later
    assert "API address" in page.problem.text()

    page.api_url_edit.setText(OTHER_WIKI)
    page.username_edit.setText("Half typed")
    dialog.later_button.click()
    assert dialog.pages.currentIndex() == PARTNERSHIP
    wait_for_operations(qtbot)
    settings = saved(ctx)
    assert (settings.wiki_api_url, settings.wiki_username) == (OTHER_WIKI, "")
    dialog.skip_button.click()
    monitor = window.monitor
    with qtbot.waitSignal(monitor.check_finished, timeout=10_000):
        monitor.check_now()
    assert window.connection_status.state_label.text().startswith("No wiki account yet")


def test_a_first_partnership_is_made_and_opened_on_partnerships(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, first_run: FirstRun
) -> None:
    window.show_area(window.areas.index(window.requests_area))
    dialog = welcome(first_run)
    dialog.next_button.click()
    dialog.later_button.click()
    page = dialog.partnership_page
    assert page.create_radio.isChecked()  # the default choice
    dialog.next_button.click()  # no name: refused under the field, nothing made
    assert dialog.isVisible() and page.problem.text()
    problem_top = page.problem.mapTo(page, page.problem.rect().topLeft()).y()
    assert problem_top < page.sample_radio.y()  # under the name field, not at the bottom
    assert count(ctx, Partnership) == 0

    page.name_edit.setText("Nordiska museet")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("museum"))
    finish_with(qtbot, dialog)

    with ctx.db.session() as session:
        made = session.scalars(select(Partnership)).one()
    assert (made.name, made.kind) == ("Nordiska museet", "museum")
    assert window.current_area() is window.partnerships_area
    assert window.partnerships_area.detail.partnership_id == made.id
    assert not first_run.banner.isVisible()  # not a sample


def test_the_sample_opens_from_the_welcome_and_goes_in_one_click(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, first_run: FirstRun
) -> None:
    dialog = welcome(first_run)
    dialog.next_button.click()
    dialog.later_button.click()
    dialog.partnership_page.sample_radio.setChecked(True)
    finish_with(qtbot, dialog)

    sample_id = current_sample(ctx.db)
    assert sample_id is not None
    assert window.current_area() is window.partnerships_area
    assert window.partnerships_area.detail.partnership_id == sample_id
    banner = first_run.banner
    assert banner.isVisible() and "Sample: Town Museum" in banner.text.text()
    folder = ctx.paths.root / "sample"
    assert len(list(folder.iterdir())) == 4
    assert (count(ctx, MediaItem), count(ctx, MediaBatch)) == (4, 1)
    assert count(ctx, Checklist) == 2

    banner.remove_button.click()  # one click, no question
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert not folder.exists()
    for table in (Partnership, Checklist, MediaBatch, MediaItem):
        assert count(ctx, table) == 0, table
    assert window.partnerships_area.detail.partnership_id is None
    assert "sample partnership was removed" in window.statusBar().currentMessage()


def test_the_status_bar_speaks_plainly_and_no_tooltip_carries_exception_text(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, first_run: FirstRun
) -> None:
    dialog = welcome(first_run)
    dialog.next_button.click()
    page = dialog.wiki_page
    page.other_radio.setChecked(True)
    page.api_url_edit.setText(saved(ctx).wiki_api_url)  # nobody answers there
    page.username_edit.setText("Anna@Fieldkit")
    page.password_edit.setText(PASSWORD)
    page.test_button.click()  # the optional check meets a refused connection
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10_000)
    assert "cannot be reached" in page.test_result.text()

    monitor = window.monitor
    with qtbot.waitSignal(monitor.check_finished, timeout=10_000):
        monitor.check_now()
    status = window.connection_status
    assert monitor.state == LinkState.UNCONFIGURED  # nothing was saved: no login yet
    widgets = [window, *window.findChildren(QWidget), dialog, *dialog.findChildren(QWidget)]
    texts = [widget.toolTip() for widget in widgets]
    texts += [page.test_result.text(), status.state_label.text()]
    for text in texts:
        assert not TECHNICAL.search(text), text
    dialog.skip_button.click()


def test_offline_is_said_plainly_with_a_tooltip_in_plain_words(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    from desktop_app.store.repositories.settings import update_settings

    with ctx.db.session() as session:
        update_settings(session, wiki_username="Anna@Fieldkit")
    with qtbot.waitSignal(window.monitor.check_finished, timeout=10_000):
        window.monitor.check_now()
    status = window.connection_status
    assert status.state_label.text() == "Offline — your work is saved and will be sent later"
    assert status.state_label.toolTip().startswith("The wiki cannot be reached now.")
    for widget in [window, *window.findChildren(QWidget)]:
        assert not TECHNICAL.search(widget.toolTip()), (widget.objectName(), widget.toolTip())


def test_without_a_keyring_the_welcome_keeps_the_password_in_the_encrypted_file(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, first_run: FirstRun
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        dialog = welcome(first_run)
        dialog.next_button.click()
        dialog.wiki_page.username_edit.setText("Anna@Fieldkit")
        dialog.wiki_page.password_edit.setText(PASSWORD)
        dialog.next_button.click()
        # Fieldkit's encrypted password file stands in for the keyring: a new passphrase.
        asked = dialog.wiki_page.passphrase_dialog
        assert asked is not None and asked.isVisible()
        asked.passphrase_edit.insert("Fältkit passfras 2026")
        asked.again_edit.insert("Fältkit passfras 2026")
        QTest.keyClick(asked.passphrase_edit, Qt.Key.Key_Return)
        note = dialog.partnership_page.account_note
        qtbot.waitUntil(lambda: "encrypted file" in note.text(), timeout=10_000)
        stored = credentials.load_password(
            saved(ctx).wiki_api_url, "Anna@Fieldkit", env_var="FIELDKIT_UNSET_IN_TESTS"
        )
        assert stored == PASSWORD
    finally:
        keyring.set_keyring(previous)
        credentials.use_password_file(None)
    assert saved(ctx).wiki_username == "Anna@Fieldkit"
    dialog.skip_button.click()


def test_without_a_keyring_a_declined_passphrase_keeps_the_login_and_says_so(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, first_run: FirstRun
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        dialog = welcome(first_run)
        dialog.next_button.click()
        dialog.wiki_page.username_edit.setText("Anna@Fieldkit")
        dialog.wiki_page.password_edit.setText(PASSWORD)
        dialog.next_button.click()
        asked = dialog.wiki_page.passphrase_dialog
        assert asked is not None
        asked.reject()
        note = dialog.partnership_page.account_note
        qtbot.waitUntil(lambda: "not the password" in note.text(), timeout=10_000)
    finally:
        keyring.set_keyring(previous)
        credentials.use_password_file(None)
    assert saved(ctx).wiki_username == "Anna@Fieldkit"
    dialog.skip_button.click()


def test_i_work_for_a_helpdesk_shows_the_desk_as_settings_does(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, first_run: FirstRun
) -> None:
    desk_row = window.areas.index(window.desk_area)
    assert window.nav.item(desk_row).isHidden()
    dialog = welcome(first_run)
    dialog.next_button.click()
    dialog.later_button.click()
    check = dialog.partnership_page.desk_check
    assert not check.isChecked()
    check.click()

    assert saved(ctx).desk_enabled  # the very setting Settings' checkbox writes
    assert not window.nav.item(desk_row).isHidden()
    assert window.settings_area.desk_settings.enabled_check.isChecked()
    dialog.partnership_page.neither_radio.setChecked(True)
    finish_with(qtbot, dialog)
    assert window.current_area() is window.partnerships_area
    assert not window.nav.item(desk_row).isHidden()

    # The next start shows the desk too; and Settings switches it off again.
    again = MainWindow(ctx, SyncMonitor(ctx))
    qtbot.addWidget(again)
    assert not again.nav.item(desk_row).isHidden()
    window.settings_area.desk_settings.enabled_check.click()
    assert not saved(ctx).desk_enabled
    assert window.nav.item(desk_row).isHidden()


def test_unticking_the_helpdesk_in_the_welcome_hides_the_desk_again(
    window: MainWindow, ctx: AppContext, first_run: FirstRun
) -> None:
    dialog = welcome(first_run)
    check = dialog.partnership_page.desk_check
    check.setChecked(True)
    check.setChecked(False)
    assert not saved(ctx).desk_enabled
    assert window.nav.item(window.areas.index(window.desk_area)).isHidden()
    dialog.skip_button.click()
