"""Two data folders on one machine standing for two laptops, driven through the real CLI.

Laptop A prepares work with no link; laptop B has the connection. Each runs ``fieldkit``
with its own ``--data-dir``; tests look into either one through an opened context.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import run
from desktop_app.services.requests.drafts import new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import update_settings
from tests.fixtures.mediawiki import TestWiki


@dataclass
class Laptop:
    """One installation: its data folder and its command line."""

    name: str
    data_dir: Path
    capsys: pytest.CaptureFixture[str]

    def run(self, *argv: str) -> tuple[int, Any]:
        """``fieldkit --data-dir DIR ARGV...``: exit code and the parsed ``--json`` output."""
        self.capsys.readouterr()
        try:
            code = run(["--data-dir", str(self.data_dir), *argv])
        finally:
            self._close_log()
        out = self.capsys.readouterr().out
        return code, json.loads(out) if "--json" in argv and out.strip() else out

    def _close_log(self) -> None:
        """As when the process ends: this laptop's log file takes no more lines."""
        root = logging.getLogger()
        for handler in list(root.handlers):
            if str(getattr(handler, "baseFilename", "")).startswith(str(self.data_dir)):
                root.removeHandler(handler)
                handler.close()

    @contextmanager
    def context(self) -> Iterator[AppContext]:
        ctx = AppContext.open(self.data_dir, log_to_file=False)
        try:
            yield ctx
        finally:
            ctx.close()

    def settings(self, **values: Any) -> None:
        with self.context() as ctx, ctx.db.session() as session:
            update_settings(session, **values)

    def go_online(self, wiki: TestWiki) -> None:
        """The test wiki becomes this laptop's account (its password in the environment)."""
        self.settings(wiki_api_url=wiki.api_url, wiki_username=wiki.bot_user)


def queue_help_request(laptop: Laptop, partnership_id: int, subject: str) -> str:
    """A complete help request about the partnership, queued; returns its uuid."""
    with laptop.context() as ctx:
        request_id = new_request(
            ctx.db,
            partnership_id=partnership_id,
            subject=subject,
            body="Four hundred glass plates from the museum's attic.",
            requester_name="Karin",
            requester_username="Karin Volunteer",
            requester_email="karin@example.org",
            material_kind="Photographs",
            volume="about 400 files",
            expected_outcome="Illustrate articles on rural history",
            licence_status="CC BY-SA agreed",
            help_wanted=["batch-upload"],
        )
        queue_request(ctx.db, request_id)
        with ctx.db.session() as session:
            from desktop_app.store.models import HelpRequest

            return session.get_one(HelpRequest, request_id).uuid


def folder_state(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder`` with a digest of its bytes (folders: "dir")."""
    state = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            state[name] = "link:" + str(path.readlink())
        elif path.is_dir():
            state[name] = "dir"
        else:
            state[name] = hashlib.sha1(path.read_bytes()).hexdigest()
    return state


def table_rows(ctx: AppContext) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, for "nothing changed" comparisons."""
    from sqlalchemy import text

    with ctx.db.engine.connect() as connection:
        tables = [
            row[0]
            for row in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            )
        ]
        return {
            table: sorted(
                (tuple(row) for row in connection.execute(text(f'SELECT * FROM "{table}"'))),
                key=repr,
            )
            for table in tables
        }
