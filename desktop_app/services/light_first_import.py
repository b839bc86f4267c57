"""``media import`` of files no batch holds yet, without SQLAlchemy (issue 11).

The first import of a partner's folder is the command's common case, and loading the
store, the models and the ORM (and writing through them) cost as much as scanning the
files. When the partnership exists, the database is at the schema head, no batch holds
any of the files and the batch (if it exists) has no missing files that a new file could
be, every file is either added or skipped: this module scans them, then writes the batch
(if new) and the new rows in one ``BEGIN IMMEDIATE`` transaction with ``sqlite3``, the
rows built by :mod:`~desktop_app.services.media_rows` and inserted by
:mod:`~desktop_app.store.media_rows` exactly as the ordinary import does.

Anything else raises :class:`NotLight` before anything is written or printed, and the
ordinary import runs — also when another process added the files while these were being
scanned (the conditions are checked again inside the write transaction).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Sequence
from typing import Any

from desktop_app.core.batch_names import validate_batch_name
from desktop_app.core.import_report import ImportedFile, ImportReport
from desktop_app.core.timeutil import utcnow
from desktop_app.files.file_scan import ScannedFile
from desktop_app.files.folders import expand_input_names
from desktop_app.files.scanner import deferred_gc, scan_paths
from desktop_app.services.light_reads import folder_of
from desktop_app.services.media_rows import new_item_values, not_media_entry, unreadable_entry
from desktop_app.store import light_writes, media_rows
from desktop_app.store.bundled import catalogue_licence_id, commons_file_policy
from desktop_app.store.light_reads import NotLight

__all__ = ["NotLight", "first_import"]

log = logging.getLogger(__name__)


def first_import(
    data_dir: str | None, partnership: str, batch: str, inputs: Sequence[str]
) -> ImportReport:
    """Import ``inputs`` (files and folders) into the partnership's batch, creating the
    batch if needed, when none of the files is known yet; see the module's docstring."""
    began = time.perf_counter()
    paths, left_out = expand_input_names(inputs)
    if not paths:
        raise NotLight("nothing to scan")
    folder = folder_of(data_dir)
    with light_writes.writing(folder.database) as connection:
        partnership_row = light_writes.partnership_named(connection, partnership)
        if partnership_row is None:
            raise NotLight("the ordinary import creates the partnership")
        partnership_id, licence = partnership_row
        batch_row = _require_new(connection, partnership_id, batch, paths)
        if batch_row is None and validate_batch_name(batch):
            raise NotLight("the ordinary import says what is wrong with the batch's name")
        language = batch_row[1] if batch_row else light_writes.NEW_BATCH_DEFAULTS["language"]
        new_files = _NewFiles(language)
        with deferred_gc():
            # Rows are built as files finish, while the worker processes scan the rest.
            outcome = scan_paths(paths, on_file=new_files.add)
            scan_seconds = time.perf_counter() - began
            report = ImportReport(
                batch_id=0,
                scan_mode=outcome.mode,
                scan_workers=outcome.workers,
                scan_seconds=scan_seconds,
                scan_cpu_seconds=outcome.cpu_seconds,
                scan_worker_cpu_seconds=outcome.worker_cpu_seconds,
            )
            for problem in left_out:  # as the ordinary import reports them
                path = str(problem.params["path"])
                report.files.append(ImportedFile(path, "skipped", None, [problem]))
            began = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")  # ends in COMMIT, or rolls back on close
            if _require_new(connection, partnership_id, batch, paths) != batch_row:
                raise NotLight("another process made the batch meanwhile")
            if batch_row is None:
                batch_row = light_writes.add_batch(
                    connection, partnership_id, batch, catalogue_licence_id(licence)
                )
            report.batch_id = batch_row[0]
            new_files.write(connection, report)
            connection.execute("COMMIT")
    report.store_seconds = time.perf_counter() - began
    # Into the data folder's log, as the ordinary import's lines go: the handler is set up
    # only now, the work done (the ordinary CLI sets it up when it opens the folder).
    from desktop_app.system.logs import setup_logging

    try:
        setup_logging(folder.log_file)
    except OSError as error:  # the files are imported: a log that cannot open must not fail it
        log.warning("The log file cannot be opened: %s", error)
    log.info(
        "Imported %s new files into batch %s (%s×%s) in %.2f s",
        report.count("added"),
        report.batch_id,
        outcome.mode,
        outcome.workers,
        scan_seconds + report.store_seconds,
    )
    return report


def _require_new(
    connection: sqlite3.Connection, partnership_id: int, batch: str, paths: Sequence[str]
) -> tuple[int, str] | None:
    """The batch's (id, language), or ``None`` when it is still to be made; raises
    :class:`NotLight` when a file is known or the batch has files gone missing."""
    batch_row = light_writes.batch_named(connection, partnership_id, batch)
    if batch_row is not None and light_writes.has_missing_files(connection, batch_row[0]):
        raise NotLight("a new file may be a missing one, moved")
    if light_writes.any_path_known(connection, paths):
        raise NotLight("some files are known: the ordinary import re-scans them")
    return batch_row


class _NewFiles:
    """The report's entries and the new rows, built as each scanned file comes in."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.stored_at = utcnow()  # one import, one moment
        self.entries: dict[int, ImportedFile] = {}
        self.rows: dict[int, dict[str, Any]] = {}

    def add(self, index: int, scanned: ScannedFile) -> None:
        """Skipped (unreadable, not media) or added; the batch id is set when known."""
        skipped = unreadable_entry(scanned) or not_media_entry(scanned, commons_file_policy)
        if skipped is not None:
            self.entries[index] = skipped
            return
        self.rows[index] = new_item_values(0, self.language, scanned, self.stored_at)
        self.entries[index] = ImportedFile(scanned.path, "added", None, scanned.problems)

    def write(self, connection: sqlite3.Connection, report: ImportReport) -> None:
        """Insert the rows into ``report``'s batch; the entries go to the report in order."""
        report.files.extend(self.entries[index] for index in sorted(self.entries))
        rows = [self.rows[index] for index in sorted(self.rows)]
        for row in rows:
            row["batch_id"] = report.batch_id
        media_rows.insert_items(connection, rows)
        if rows:
            ids = media_rows.item_ids_by_path(connection, report.batch_id)
            for entry in report.files:
                if entry.status == "added":
                    entry.item_id = ids.get(entry.path)
