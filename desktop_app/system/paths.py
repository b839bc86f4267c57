"""Where Fieldkit keeps its files.

One data folder holds everything a user has: the SQLite database, logs, pywikibot's
generated home, caches. ``--data-dir`` and ``FIELDKIT_DATA_DIR`` override the platform
default so tests and portable installs can point elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from desktop_app.system.private_files import (
    make_database_private,
    make_files_private,
    private_folder,
)

DATA_DIR_ENV = "FIELDKIT_DATA_DIR"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder: explicit argument, then environment, then platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    import platformdirs  # only for the default folder (it imports tempfile, shutil, ...)

    return Path(platformdirs.user_data_dir("fieldkit", appauthor=False))


class DataPaths(NamedTuple):
    """The well-known places inside one data folder.

    A named tuple rather than a dataclass: every light command opens a data folder, and
    ``dataclasses`` costs them ~9 ms to import (bench/README.md, "fifth round").
    """

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "fieldkit.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "fieldkit.log"

    @property
    def pywikibot_home(self) -> Path:
        return self.root / "pywikibot"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    def ensure(self) -> DataPaths:
        """Create the folders that must exist before anything is written, private to the
        user; folders and files an earlier version left readable by others are tightened."""
        for folder in (self.root, self.backups, self.logs, self.cache):
            private_folder(folder)
        make_database_private(self.database)
        make_files_private(self.backups)
        make_files_private(self.logs)
        return self


def translations_dir() -> Path:
    """The translators' ``.ts`` sources: ``translations/`` beside the package in a checkout.

    Only a source checkout has them; a wheel or a bundle ships just the compiled ``.qm``
    catalogues (package data, read by ``store.bundled``), so the folder may not exist.
    """
    return Path(__file__).resolve().parents[2] / "translations"


def translation_sources() -> list[Path]:
    """Every ``fieldkit_<code>.ts`` of a source checkout; empty in an installed app."""
    return sorted(translations_dir().glob("fieldkit_*.ts"))
