"""The data folder is the user's alone: 0700, and the database, its companions, backups
and logs 0600 (POSIX); folders an older version left open are tightened when opened."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from desktop_app.store.context import AppContext
from desktop_app.store.db import make_engine, migrate
from desktop_app.system.logs import setup_logging


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_data_folder_left_open_by_an_older_version_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "fieldkit"
    old = os.umask(0o022)  # what older versions ran with: 0755 folders, 0644 files
    try:
        (folder / "logs").mkdir(parents=True)
        (folder / "logs" / "fieldkit.log").write_text("old line\n")
        (folder / "backups").mkdir()
        (folder / "backups" / "fieldkit-20260101T000000.sqlite3").write_bytes(b"")
        engine = make_engine(folder / "fieldkit.sqlite3")
        migrate(engine, "0006")  # an older schema: opening it migrates and backs up
        engine.dispose()
        assert mode(folder) == 0o755 and mode(folder / "fieldkit.sqlite3") == 0o644

        ctx = AppContext.open(folder)
        try:
            with ctx.db.session() as session:  # the WAL and its index exist while open
                session.connection().exec_driver_sql("CREATE TABLE t (x)")
            logging.getLogger("test").warning("a line")
            companions = [folder / "fieldkit.sqlite3-wal", folder / "fieldkit.sqlite3-shm"]
            assert all(path.exists() for path in companions)
            files = [
                folder / "fieldkit.sqlite3",
                *companions,
                *(folder / "backups").iterdir(),
                *(folder / "logs").iterdir(),
            ]
            modes = {path.name: mode(path) for path in files}
        finally:
            ctx.close()
            _drop_log_handler(folder)
    finally:
        os.umask(old)

    assert len(list((folder / "backups").glob("fieldkit-*.sqlite3"))) == 2  # old + pre-migration
    assert modes == {path.name: 0o600 for path in files}
    for sub in (folder, folder / "backups", folder / "logs", folder / "cache"):
        assert mode(sub) == 0o700, sub


def test_rotated_logs_stay_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    handler = setup_logging(tmp_path / "logs" / "fieldkit.log")
    try:
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.maxBytes = 200
        for number in range(20):
            logging.getLogger("test").warning("line %d %s", number, "x" * 50)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
        os.umask(old)
    logs = sorted((tmp_path / "logs").iterdir())
    assert len(logs) >= 3
    assert {path.name: mode(path) for path in logs} == {path.name: 0o600 for path in logs}


def _drop_log_handler(folder: Path) -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if str(getattr(handler, "baseFilename", "")).startswith(str(folder)):
            root.removeHandler(handler)
            handler.close()
