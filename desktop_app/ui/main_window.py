"""The main window: navigation on the side, one area at a time, status at the bottom.

It wires the parts together and owns nothing else — each area keeps its own state and
the sync monitor its own timer. A new area is a new module under ``ui/areas/`` plus one
line in :meth:`MainWindow._build_areas`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

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
from desktop_app.ui.focus_order import make_later_widgets_follow
from desktop_app.ui.i18n import Retranslatable, install_language
from desktop_app.ui.menus import WindowMenus
from desktop_app.ui.navigation import (
    DESK_ROW,
    LOG_ROW,
    MEDIA_ROW,
    PARTNERSHIPS_ROW,
    REQUESTS_ROW,
    SETTINGS_ROW,
    UPLOADS_ROW,
    area_labels,
)
from desktop_app.ui.shortcuts import area_keys, with_shortcut
from desktop_app.ui.window_areas import WindowAreas

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext
    from desktop_app.ui.areas.media import MediaArea
    from desktop_app.ui.areas.requests import RequestsArea
    from desktop_app.ui.areas.uploads import UploadsArea
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


class MainWindow(Retranslatable, WindowAreas, QMainWindow):
    """Side navigation (Ctrl+1…7), the areas in a stack, connection status below.

    Built in two steps so that the first paint waits for nothing heavy (issue 11): the
    frame — navigation, an empty page, the status bar — needs only Qt and the data
    folder's place; :meth:`attach` opens onto the store and builds the area it opens on.
    Each other area is built when first wanted (:mod:`desktop_app.ui.area_slots`): the
    ``*_area`` properties build theirs on first use, and :meth:`_wire_area` connects it.
    Given a context, the constructor does both steps (tests, tools).
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
        from desktop_app.ui.uploads.status_watch import UploadStatusWatch
        from desktop_app.ui.uploads.worker_host import UploadWorkerHost

        self.ctx = ctx
        self.monitor = monitor
        self.disk_full_notice = DiskFullNotice(self, ctx.paths.root)
        # The upload worker carries on with the queue after a restart, and the status bar
        # counts its files, before (or without) the Uploads area being shown.
        self.upload_host = UploadWorkerHost(ctx, self)
        self.upload_watch = UploadStatusWatch(ctx, self.upload_host, self)
        self._build_areas()
        self._build_bundle_actions()

        self.connection_status = ConnectionStatus(self)
        self.failure_notice = MessageLabel(self)
        self.failure_notice.setObjectName("failureNotice")
        self.failure_notice.setWordWrap(False)
        self.failure_notice.hide()
        self.statusBar().addWidget(self.failure_notice)
        self.statusBar().addPermanentWidget(self.connection_status)
        # Tab goes navigation → the area shown → status bar, also for areas built later.
        make_later_widgets_follow(self.nav)

        self._wire()
        log_links().open_requested.connect(self.open_log_at)
        operations.set_default_failure_handler(self._show_operation_failure)
        self.attached = True
        self.retranslate_ui()
        # Partnerships first: where work starts (issue 12), not an empty request form.
        self.nav.setCurrentRow(-1)
        self.nav.setCurrentRow(PARTNERSHIPS_ROW)
        self.monitor.refresh_pending()
        self.upload_watch.refresh()
        self.upload_host.start_if_pending()
        self.ready.emit()

    def _build_areas(self) -> None:
        """Partnerships (where the window opens) now; the rest when first wanted."""
        from desktop_app.ui.area_factories import area_factories
        from desktop_app.ui.area_slots import AreaSlots

        factories = area_factories(self.ctx, self.upload_host)
        assert len(factories) == self.nav.count(), "ui/navigation.py lists every area"
        self.slots = AreaSlots(self.stack, factories, now=(PARTNERSHIPS_ROW,))

    def _build_bundle_actions(self) -> None:
        """Work that travels (issue 14): in the File menu and in two areas."""
        from desktop_app.ui.bundles.controller import BundleController

        self.bundles = BundleController(self.ctx, self)
        self.menus.build()  # the menus' actions, with Ctrl+1…N and the main actions
        self.file_menu = self.menus.file_menu
        self.partnerships_area.add_tools(self.bundles.area_actions())
        self.bundles.set_context(self._bundle_suggestion)
        self.bundles.changed.connect(self._on_bundle_changed)

    def _wire(self) -> None:
        """Connect what exists from the start; each later area in :meth:`_wire_area`."""
        from desktop_app.services.settings import get_settings

        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        # What the monitor said last, for an area built later (it missed the signal).
        self._link_state = (str(self.monitor.state), self.monitor.detail)
        self.monitor.state_changed.connect(self._remember_link_state)
        self.monitor.state_changed.connect(self.connection_status.set_state)
        self.monitor.reachable_changed.connect(self.connection_status.set_reachable)
        self.monitor.pending_changed.connect(self.connection_status.set_pending)
        self.monitor.uploads_pending_changed.connect(self.connection_status.set_uploads_pending)
        self.upload_watch.pending_changed.connect(self.connection_status.set_uploads_pending)
        self.upload_watch.account_halt_changed.connect(self.connection_status.set_upload_halt)
        # The fix for "no account" or a bad helpdesk page is in Settings: one click there.
        self.connection_status.settings_requested.connect(self.open_settings)
        # "Check now" is the user saying "send it now": backoff is not waited for.
        self.connection_status.check_requested.connect(self.monitor.send_now)
        self.partnerships_area.helpRequested.connect(self.open_help_request)
        # Uploads: resume when the link returns.
        self.monitor.state_changed.connect(self.upload_host.on_link_state)
        self.slots.built.connect(self._wire_area)
        self.show_desk(get_settings(self.ctx.db).desk_enabled)

    def _wire_area(self, row: int) -> None:
        """Connect an area built just now (the first time it was wanted)."""
        if row == REQUESTS_ROW:
            requests = self.requests_area
            self.monitor.state_changed.connect(requests.set_link_state)
            requests.set_link_state(*self._link_state)
            requests.settings_requested.connect(self.open_settings)
            self.monitor.outbox_changed.connect(requests.refresh)
            self.monitor.replies_arrived.connect(lambda _new: requests.refresh())
            requests.queued.connect(lambda _id: self._on_request_queued())
            requests.withdrawn.connect(lambda _id: self.monitor.refresh_pending())
        elif row == UPLOADS_ROW:
            uploads = self.uploads_area
            uploads.pending_changed.connect(self.connection_status.set_uploads_pending)
            uploads.account_halt_changed.connect(self.connection_status.set_upload_halt)
            uploads.settings_requested.connect(self.open_settings)
            uploads.showMediaItem.connect(self.open_media_item)
            self.monitor.state_changed.connect(uploads.queue_view.set_link_state)
            uploads.queue_view.set_link_state(*self._link_state)
            self.upload_watch.refresh()  # what the area has just read, the status bar too
        elif row == MEDIA_ROW:
            media = self.media_area
            media.batchQueued.connect(self._on_batch_queued)
            media.batch_actions.addSeparator()
            media.batch_actions.addActions(self.bundles.area_actions())
            self.menus.add_media_tools(media)
        elif row == SETTINGS_ROW:
            settings = self.settings_area
            settings.language_chosen.connect(self._on_language_chosen)
            settings.settings_saved.connect(self.monitor.check_now)
            # A new account needs a new upload worker.
            settings.settings_saved.connect(self.upload_host.restart)
            settings.upload_settings.limits_changed.connect(
                lambda _limits: self.upload_host.reload_limits()
            )
            settings.desk_settings.desk_toggled.connect(self.show_desk)
        elif row == DESK_ROW:
            desk = self.desk_area
            desk.queued.connect(self._on_request_queued)
            self.monitor.outbox_changed.connect(desk.refresh)

    # -- public --------------------------------------------------------------------------
    def show_area(self, row: int, *, focus: bool = False) -> None:
        """Switch to the area at ``row``; ``focus`` (Ctrl+row+1) also puts the keyboard on
        the navigation, so Tab goes on into the area."""
        if 0 <= row < self.nav.count() and not self.nav.item(row).isHidden():
            self.nav.setCurrentRow(row)
            if focus:
                self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_desk(self, shown: bool) -> None:
        """Show the Helpdesk desk in the navigation only for people who work for one."""
        self.nav.item(DESK_ROW).setHidden(not shown)
        self.menus.set_area_shown(DESK_ROW, shown)
        if not shown and self.nav.currentRow() == DESK_ROW:
            self.show_area(SETTINGS_ROW)

    def open_help_request(self, request_id: int) -> None:
        """Show the Requests area with one request open (asked for from elsewhere)."""
        self.show_area(REQUESTS_ROW)
        self.requests_area.open_request(request_id)

    def open_settings(self) -> None:
        """Show the Settings area (asked for where the account or page holds work)."""
        self.show_area(SETTINGS_ROW)

    def open_log_at(self, needle: str) -> None:
        """Show the Log area at the last line containing ``needle`` ("Details…")."""
        self.log_area.show_entry(needle)
        self.show_area(LOG_ROW)

    def open_media_item(self, item_id: int) -> None:
        """Show the Media area with one file selected ("Fix metadata" from Uploads)."""
        self.show_area(MEDIA_ROW)
        self.media_area.open_item(item_id)

    def refresh_uploads(self) -> None:
        """The queue changed elsewhere (a bundle, the sample removed): read it again."""
        self.upload_watch.refresh()
        uploads = self.slots.built_area(UPLOADS_ROW)
        if uploads is not None:
            cast("UploadsArea", uploads).refresh()

    def ask_passphrase_if_needed(self) -> PassphraseDialog | None:
        """No keyring and a locked password file: ask once, then send what waits."""
        from desktop_app.ui.passphrase_dialog import ask_for_passphrase

        return ask_for_passphrase(self, self._on_passwords_unlocked, at_start=True)

    def current_area(self) -> Area:
        return self.slots.area(self.stack.currentIndex())

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

            requests = self.slots.built_area(REQUESTS_ROW)
            if requests is not None:
                cast("RequestsArea", requests).flush()
            uploads = self.slots.built_area(UPLOADS_ROW)
            if uploads is not None:
                cast("UploadsArea", uploads).shutdown()
            self.upload_host.stop()
            self.monitor.stop()
            operations.set_default_failure_handler(None)
        super().closeEvent(event)

    # -- internals -----------------------------------------------------------------------
    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        area = self.slots.area(row)  # built first: the stack never shows a placeholder
        self.stack.setCurrentIndex(row)
        area.on_shown()

    def _remember_link_state(self, state: str, detail: str) -> None:
        self._link_state = (state, detail)

    def _on_request_queued(self) -> None:
        self.monitor.refresh_pending()
        self.monitor.check_now()

    def _on_batch_queued(self, _batch_id: int) -> None:
        # MediaArea only emits when at least one file was queued: worth showing the queue.
        self.uploads_area.batch_queued()
        self.show_area(UPLOADS_ROW)
        self.monitor.refresh_pending()

    def _bundle_suggestion(self) -> ExportChoice:
        """Export what is open in front: the Media area's batch, else the open partner."""
        from desktop_app.services.media_batches import batch_info
        from desktop_app.services.partnerships import get_partnership
        from desktop_app.ui.bundles.controller import ExportChoice

        if self.stack.currentIndex() == MEDIA_ROW and self.media_area.batch_bar.batch_id:
            info = batch_info(self.ctx.db, self.media_area.batch_bar.batch_id)
            if info is not None:
                return ExportChoice(partnership=info.partnership, batches=[info.name])
        partnership_id = self.partnerships_area.detail.partnership_id
        if partnership_id is not None:
            return ExportChoice(partnership=get_partnership(self.ctx.db, partnership_id).name)
        return ExportChoice()

    def _on_bundle_changed(self) -> None:
        self.monitor.refresh_pending()
        self.partnerships_area.refresh()
        self.refresh_uploads()
        requests = self.slots.built_area(REQUESTS_ROW)  # one not built yet reads it when shown
        if requests is not None:
            cast("RequestsArea", requests).refresh()
        media = self.slots.built_area(MEDIA_ROW)
        if media is not None:
            cast("MediaArea", media).batch_bar.refresh()

    def _on_passwords_unlocked(self) -> None:
        self.monitor.send_now()
        self.upload_host.restart()

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
