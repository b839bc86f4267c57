"""The menu bar: every main action once, with its shortcut, reachable without a mouse.

File (new partnership and request, the bundle actions, settings, quit), View (the areas
by Ctrl+1…N, find in this area), Media (new batch, import, the table's tools, check and
upload), Uploads (start, pause, send now) and Help (the guides, the shortcut list). The
Media menu holds the very actions the Media area shows as buttons, so their state and
shortcuts are shared; an action chosen here first brings its area to the front.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop_app.ui import shortcuts
from desktop_app.ui.navigation import SETTINGS_ROW, area_labels
from desktop_app.ui.shortcut_list import ShortcutListDialog
from desktop_app.ui.shortcuts import Keys, plain, with_shortcut

if TYPE_CHECKING:
    from desktop_app.ui.areas.base import Area
    from desktop_app.ui.areas.media import MediaArea
    from desktop_app.ui.main_window import MainWindow


AreaT = TypeVar("AreaT", bound="Area")


class WindowMenus(QObject):
    """Builds the window's menu bar and carries out what is chosen there.

    The menus' titles come with the window's frame, so the menu bar is there from the
    first paint; their actions are added by :meth:`build` once the areas exist.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        # Made here and handed to the bar (not ``bar.addMenu(title)``, which makes them in
        # C++): their Python side then stays valid for as long as the window lives.
        self.file_menu, self.view_menu, self.media_menu, self.uploads_menu, self.help_menu = (
            QMenu(bar) for _ in range(5)
        )
        for menu in (self.file_menu, self.view_menu, self.media_menu, self.uploads_menu):
            bar.addMenu(menu)
        bar.addMenu(self.help_menu)
        for menu, name in (
            (self.file_menu, "fileMenu"),
            (self.view_menu, "viewMenu"),
            (self.media_menu, "mediaMenu"),
            (self.uploads_menu, "uploadsMenu"),
            (self.help_menu, "helpMenu"),
        ):
            menu.setObjectName(name)
        self.shortcut_list: ShortcutListDialog | None = None
        self.built = False
        self.retranslate()

    def build(self) -> None:
        """Add the actions (the window's areas, bundles and monitor exist now)."""
        self._build_file()
        self._build_view()
        self._build_media()
        self._build_uploads()
        self._build_help()
        self.window.nav.currentRowChanged.connect(self._on_area_changed)
        self.built = True
        self.retranslate()

    # -- building ------------------------------------------------------------------------
    def _action(self, name: str, slot: Callable[[], object], keys: Keys | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcuts(keys.sequences())
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # shortcuts work while the menu bar is closed
        return action

    def _build_file(self) -> None:
        bundles = self.window.bundles
        self.new_partnership = self._action(
            "newPartnership", self.new_partnership_now, shortcuts.NEW_PARTNERSHIP
        )
        self.new_request = self._action("newRequest", self.new_request_now, shortcuts.NEW_REQUEST)
        self.settings = self._action("openSettings", self.settings_now, shortcuts.SETTINGS)
        self.quit = self._action("quit", self.window.close, shortcuts.QUIT)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addActions([self.new_partnership, self.new_request])
        self.file_menu.addSeparator()
        self.file_menu.addActions(bundles.area_actions())
        self.file_menu.addAction(bundles.import_receipt_action)
        self.file_menu.addAction(bundles.conflicts_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.settings, self.quit])

    def _build_view(self) -> None:
        self.area_group = QActionGroup(self)
        self.area_actions: list[QAction] = []
        for row in range(self.window.nav.count()):
            action = self._action(
                f"showArea{row + 1}",
                lambda row=row: self.window.show_area(row, focus=True),  # type: ignore[misc]
                shortcuts.area_keys(row + 1),
            )
            action.setCheckable(True)
            self.area_group.addAction(action)
            self.area_actions.append(action)
        self.find = self._action("findInArea", self.find_now, shortcuts.FIND)
        self.view_menu.addActions(self.area_actions)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.find)

    def _build_media(self) -> None:
        self.new_batch = self._action("newBatch", lambda: self._batch_bar_does("open_new_batch"))
        self.import_files = self._action(
            "importFiles", lambda: self._batch_bar_does("choose_files"), shortcuts.IMPORT_FILES
        )
        self.import_folder = self._action(
            "importFolder", lambda: self._batch_bar_does("choose_folder"), shortcuts.IMPORT_FOLDER
        )
        self.import_sheet = self._action(
            "importFromSheet", lambda: self._batch_bar_does("choose_sheet")
        )
        self.media_menu.addActions(
            [self.new_batch, self.import_files, self.import_folder, self.import_sheet]
        )
        self._area_tools: list[QAction] = []  # the Media area's own, once it is built
        # Opened before the Media area was wanted: build it, so the menu is complete.
        self.media_menu.aboutToShow.connect(lambda: self.window.media_area)
        self.media_menu.triggered.connect(self._on_media_menu)

    def add_media_tools(self, media: MediaArea) -> None:
        """Add the Media area's own actions (the window calls this when it builds Media).

        Their shortcuts stay where the table is (Ctrl+Z undoes a text edit elsewhere);
        chosen from the menu, the Media area comes to the front.
        """
        table = media.table
        self._area_tools = [
            table.bulk_action,
            table.fill_action,
            table.replace_action,
            table.undo_action,
            table.redo_action,
            media.sheets.export_action,
            media.sheets.import_sheet_action,
            media.batch_actions.online_check_action,
            media.batch_actions.upload_action,
        ]
        self.media_menu.addSeparator()
        self.media_menu.addActions(self._area_tools[:5])
        self.media_menu.addSeparator()
        self.media_menu.addActions(self._area_tools[5:7])
        self.media_menu.addSeparator()
        self.media_menu.addActions(self._area_tools[7:])

    def _build_uploads(self) -> None:
        self.start_uploads = self._action(
            "startUploads", self.start_uploads_now, shortcuts.START_UPLOADS
        )
        self.pause_uploads = self._action(
            "pauseUploads", self.pause_uploads_now, shortcuts.PAUSE_UPLOADS
        )
        self.send_now = self._action("sendNow", self.window.monitor.send_now, shortcuts.SEND_NOW)
        self.uploads_menu.addActions([self.start_uploads, self.pause_uploads])
        self.uploads_menu.addSeparator()
        self.uploads_menu.addAction(self.send_now)

    def _build_help(self) -> None:
        self.guides = self._action("openGuides", self.open_guides)
        self.shortcut_list_action = self._action(
            "shortcutList", self.show_shortcut_list, shortcuts.SHORTCUT_LIST
        )
        self.help_menu.addActions([self.guides, self.shortcut_list_action])

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """All texts again (the window calls this when the language changes)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.media_menu.setTitle(self.tr("&Media"))
        self.uploads_menu.setTitle(self.tr("&Uploads"))
        self.help_menu.setTitle(self.tr("&Help"))
        if not self.built:
            return
        self.new_partnership.setText(self.tr("&New partnership…"))
        self.new_request.setText(self.tr("New req&uest"))
        self.settings.setText(self.tr("S&ettings"))
        self.quit.setText(self.tr("&Quit"))
        for row, label in enumerate(area_labels()):
            self.area_actions[row].setText(label)
        self.find.setText(self.tr("&Find in this area"))
        self.new_batch.setText(self.tr("&New batch…"))
        self.import_files.setText(self.tr("Impor&t files…"))
        self.import_folder.setText(self.tr("&Import folder…"))
        self.import_sheet.setText(self.tr("Import from &spreadsheet…"))
        self.start_uploads.setText(self.tr("&Start or resume uploads"))
        self.pause_uploads.setText(self.tr("&Pause all uploads"))
        self.send_now.setText(self.tr("&Connect and send now"))
        self.guides.setText(self.tr("&Guides"))
        self.shortcut_list_action.setText(self.tr("&Keyboard shortcuts"))
        for action in self._own_actions():
            action.setToolTip(self._tooltip(action))

    def _own_actions(self) -> list[QAction]:
        return [
            self.new_partnership,
            self.new_request,
            self.settings,
            self.quit,
            *self.area_actions,
            self.find,
            self.new_batch,
            self.import_files,
            self.import_folder,
            self.import_sheet,
            self.start_uploads,
            self.pause_uploads,
            self.send_now,
            self.guides,
            self.shortcut_list_action,
        ]

    def _tooltip(self, action: QAction) -> str:
        return with_shortcut(plain(action.text()), action.shortcut())

    # -- what the actions do ---------------------------------------------------------------
    def new_partnership_now(self) -> None:
        area = self._bring(self.window.partnerships_area)
        area.start_new()

    def new_request_now(self) -> None:
        area = self._bring(self.window.requests_area)
        area.start_new()
        area.editor.subject_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def settings_now(self) -> None:
        self.window.show_area(SETTINGS_ROW, focus=True)

    def find_now(self) -> None:
        field = self.window.current_area().search_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            select_all = getattr(field, "selectAll", None)
            if callable(select_all):
                select_all()

    def start_uploads_now(self) -> None:
        area = self._bring(self.window.uploads_area)
        area.queue_view.batch_actions.resume_all()

    def pause_uploads_now(self) -> None:
        area = self._bring(self.window.uploads_area)
        area.queue_view.batch_actions.pause_all()

    def open_guides(self) -> None:
        area = self._bring(self.window.partnerships_area)
        area.show_guides()

    def show_shortcut_list(self) -> ShortcutListDialog:
        if self.shortcut_list is not None:
            self.shortcut_list.close()
        self.shortcut_list = ShortcutListDialog(self.window.menuBar(), self.window)
        self.shortcut_list.open()
        return self.shortcut_list

    # -- internals -----------------------------------------------------------------------
    def _bring(self, area: AreaT) -> AreaT:
        """Show ``area`` (the action's result is seen where it happens)."""
        if self.window.current_area() is not area:
            self.window.show_area(self.window.slots.row_of(area))
        return area

    def _batch_bar_does(self, method: str) -> None:
        media = self._bring(self.window.media_area)
        getattr(media.batch_bar, method)()

    def _on_media_menu(self, action: QAction) -> None:
        if action in self._area_tools:
            self._bring(self.window.media_area)

    def _on_area_changed(self, row: int) -> None:
        if 0 <= row < len(self.area_actions):
            self.area_actions[row].setChecked(True)
            self.find.setEnabled(self.window.slots.area(row).search_field() is not None)

    def set_area_shown(self, row: int, shown: bool) -> None:
        """Hide the View entry (and its shortcut) of an area the navigation hides."""
        self.area_actions[row].setVisible(shown)
