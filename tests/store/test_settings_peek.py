"""The language read before the store is open (for the window's first paint)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.settings import change_settings
from desktop_app.store.context import AppContext
from desktop_app.store.settings_peek import peek_language


def test_a_stored_language_is_read_without_the_store(tmp_path: Path) -> None:
    with AppContext.open(tmp_path, log_to_file=False) as ctx:
        change_settings(ctx.db, language="ar")
        database = ctx.paths.database
    assert peek_language(database) == "ar"


def test_a_new_folder_gets_the_default(tmp_path: Path) -> None:
    assert peek_language(tmp_path / "fieldkit.db") == "en"
    with AppContext.open(tmp_path, log_to_file=False) as ctx:
        assert peek_language(ctx.paths.database) == "en"  # nothing chosen yet


def test_a_damaged_file_gets_the_default_instead_of_an_error(tmp_path: Path) -> None:
    database = tmp_path / "fieldkit.db"
    database.write_bytes(b"not a database at all" * 100)
    assert peek_language(database) == "en"
    database.write_bytes(b"")
    assert peek_language(database) == "en"
