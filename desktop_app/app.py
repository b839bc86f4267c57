"""Starting the desktop app: Qt application, data folder, language, window, event loop.

Deliberately thin (Picard's lesson): everything with behaviour lives in ``ui/`` modules.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.services.settings import get_settings
from desktop_app.store.context import AppContext
from desktop_app.system.display import NO_DISPLAY_MESSAGE, missing_display

log = logging.getLogger(__name__)

APP_NAME = "Fieldkit"
SHUTDOWN_WAIT_MS = 6_000  # a running probe has a 5 s timeout; wait a little longer
EXIT_NO_DISPLAY = 4  # docs/cli.md: the window cannot open here; the CLI can do the work


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists, as under pytest-qt), named Fieldkit."""
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


def open_or_explain(data_dir: str | None, *, wait: bool = True) -> AppContext | None:
    """The opened data folder; ``None`` after telling the user that the disk is full.

    ``wait=False`` leaves the notice open without blocking (tests look at it).
    """
    from desktop_app.services.disk_space import data_folder_disk_full
    from desktop_app.ui.disk_full import disk_full_box

    try:
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
        return None


def run_gui(data_dir: str | None = None) -> int:
    """Open the data folder, show the main window and run until it is closed.

    Without a graphical session, says so plainly and points to the CLI (exit 4) instead
    of letting Qt abort with a misleading message about a missing library.
    """
    if missing_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_NO_DISPLAY
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
