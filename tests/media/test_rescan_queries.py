"""A re-scan of an unchanged folder reads the database in bulk: the number of SELECTs
does not grow with the number of files (no query per unchanged file)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event

from desktop_app.services.media_batches import ensure_batch
from desktop_app.services.media_import import import_paths, rescan_batch
from desktop_app.store.context import AppContext
from tests.conftest import MEDIA_SAMPLES


@contextmanager
def counted_selects(ctx: AppContext) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)


def folder_of(tmp_path: Path, name: str, count: int) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    sample = (MEDIA_SAMPLES / "camera" / "Canon_40D.jpg").read_bytes()
    for index in range(count):
        # Distinct contents (a byte changed near the end), so no file counts as moved.
        data = bytearray(sample)
        data[-10] = index % 256
        data[-11] = index // 256
        (folder / f"photo_{index:04d}.jpg").write_bytes(bytes(data))
    return folder


def selects_of_a_rescan(
    tmp_path: Path, count: int, rescan: Callable[[AppContext, int, Path], Any]
) -> int:
    data_dir = tmp_path / f"data-{count}"
    with AppContext.open(data_dir, log_to_file=False) as ctx:
        batch, _ = ensure_batch(ctx.db, "Museum", "Batch")
        folder = folder_of(tmp_path, f"photos-{count}", count)
        first = import_paths(ctx.db, batch.id, [folder], workers=1)
        assert first.count("added") == count
        with counted_selects(ctx) as statements:
            report = rescan(ctx, batch.id, folder)
        assert report.count("unchanged") == count
        return len(statements)


def test_reimport_of_an_unchanged_folder_runs_the_same_few_selects_for_any_size(
    tmp_path: Path,
) -> None:
    def reimport(ctx: AppContext, batch_id: int, folder: Path) -> Any:
        return import_paths(ctx.db, batch_id, [folder])

    few = selects_of_a_rescan(tmp_path, 20, reimport)
    many = selects_of_a_rescan(tmp_path, 420, reimport)

    assert many == few
    assert many <= 10


def test_rescan_batch_of_unchanged_files_runs_the_same_few_selects_for_any_size(
    tmp_path: Path,
) -> None:
    def rescan(ctx: AppContext, batch_id: int, _folder: Path) -> Any:
        return rescan_batch(ctx.db, batch_id)

    few = selects_of_a_rescan(tmp_path, 20, rescan)
    many = selects_of_a_rescan(tmp_path, 420, rescan)

    assert many == few
    assert many <= 10
