"""Starting the desktop app: Qt application, data folder, language, window, event loop.

Deliberately thin (Picard's lesson): everything with behaviour lives in ``ui/`` modules.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import TYPE_CHECKING

# Everything without Qt is imported before PySide6, on purpose: once PySide6 is loaded its
# ``__feature__`` import hook reads the source of every module imported after it (for
# SQLAlchemy and the store alone, hundreds of files at each start).
from desktop_app import __version__
from desktop_app.services.settings import get_settings
from desktop_app.store.context import AppContext
from desktop_app.system.display import NO_DISPLAY_MESSAGE, missing_display

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# The modules without Qt that the window's areas use, imported before PySide6 for the reason
# above (services.agreements is not here: it loads Qt for its documents). Only a speed-up:
# a module missing from this list is still imported, just read once more by the hook.
BEFORE_QT = tuple(
    f"desktop_app.{name}"
    for name in [
        "core.faults",
        "core.desk",
        "core.filenames",
        "core.report",
        "core.bundle_format",
        "core.bundle_merge",
        "services.translations",
        "services.media_batches",
        "services.partnerships",
        "services.desk.fetching",
        "services.desk.pack",
        "services.desk.replies",
        "services.desk.triage",
        "services.desk.setup",
        "services.media_checks",
        "services.media_detail",
        "services.media_import",
        "services.media_online",
        "services.media_sheets",
        "services.uploads",
        "services.catalogues",
        "services.checklists",
        "services.requests.queueing",
        "services.requests.attachments",
        "services.requests.replies",
        "services.account",
        "services.helpdesk",
        "services.upload_limits",
        "services.upload_runner",
        "services.report_usage",
        "services.reports",
        "services.bundles.conflicts",
        "services.bundles.export",
        "services.bundles.importing",
        "services.bundles.receipts",
        "services.link_monitor",
    ]
)

APP_NAME = "Fieldkit"
SHUTDOWN_WAIT_MS = 6_000  # a running probe has a 5 s timeout; wait a little longer
EXIT_NO_DISPLAY = 4  # docs/cli.md: the window cannot open here; the CLI can do the work


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists, as under pytest-qt), named Fieldkit."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1] if argv is None else argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # Lets Wayland desktops match the window to packaging/fieldkit.desktop (icon, grouping).
    app.setDesktopFileName("fieldkit")
    return app


_OPEN_NOTICES: list[object] = []


def open_or_explain(data_dir: str | None, *, wait: bool = True) -> AppContext | None:
    """The opened data folder; ``None`` after telling the user that the disk is full.

    ``wait=False`` leaves the notice open without blocking (tests look at it).
    """
    from desktop_app.services.disk_space import data_folder_disk_full, data_folder_without_room
    from desktop_app.ui.disk_full import disk_full_box

    try:
        full = data_folder_without_room(data_dir)  # reading would work; the first save not
        if full is None:
            return AppContext.open(data_dir)
    except Exception as error:
        full = data_folder_disk_full(error, data_dir)
        if full is None:
            raise
    log.error("Cannot start: %s", full.message())
    box = disk_full_box(None, full, startup=True)
    if wait:
        box.exec()
    else:
        box.open()
        _OPEN_NOTICES.append(box)  # kept alive: it has no parent
    return None


def run_gui(data_dir: str | None = None) -> int:
    """Open the data folder, show the main window and run until it is closed.

    Without a graphical session, says so plainly and points to the CLI (exit 4) instead
    of letting Qt abort with a misleading message about a missing library.
    """
    if missing_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_NO_DISPLAY
    _import_before_qt()
    app = create_application()
    # Imported after the QApplication exists; widgets must not be created before it.
    from desktop_app.ui import operations
    from desktop_app.ui.first_paint import watch_first_paint
    from desktop_app.ui.i18n import install_language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.recovery_notice import show_recovery_notice
    from desktop_app.ui.sync_monitor import SyncMonitor
    from desktop_app.ui.welcome.first_run import attach_first_run
    from desktop_app.ui.window_state import attach_window_memory

    try:
        ctx = open_or_explain(data_dir)
    except OSError as exc:  # no permission, a file in the way, a read-only disk
        show_unusable_data_folder(exc, data_dir)
        return 2
    if ctx is None:  # the disk is full; the user was told
        return 1
    try:
        install_language(get_settings(ctx.db).language, app)
        monitor = SyncMonitor(ctx)
        window = MainWindow(ctx, monitor)
        memory = attach_window_memory(window, ctx.paths.root)  # size, place, splitters
        first_run = attach_first_run(window)
        first_paint = watch_first_paint(window, app)
        window.show()
        undo_hook = window.disk_full_notice.install_excepthook()
        window.ask_passphrase_if_needed()
        if ctx.db.recovery is not None:
            show_recovery_notice(window, ctx.db.recovery)
        monitor.start()
        first_run.offer_welcome()  # a first start only: never again once done or skipped
        code = app.exec()
        del first_paint, memory
        undo_hook()
        monitor.stop()
        if not operations.cancel_all_and_wait(SHUTDOWN_WAIT_MS):
            log.warning("Background work still running at exit")
        return code
    finally:
        ctx.close()


def _import_before_qt() -> None:
    """Import ``BEFORE_QT``; a name renamed since is skipped (it only costs speed)."""
    for name in BEFORE_QT:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as missing:
            if not missing.name or not name.startswith(missing.name):
                raise  # the module exists but something it imports does not
            log.warning("Not a module any more (app.BEFORE_QT): %s", name)


def show_unusable_data_folder(exc: OSError, data_dir: str | None) -> None:
    """Say which data folder cannot be used and why, instead of dying with a traceback."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    log.error("Cannot open the data folder %s: %s", data_dir, exc)
    text = QCoreApplication.translate(
        "Startup",
        "Fieldkit cannot use its data folder {path}: {reason}.\n\nStart it with another "
        "folder (fieldkit --data-dir FOLDER, or the FIELDKIT_DATA_DIR variable), or fix the "
        "folder's permissions.",
    ).format(path=exc.filename or data_dir or "", reason=exc.strerror or exc)
    QMessageBox.critical(None, APP_NAME, text)
