"""Files only their owner can read: the data folder holds partners' contacts, drafts, logs.

On POSIX the data folder is 0700 and the database (with its ``-wal``/``-shm``), backups
and logs are 0600; folders and files left more open by earlier versions are tightened
when the folder is opened. Elsewhere (Windows) the user's profile folder already keeps
them private and these calls do nothing.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def _posix() -> bool:
    return os.name == "posix"


def make_private(path: Path) -> None:
    """Tighten ``path`` to its owner (0700 for a folder, 0600 for a file), if it exists."""
    if not _posix():
        return
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    wanted = PRIVATE_FOLDER if stat.S_ISDIR(mode) else PRIVATE_FILE
    if stat.S_IMODE(mode) != wanted:
        try:
            path.chmod(wanted)
        except OSError as error:  # not ours (a shared folder): say so, keep working
            import logging  # only here: the light commands start without it

            logging.getLogger(__name__).warning("Could not make %s private: %s", path, error)


def private_folder(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make the folder itself private."""
    path.mkdir(parents=True, exist_ok=True)
    make_private(path)
    return path


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and private if it does not exist yet (never wider, even briefly).

    SQLite gives a database's ``-wal`` and ``-shm`` the mode of the database file, so a
    database created through this stays private with its companions.
    """
    flags = os.O_CREAT | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags, PRIVATE_FILE)
    os.close(descriptor)
    make_private(path)


def make_database_private(database: Path) -> None:
    """The database file and every companion file SQLite keeps beside it."""
    make_private(database)
    for suffix in SQLITE_COMPANIONS:
        make_private(database.with_name(database.name + suffix))


def make_files_private(folder: Path) -> None:
    """Every file directly in ``folder`` (backups, logs), and the folder itself."""
    make_private(folder)
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if path.is_file():
            make_private(path)
