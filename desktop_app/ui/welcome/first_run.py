"""Wiring the first start into the main window: the welcome, and "Remove sample".

Kept out of ``main_window.py`` so the window stays a frame: ``app.run_gui`` calls
:func:`attach_first_run` once the window exists; tests call it the same way. After the
welcome the window shows Partnerships with the partnership just made (or the sample)
open; a new login reaches the status bar and the upload worker as a saved Settings form
does.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLocale, QObject

from desktop_app.services.first_run import welcome_needed
from desktop_app.services.partnerships import content_language
from desktop_app.ui.navigation import MEDIA_ROW, PARTNERSHIPS_ROW, SETTINGS_ROW
from desktop_app.ui.welcome.sample_banner import SampleBanner

if TYPE_CHECKING:
    from desktop_app.ui.areas.media import MediaArea
    from desktop_app.ui.areas.settings import SettingsArea
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.welcome.dialog import WelcomeDialog

log = logging.getLogger(__name__)

STATUS_MESSAGE_MS = 10_000


class FirstRun(QObject):
    """The sample's band in Partnerships, and the welcome when this is a first start."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.welcome: WelcomeDialog | None = None
        self.banner = SampleBanner(window.ctx, window.partnerships_area)
        window.partnerships_area.add_banner(self.banner)
        self.banner.about_to_remove.connect(lambda _id: window.partnerships_area.flush())
        self.banner.removed.connect(self._on_sample_removed)
        window.stack.currentChanged.connect(lambda _row: self.banner.refresh())

    def offer_welcome(self, locale: QLocale | None = None) -> WelcomeDialog | None:
        """Open the welcome over the window if this data folder never saw it."""
        if not welcome_needed(self.window.ctx.db):
            return None
        from desktop_app.ui.welcome.dialog import WelcomeDialog  # only on a first start

        self.welcome = WelcomeDialog(self.window.ctx, self.window, locale)
        self.welcome.account_saved.connect(self._on_account_saved)
        self.welcome.desk_toggled.connect(self._on_desk_toggled)
        self.welcome.ended.connect(self._on_welcome_ended)
        self.welcome.open()
        return self.welcome

    # -- internals -----------------------------------------------------------------------
    def _reload_settings(self) -> None:
        """Settings shows what the welcome saved (if built; else it reads it when built)."""
        settings = self.window.slots.built_area(SETTINGS_ROW)
        if settings is not None:
            cast("SettingsArea", settings).load()
            cast("SettingsArea", settings).desk_settings.load()

    def _on_account_saved(self) -> None:
        window = self.window
        self._reload_settings()
        window.monitor.check_now()
        window.upload_host.restart()

    def _on_desk_toggled(self, on: bool) -> None:
        self._reload_settings()  # Settings shows the same answer
        self.window.show_desk(on)

    def _on_welcome_ended(self, partnership_id: int | None) -> None:
        window = self.window
        self._reload_settings()  # the language (and wiki) chosen show there too
        area = window.partnerships_area
        window.show_area(PARTNERSHIPS_ROW)
        area.refresh()
        self.banner.refresh()
        if partnership_id is not None:
            area.open_partnership(partnership_id)

    def _on_sample_removed(self, partnership_id: int) -> None:
        window = self.window
        area = window.partnerships_area
        if area.detail.partnership_id == partnership_id:
            area.detail.show_partnership(None, content_language(window.ctx.db))
        area.refresh()
        media = window.slots.built_area(MEDIA_ROW)  # one not built yet reads it when shown
        if media is not None:
            cast("MediaArea", media).batch_bar.refresh()
        window.refresh_uploads()
        window.monitor.refresh_pending()
        window.statusBar().showMessage(
            self.tr("The sample partnership was removed."), STATUS_MESSAGE_MS
        )


def attach_first_run(window: MainWindow) -> FirstRun:
    """Add the first-start parts to ``window`` (call :meth:`FirstRun.offer_welcome` next)."""
    return FirstRun(window)
