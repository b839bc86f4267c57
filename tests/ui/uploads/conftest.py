"""Fixtures for the Uploads area: queued files in a batch, and a worker host that never
reaches the network unless a test gives it the real wiki."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop_app.core.uploads import UploadSpec
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaBatch, Partnership
from desktop_app.store.models.uploads import UploadJob
from desktop_app.ui.areas.uploads import UploadsArea
from desktop_app.ui.i18n import install_language
from desktop_app.ui.uploads.worker_host import UploadWorkerHost
from tests.ui.conftest import wait_for_operations


class IdleHost(UploadWorkerHost):
    """A worker host that counts start and wake calls instead of running a thread."""

    def __init__(self, ctx: AppContext, **kwargs: Any) -> None:
        super().__init__(ctx, metered=lambda: False, **kwargs)
        self.wakes = 0

    def start(self) -> None:
        pass

    def wake(self) -> None:
        self.wakes += 1


def make_batch(ctx: AppContext, name: str = "Museum photos 1920s") -> int:
    with ctx.db.session() as session:
        partnership = Partnership(name=f"Partner of {name}")
        batch = MediaBatch(partnership=partnership, name=name)
        session.add(batch)
        session.flush()
        return batch.id


def small_file(folder: Path, name: str, size: int = 4000) -> Path:
    path = folder / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(size - 8))
    return path


@pytest.fixture
def queue_files(ctx: AppContext, tmp_path: Path) -> Callable[..., list[int]]:
    """Queue ``count`` small files into a batch (made on demand); returns the job ids."""

    def make(count: int = 3, batch_id: int | None = None, stem: str = "Portrait") -> list[int]:
        specs = [
            UploadSpec(
                str(small_file(tmp_path, f"{stem}-{n}.png", 4000 + n * 1000)),
                f"{stem} {n}.png",
                "== Summary ==\nTest",
            )
            for n in range(1, count + 1)
        ]
        return UploadQueue(ctx.db).enqueue(specs, batch_id=batch_id)

    return make


def set_job(ctx: AppContext, job_id: int, **values: Any) -> None:
    with ctx.db.session() as session:
        session.execute(update(UploadJob).where(UploadJob.id == job_id).values(**values))


def job_row(ctx: AppContext, job_id: int) -> UploadJob:
    with ctx.db.session() as session:
        job = session.get(UploadJob, job_id)
        assert job is not None
        session.expunge(job)
        return job


@pytest.fixture
def host(ctx: AppContext) -> Iterator[IdleHost]:
    idle = IdleHost(ctx)
    yield idle
    idle.stop()


@pytest.fixture
def make_area(qtbot: QtBot, ctx: AppContext, host: IdleHost) -> Iterator[Callable[[], UploadsArea]]:
    """Build the area (after the test queued its files), shown offscreen in English."""
    install_language("en")
    made: list[UploadsArea] = []

    def make() -> UploadsArea:
        area = UploadsArea(ctx, host=host, autostart=False)
        qtbot.addWidget(area)
        area.resize(1000, 640)
        area.show()
        qtbot.waitExposed(area)
        made.append(area)
        return area

    yield make
    for area in made:
        area.shutdown()
    wait_for_operations(qtbot)
