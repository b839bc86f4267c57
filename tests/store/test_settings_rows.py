"""Settings changed from two sessions at once keep both changes.

The welcome saves the wiki login on a worker thread while the GUI thread marks the welcome
finished. Writing back every field read a moment before undid the other's change: the
welcome came back on the next start. Only the fields changed are written now.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import load_settings, update_settings


def test_a_change_made_meanwhile_by_another_session_is_kept(data_dir: Path) -> None:
    with AppContext.open(data_dir, log_to_file=False) as ctx:
        with ctx.db.session() as session:
            update_settings(session, language="sv")  # every row exists
        meanwhile: list[str] = []

        def other_session_writes(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
            # Once the worker has read all settings and looks up a row to write, the GUI
            # thread marks the welcome done.
            if meanwhile or not statement.lstrip().startswith("SELECT"):
                return
            if "WHERE settings" not in statement:
                return
            meanwhile.append(statement)
            with ctx.db.session() as gui:
                update_settings(gui, welcome_state="finished")

        with ctx.db.session() as worker:
            event.listen(ctx.db.engine, "before_cursor_execute", other_session_writes)
            try:
                update_settings(worker, wiki_username="Anna@Fieldkit", desk_wiki_pages=("A", "B"))
            finally:
                event.remove(ctx.db.engine, "before_cursor_execute", other_session_writes)

        assert meanwhile  # the other session did write in between
        with ctx.db.session() as session:
            settings = load_settings(session)
        assert settings.welcome_state == "finished"
        assert (settings.wiki_username, settings.language) == ("Anna@Fieldkit", "sv")
        assert settings.desk_wiki_pages == ("A", "B")
