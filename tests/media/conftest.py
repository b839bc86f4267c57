"""Fixtures for the media tests: an opened data folder and a batch to import into."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services.media_batches import ensure_batch
from desktop_app.store.context import AppContext
from tests.conftest import MEDIA_SAMPLES


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.open(data_dir, log_to_file=False)
    yield context
    context.close()


@pytest.fixture
def batch_id(ctx: AppContext) -> int:
    batch, _ = ensure_batch(ctx.db, "Test Museum", "First batch")
    return batch.id


@pytest.fixture
def samples() -> Path:
    assert MEDIA_SAMPLES.is_dir(), f"sample media missing at {MEDIA_SAMPLES}"
    return MEDIA_SAMPLES


@pytest.fixture
def work_copy(tmp_path: Path, samples: Path) -> Path:
    """A private copy of a few samples that tests may move, change or delete."""
    folder = tmp_path / "photos"
    folder.mkdir()
    for name in ("gps/DSCN0010.jpg", "camera/Canon_40D.jpg", "orientation/landscape_6.jpg"):
        shutil.copy2(samples / name, folder / Path(name).name)
    return folder
