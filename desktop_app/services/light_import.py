"""``media import`` of a folder the batch already holds unchanged, without SQLAlchemy.

Importing the same folder again is how partners check that nothing moved, and with the
store, the models and the scanner to load it cost several times the work itself (a stat
per file; issue 11). When every file named is one the batch holds — same size and
modification time, a regular file, not marked missing, in no other batch — the report is
"all unchanged" and nothing is written: this module says so from ``os.stat`` and one
``sqlite3`` query. Anything else (a new, changed or skipped file, a folder that cannot be
listed, a batch to create, a database to migrate) raises :class:`NotLight` before anything
is printed, and the ordinary import runs.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from stat import S_ISREG

from desktop_app.core.import_report import ImportedFile, ImportReport
from desktop_app.core.problems import Problem
from desktop_app.files.folders import expand_input_names
from desktop_app.services.light_reads import database_of
from desktop_app.store.light_import import (
    ScannedRow,
    batch_id_named,
    problems_from_text,
    scanned_rows,
)
from desktop_app.store.light_reads import NotLight, reading

__all__ = ["NotLight", "unchanged_files", "unchanged_import"]


def unchanged_import(
    data_dir: str | None, partnership: str, batch: str, inputs: Sequence[str]
) -> ImportReport:
    """The report of importing ``inputs`` into the batch again, when nothing changed."""
    paths, left_out = expand_input_names(inputs)
    if left_out:
        raise NotLight("a folder cannot be listed, or a name is not text")
    with reading(database_of(data_dir)) as connection:
        batch_id = batch_id_named(connection, partnership, batch)
        if batch_id is None:
            raise NotLight("the batch is made by the ordinary import")
        files = unchanged_files(connection, batch_id, paths)
    return ImportReport(batch_id, files, scan_mode="none")


def unchanged_files(
    connection: sqlite3.Connection, batch_id: int, paths: Sequence[str]
) -> list[ImportedFile]:
    """Each of ``paths`` as "unchanged" in the batch, when all are: ``import_paths`` asks
    this first, on its own open connection (in the GUI too, re-importing an unchanged
    folder costs a stat per file)."""
    if not paths:
        raise NotLight("nothing is named")
    rows = scanned_rows(connection, paths)
    files: list[ImportedFile] = []
    no_rows: list[ScannedRow] = []
    for path in paths:
        found = rows.get(path, no_rows)
        if len(found) != 1:
            raise NotLight(f"{path}: in no batch, or in several")
        row_batch, item_id, size, mtime, file_state, problems_text = found[0]
        if row_batch != batch_id or file_state == "missing":
            raise NotLight(f"{path}: not a present file of this batch")
        try:
            facts = os.stat(path)
        except OSError as error:
            raise NotLight(str(error)) from error
        if facts.st_size != size or facts.st_mtime != mtime or not S_ISREG(facts.st_mode):
            raise NotLight(f"{path}: changed")
        problems = (
            [Problem.from_dict(problem) for problem in problems_from_text(problems_text)]
            if problems_text and problems_text != "[]"
            else []
        )
        files.append(ImportedFile(path, "unchanged", item_id, problems))
    return files
