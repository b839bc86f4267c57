"""The main window: navigation on the side, one area at a time, status at the bottom.

It wires the parts together and owns nothing else — each area keeps its own state and
the sync monitor its own timer. A new area is a new module under ``ui/areas/`` plus one
line in :meth:`MainWindow._build_areas`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop_app.ui.areas.base import Area
from desktop_app.ui.focus_marks import install_focus_marks
from desktop_app.ui.i18n import Retranslatable, install_language
from desktop_app.ui.menus import WindowMenus
from desktop_app.ui.navigation import DESK_ROW, area_labels
from desktop_app.ui.shortcuts import area_keys, with_shortcut

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext
    from desktop_app.ui.bundles.controller import ExportChoice
    from desktop_app.ui.passphrase_dialog import PassphraseDialog
    from desktop_app.ui.sync_monitor import SyncMonitor

log = logging.getLogger(__name__)

NAV_WIDTH = 190
# Roomy rows: the list is the main way around, also for touchpads and tired eyes.
NAV_STYLE = (
    "QListWidget#navigation { padding-top: 8px; }"
    " QListWidget#navigation::item { padding: 7px 12px; }"
)
STATUS_MESSAGE_MS = 10_000


class MainWindow(Retranslatable, QMainWindow):
    """Side navigation (Ctrl+1…7), the areas in a stack, connection status below.

    Built in two steps so that the first paint waits for nothing heavy (issue 11): the
    frame — navigation, an empty page, the status bar — needs only Qt and the data
    folder's place; :meth:`attach` opens onto the store and builds the areas. Given a
    context, the constructor does both (tests, tools).
    """

    ready = Signal()  # attached: the areas are built and the window can be used

    def __init__(
        self,
        ctx: AppContext | None = None,
        monitor: SyncMonitor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attached = False
        self.setObjectName("mainWindow")
        self.resize(QSize(1000, 660))
        self.setMinimumSize(QSize(720, 480))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for _label in area_labels():
            self.nav.addItem(QListWidgetItem())
        self.nav.item(DESK_ROW).setHidden(True)  # until the settings say otherwise
        self.stack = QStackedWidget(self)  # empty (and blank) until the areas are built

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar()  # its room is kept from the first paint on
        self.menus = WindowMenus(self)  # the menu bar's titles now, its actions on attach
        install_focus_marks()  # a focused list or table shows it (Fusion does not)
        self.nav.setCurrentRow(0)  # where the window will open (before the signal is wired)
        self.retranslate_ui()
        if ctx is not None:
            assert monitor is not None, "a window on a data folder needs its sync monitor"
            self.attach(ctx, monitor)

    def attach(self, ctx: AppContext, monitor: SyncMonitor) -> None:
        """Open onto the data folder: build the areas, menus and status, wire them up.

        The areas' modules are imported here, not at the top: they load the store and
        SQLAlchemy, which the first paint must not wait for.
        """
        from desktop_app.ui import operations
        from desktop_app.ui.disk_full import DiskFullNotice
        from desktop_app.ui.log_links import log_links
        from desktop_app.ui.message_label import MessageLabel
        from desktop_app.ui.status_bar import ConnectionStatus

        self.ctx = ctx
        self.monitor = monitor
        self.disk_full_notice = DiskFullNotice(self, ctx.paths.root)
        self._build_areas()
        self._build_bundle_actions()

        self.connection_status = ConnectionStatus(self)
        self.failure_notice = MessageLabel(self)
        self.failure_notice.setObjectName("failureNotice")
        self.failure_notice.setWordWrap(False)
        self.failure_notice.hide()
        self.statusBar().addWidget(self.failure_notice)
        self.statusBar().addPermanentWidget(self.connection_status)

        self._wire()
        log_links().open_requested.connect(self.open_log_at)
        operations.set_default_failure_handler(self._show_operation_failure)
        self.attached = True
        self.retranslate_ui()
        # Partnerships first: where work starts (issue 12), not an empty request form.
        self.nav.setCurrentRow(-1)
        self.nav.setCurrentRow(self.areas.index(self.partnerships_area))
        self.monitor.refresh_pending()
        self.ready.emit()

    def _build_areas(self) -> None:
        from desktop_app.ui.areas.desk import DeskArea
        from desktop_app.ui.areas.log_view import LogArea
        from desktop_app.ui.areas.media import MediaArea
        from desktop_app.ui.areas.partnerships import PartnershipsArea
        from desktop_app.ui.areas.requests import RequestsArea
        from desktop_app.ui.areas.settings import SettingsArea
        from desktop_app.ui.areas.uploads import UploadsArea

        self.partnerships_area = PartnershipsArea(self.ctx, self)
        self.requests_area = RequestsArea(self.ctx.db, self)
        self.media_area = MediaArea(self.ctx, self)
        self.uploads_area = UploadsArea(self.ctx, self)
        self.settings_area = SettingsArea(self.ctx, self)
        self.log_area = LogArea(self.ctx.paths.log_file, self)
        self.desk_area = DeskArea(self.ctx, self)  # last: the others keep their Ctrl+N
        self.areas: list[Area] = [
            self.partnerships_area,
            self.requests_area,
            self.media_area,
            self.uploads_area,
            self.settings_area,
            self.log_area,
            self.desk_area,
        ]
        assert len(self.areas) == self.nav.count(), "ui/navigation.py lists every area"
        for area in self.areas:
            self.stack.addWidget(area)

    def _build_bundle_actions(self) -> None:
        """Work that travels (issue 14): in the File menu and in two areas."""
        from desktop_app.ui.bundles.controller import BundleController

        self.bundles = BundleController(self.ctx, self)
        self.menus.build()  # the menus' actions, with Ctrl+1…N and the main actions
        self.file_menu = self.menus.file_menu
        self.partnerships_area.add_tools(self.bundles.area_actions())
        self.media_area.batch_actions.addSeparator()
        self.media_area.batch_actions.addActions(self.bundles.area_actions())
        self.bundles.set_context(self._bundle_suggestion)
        self.bundles.changed.connect(self._on_bundle_changed)

    def _wire(self) -> None:
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.monitor.state_changed.connect(self.connection_status.set_state)
        self.monitor.reachable_changed.connect(self.connection_status.set_reachable)
        self.monitor.pending_changed.connect(self.connection_status.set_pending)
        self.monitor.uploads_pending_changed.connect(self.connection_status.set_uploads_pending)
        self.monitor.state_changed.connect(self.requests_area.set_link_state)
        self.uploads_area.pending_changed.connect(self.connection_status.set_uploads_pending)
        self.uploads_area.account_halt_changed.connect(self.connection_status.set_upload_halt)
        # The fix for "no account" or a bad helpdesk page is in Settings: one click there.
        for asking in (self.connection_status, self.requests_area, self.uploads_area):
            asking.settings_requested.connect(self.open_settings)
        self.monitor.outbox_changed.connect(self.requests_area.refresh)
        self.monitor.replies_arrived.connect(lambda _new: self.requests_area.refresh())
        # "Check now" is the user saying "send it now": backoff is not waited for.
        self.connection_status.check_requested.connect(self.monitor.send_now)
        self.requests_area.queued.connect(lambda _id: self._on_request_queued())
        self.requests_area.withdrawn.connect(lambda _id: self.monitor.refresh_pending())
        self.partnerships_area.helpRequested.connect(self.open_help_request)
        self.settings_area.language_chosen.connect(self._on_language_chosen)
        self.settings_area.settings_saved.connect(self.monitor.check_now)
        # Uploads: resume when the link returns; a new account needs a new worker.
        self.monitor.state_changed.connect(self.uploads_area.on_link_state)
        self.settings_area.settings_saved.connect(self.uploads_area.host.restart)
        self.settings_area.upload_settings.limits_changed.connect(
            lambda _limits: self.uploads_area.host.reload_limits()
        )
        self.uploads_area.showMediaItem.connect(self.open_media_item)
        self.media_area.batchQueued.connect(self._on_batch_queued)
        self.desk_area.queued.connect(self._on_request_queued)
        self.monitor.outbox_changed.connect(self.desk_area.refresh)
        self.settings_area.desk_settings.desk_toggled.connect(self.show_desk)
        self.show_desk(self.settings_area.desk_settings.enabled_check.isChecked())

    # -- public --------------------------------------------------------------------------
    def show_area(self, row: int, *, focus: bool = False) -> None:
        """Switch to the area at ``row``; ``focus`` (Ctrl+row+1) also puts the keyboard on
        the navigation, so Tab goes on into the area."""
        if 0 <= row < len(self.areas) and not self.nav.item(row).isHidden():
            self.nav.setCurrentRow(row)
            if focus:
                self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_desk(self, shown: bool) -> None:
        """Show the Helpdesk desk in the navigation only for people who work for one."""
        row = self.areas.index(self.desk_area)
        self.nav.item(row).setHidden(not shown)
        self.menus.set_area_shown(row, shown)
        if not shown and self.nav.currentRow() == row:
            self.show_area(self.areas.index(self.settings_area))

    def open_help_request(self, request_id: int) -> None:
        """Show the Requests area with one request open (asked for from elsewhere)."""
        self.show_area(self.areas.index(self.requests_area))
        self.requests_area.open_request(request_id)

    def open_settings(self) -> None:
        """Show the Settings area (asked for where the account or page holds work)."""
        self.show_area(self.areas.index(self.settings_area))

    def open_log_at(self, needle: str) -> None:
        """Show the Log area at the last line containing ``needle`` ("Details…")."""
        self.log_area.show_entry(needle)
        self.show_area(self.areas.index(self.log_area))

    def open_media_item(self, item_id: int) -> None:
        """Show the Media area with one file selected ("Fix metadata" from Uploads)."""
        self.show_area(self.areas.index(self.media_area))
        self.media_area.open_item(item_id)

    def ask_passphrase_if_needed(self) -> PassphraseDialog | None:
        """No keyring and a locked password file: ask once, then send what waits."""
        from desktop_app.ui.passphrase_dialog import ask_for_passphrase

        return ask_for_passphrase(self, self._on_passwords_unlocked, at_start=True)

    def current_area(self) -> Area:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Area)
        return widget

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Fieldkit"))
        self.nav.setAccessibleName(self.tr("Areas"))
        for row, label in enumerate(area_labels()):
            item = self.nav.item(row)
            item.setText(label)
            item.setToolTip(with_shortcut(label, area_keys(row + 1)))
        self.menus.retranslate()
        if self.attached:
            self.bundles.retranslate()

    # -- Qt ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.attached:
            from desktop_app.ui import operations

            self.requests_area.flush()
            self.uploads_area.shutdown()
            self.monitor.stop()
            operations.set_default_failure_handler(None)
        super().closeEvent(event)

    # -- internals -----------------------------------------------------------------------
    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.current_area().on_shown()

    def _on_request_queued(self) -> None:
        self.monitor.refresh_pending()
        self.monitor.check_now()

    def _on_batch_queued(self, _batch_id: int) -> None:
        # MediaArea only emits when at least one file was queued: worth showing the queue.
        self.uploads_area.batch_queued()
        self.show_area(self.areas.index(self.uploads_area))
        self.monitor.refresh_pending()

    def _bundle_suggestion(self) -> ExportChoice:
        """Export what is open in front: the Media area's batch, else the open partner."""
        from desktop_app.services.media_batches import batch_info
        from desktop_app.services.partnerships import get_partnership
        from desktop_app.ui.bundles.controller import ExportChoice

        if self.current_area() is self.media_area and self.media_area.batch_bar.batch_id:
            info = batch_info(self.ctx.db, self.media_area.batch_bar.batch_id)
            if info is not None:
                return ExportChoice(partnership=info.partnership, batches=[info.name])
        partnership_id = self.partnerships_area.detail.partnership_id
        if partnership_id is not None:
            return ExportChoice(partnership=get_partnership(self.ctx.db, partnership_id).name)
        return ExportChoice()

    def _on_bundle_changed(self) -> None:
        self.monitor.refresh_pending()
        for area in (self.partnerships_area, self.requests_area, self.uploads_area):
            area.refresh()
        self.media_area.batch_bar.refresh()

    def _on_passwords_unlocked(self) -> None:
        self.monitor.send_now()
        self.uploads_area.host.restart()

    def _on_language_chosen(self, language: str) -> None:
        install_language(language)

    def _show_operation_failure(self, error: BaseException) -> None:
        if self.disk_full_notice.show_if_disk_full(error):
            return
        # Logged already, with its text (by the operations helper): that is the needle.
        self.failure_notice.show_message(
            lambda: self.tr("Something went wrong."),
            problem=True,
            details=str(error).splitlines()[0] if str(error) else type(error).__name__,
        )
        QTimer.singleShot(STATUS_MESSAGE_MS, self.failure_notice.clear_message)
