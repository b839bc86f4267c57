"""Starting the desktop app: Qt application, data folder, language, window, event loop.

Deliberately thin (Picard's lesson): everything with behaviour lives in ``ui/`` modules.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.system.display import NO_DISPLAY_MESSAGE, missing_display

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop_app.store.context import AppContext
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Modules whose source may use PySide6: PySide6's ``__feature__`` import hook must keep
# looking at these (see :func:`_skip_pyside_source_scans`).
MAY_USE_QT = ("PySide6", "shiboken6", "desktop_app.ui", "desktop_app.documents", "__main__")
FIRST_PAINT_WAIT_MS = 1_000  # a window manager that never exposes the window: go on anyway

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
    from desktop_app.store.context import AppContext
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
    """Show the main window, open the data folder into it and run until it is closed.

    The window's frame is painted first, in the user's language, before the store and
    the areas are loaded (issue 11: a slow laptop shows the window at once). Without a
    graphical session, says so plainly and points to the CLI (exit 4) instead of letting
    Qt abort with a misleading message about a missing library.
    """
    if missing_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_NO_DISPLAY
    app = create_application()
    _skip_pyside_source_scans()
    # Imported after the QApplication exists; widgets must not be created before it.
    from desktop_app.store.settings_peek import peek_language
    from desktop_app.system.paths import DataPaths, resolve_data_dir
    from desktop_app.ui.first_paint import wait_for_first_paint, watch_first_paint
    from desktop_app.ui.i18n import install_language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.window_state import attach_window_memory

    try:
        paths = DataPaths(resolve_data_dir(data_dir)).ensure()
    except OSError as exc:  # no permission, a file in the way, a read-only disk
        show_unusable_data_folder(exc, data_dir)
        return 2
    language = peek_language(paths.database)
    install_language(language, app)
    window = MainWindow()
    memory = attach_window_memory(window, paths.root)  # size, place, splitters
    first_paint = watch_first_paint(window, app)
    window.show()
    wait_for_first_paint(window, FIRST_PAINT_WAIT_MS)
    if not window.isVisible():
        return 0  # closed before it was ready: nothing was opened, nothing to save
    try:
        ctx = open_or_explain(data_dir)
    except OSError as exc:
        show_unusable_data_folder(exc, data_dir)
        return 2
    if ctx is None:  # the disk is full; the user was told
        return 1
    try:
        code = _run_window(app, window, ctx, language)
        del first_paint, memory
        return code
    finally:
        ctx.close()


def _run_window(app: QApplication, window: MainWindow, ctx: AppContext, shown: str) -> int:
    """Build the window's areas on ``ctx``, start syncing and run the event loop."""
    from desktop_app.services.settings import get_settings
    from desktop_app.ui import operations
    from desktop_app.ui.i18n import install_language
    from desktop_app.ui.recovery_notice import show_recovery_notice
    from desktop_app.ui.sync_monitor import SyncMonitor
    from desktop_app.ui.welcome.first_run import attach_first_run

    language = get_settings(ctx.db).language
    if language != shown:  # the quick look before the store was open could not tell
        install_language(language, app)
    monitor = SyncMonitor(ctx)
    window.attach(ctx, monitor)
    first_run = attach_first_run(window)
    undo_hook = window.disk_full_notice.install_excepthook()
    window.ask_passphrase_if_needed()
    if ctx.db.recovery is not None:
        show_recovery_notice(window, ctx.db.recovery)
    monitor.start()
    first_run.offer_welcome()  # a first start only: never again once done or skipped
    code = app.exec()
    undo_hook()
    monitor.stop()
    if not operations.cancel_all_and_wait(SHUTDOWN_WAIT_MS):
        log.warning("Background work still running at exit")
    return code


def _skip_pyside_source_scans() -> None:
    """Spare every later import PySide6's look at its source.

    Once PySide6 is loaded, its ``__feature__`` import hook reads the source of each newly
    imported module to see whether it mentions PySide6 (for ``from __feature__ import
    snake_case``, which Fieldkit never uses): hundreds of files per start for SQLAlchemy
    and the store alone. A module already in the hook's table is not read, so modules
    that cannot use Qt are entered as "ignore" before they load. Harmless if a PySide6
    release drops the table: then there is nothing to spare.

    The modules it still looks at (PySide6's, Fieldkit's Qt layer) it reads through
    ``inspect.getsource``, which keeps every line of every file in ``linecache``: ~3 MB
    for the window. Reading the file's bytes answers the same question and keeps nothing.
    """
    feature = sys.modules.get("__feature__")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    known: dict[str, int] = table
    looks_at_source = getattr(feature, "_mod_uses_pyside", None)
    if callable(looks_at_source):
        feature._mod_uses_pyside = _mentions_pyside(looks_at_source)  # type: ignore[union-attr]

    class _NotQt:
        """A meta-path finder that finds nothing; it only fills in the hook's table."""

        @staticmethod
        def find_spec(name: str, path: object = None, target: object = None) -> None:
            if not name.startswith(MAY_USE_QT):
                known.setdefault(name, -1)  # -1: the hook's own "ignore this module"

    sys.meta_path.insert(0, _NotQt())  # type: ignore[arg-type]


def _mentions_pyside(fallback: Callable[[object], bool]) -> Callable[[object], bool]:
    """The hook's check ("PySide6" in the module's source) on the file's bytes; modules
    without a ``.py`` file (a frozen build) go to the hook's own check."""

    def mentions(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return fallback(module)

    return mentions


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
