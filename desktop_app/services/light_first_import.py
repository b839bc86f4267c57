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

from desktop_app.core.import_report import ImportedFile, ImportReport
from desktop_app.core.timeutil import utcnow
from desktop_app.files.folders import expand_input_names
from desktop_app.files.scanner import ScanOutcome, deferred_gc, scan_paths
from desktop_app.services.light_reads import database_of
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
    paths, unreadable_folders = expand_input_names(inputs)
    if not paths:
        raise NotLight("nothing to scan")
    with light_writes.writing(database_of(data_dir)) as connection:
        partnership_row = light_writes.partnership_named(connection, partnership)
        if partnership_row is None:
            raise NotLight("the ordinary import creates the partnership")
        partnership_id, licence = partnership_row
        _require_new(connection, partnership_id, batch, paths)
        with deferred_gc():
            outcome = scan_paths(paths)
            scan_seconds = time.perf_counter() - began
            report = ImportReport(
                batch_id=0,
                scan_mode=outcome.mode,
                scan_workers=outcome.workers,
                scan_seconds=scan_seconds,
                scan_cpu_seconds=outcome.cpu_seconds,
                scan_worker_cpu_seconds=outcome.worker_cpu_seconds,
            )
            for problem in unreadable_folders:  # as the ordinary import reports them
                path = str(problem.params["path"])
                report.files.append(ImportedFile(path, "skipped", None, [problem]))
            began = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")  # ends in COMMIT, or rolls back on close
            batch_row = _require_new(connection, partnership_id, batch, paths)
            if batch_row is None:
                batch_row = light_writes.add_batch(
                    connection, partnership_id, batch, catalogue_licence_id(licence)
                )
            report.batch_id = batch_row[0]
            _store(connection, batch_row, outcome, report)
            connection.execute("COMMIT")
    report.store_seconds = time.perf_counter() - began
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


def _store(
    connection: sqlite3.Connection,
    batch_row: tuple[int, str],
    outcome: ScanOutcome,
    report: ImportReport,
) -> None:
    """Add the scanned media files to the batch; list the rest as skipped."""
    batch_id, language = batch_row
    policy = commons_file_policy()
    stored_at = utcnow()  # one import, one moment
    rows = []
    added: list[ImportedFile] = []
    for scanned in outcome.files:
        skipped = unreadable_entry(scanned) or not_media_entry(scanned, policy)
        if skipped is not None:
            report.files.append(skipped)
            continue
        rows.append(new_item_values(batch_id, language, scanned, stored_at))
        entry = ImportedFile(scanned.path, "added", None, scanned.problems)
        added.append(entry)
        report.files.append(entry)
    media_rows.insert_items(connection, rows)
    if added:
        ids = media_rows.item_ids_by_path(connection, batch_id)
        for entry in added:
            entry.item_id = ids.get(entry.path)
