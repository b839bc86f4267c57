"""The application context: one opened data folder and its database.

Both the CLI and the GUI start by opening a context; every service takes one (or its
database) as an argument instead of reaching for globals.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from desktop_app.store.db import Database, open_database
from desktop_app.system import credentials, password_file
from desktop_app.system.logs import setup_logging
from desktop_app.system.paths import DataPaths, resolve_data_dir

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """An open data folder: its paths and its migrated database."""

    paths: DataPaths
    db: Database

    @classmethod
    def open(
        cls, data_dir: str | os.PathLike[str] | None = None, *, log_to_file: bool = True
    ) -> AppContext:
        """Resolve the data folder, set up logging, open and migrate the database."""
        paths = DataPaths(resolve_data_dir(data_dir)).ensure()
        if log_to_file:
            setup_logging(paths.log_file)
        # Without a system keyring, passwords live in this folder's encrypted file.
        credentials.use_password_file(password_file.default_path(paths.root))
        db = open_database(paths.database, backup_dir=paths.backups)
        log.info("Opened data folder %s", paths.root)
        return cls(paths=paths, db=db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def data_dir(self) -> Path:
        return self.paths.root
