"""Imports talk to the database in bulk: a re-scan of an unchanged folder runs as many
SELECTs for 420 files as for 20 (no query per unchanged file), and new files are
inserted in one statement whose JSON values read back as written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from desktop_app.files.exif import METADATA_FIELDS, ImageMetadata
from desktop_app.services.media_batches import ensure_batch
from desktop_app.services.media_import import import_paths, rescan_batch
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaBatch, MediaItem
from desktop_app.store.repositories import media_scans
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


def test_new_items_keep_json_values_as_the_orm_reads_them(tmp_path: Path) -> None:
    """insert_items serialises the JSON columns itself: they must read back as written."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in ("camera/long_description.jpg", "damaged/truncated_nikon-e950.jpg"):
        source = MEDIA_SAMPLES / name
        (folder / source.name).write_bytes(source.read_bytes())
    with AppContext.open(tmp_path / "data", log_to_file=False) as ctx:
        batch, _ = ensure_batch(ctx.db, "Museum", "Batch")
        report = import_paths(ctx.db, batch.id, [folder])
        assert report.count("added") == 2
        with ctx.db.session() as session:
            items = {
                Path(item.path).name: item
                for item in session.scalars(select(MediaItem).where(MediaItem.batch_id == batch.id))
            }
            described = items["long_description.jpg"]
            broken = items["truncated_nikon-e950.jpg"]
            language = session.get(MediaBatch, batch.id).language  # type: ignore[union-attr]
            assert described.descriptions == {language: described.exif_description}
            assert described.exif_description  # the sample has one
            assert (described.captions, described.depicts, described.categories) == ({}, [], [])
            assert described.scan_problems == []
            codes = [problem["code"] for problem in broken.scan_problems]
            assert "file-truncated" in codes
            reported = {Path(entry.path).name: entry for entry in report.files}
            assert codes == [p.code for p in reported["truncated_nikon-e950.jpg"].problems]


def test_cache_rows_give_the_metadata_fields_in_their_order() -> None:
    """The re-scan cache passes metadata by position (no dict per file)."""
    assert tuple(ImageMetadata().columns()) == media_scans.SCAN_COLUMNS


def test_a_file_already_scanned_in_another_batch_joins_with_its_metadata(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "DSCN0010.jpg").write_bytes((MEDIA_SAMPLES / "gps" / "DSCN0010.jpg").read_bytes())
    with AppContext.open(tmp_path / "data", log_to_file=False) as ctx:
        first, _ = ensure_batch(ctx.db, "Museum", "First")
        second, _ = ensure_batch(ctx.db, "Museum", "Second")
        import_paths(ctx.db, first.id, [folder])
        report = import_paths(ctx.db, second.id, [folder])  # from the cache: not read again
        assert report.count("added") == 1 and report.scan_mode == "none"
        with ctx.db.session() as session:
            items = session.scalars(select(MediaItem).order_by(MediaItem.batch_id)).all()
            one, two = (ImageMetadata(**_fields(item)) for item in items)
            assert one == two
            assert two.gps_latitude == pytest.approx(43.4674483)
            assert two.taken_at == "2008-10-22 16:28:39" and two.camera_make == "NIKON"


def _fields(item: MediaItem) -> dict[str, object]:
    names = dict(zip(ImageMetadata().columns(), METADATA_FIELDS, strict=True))
    return {field: getattr(item, column) for column, field in names.items()}
