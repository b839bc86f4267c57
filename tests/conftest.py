"""Shared fixtures: a temporary data folder, the real throwaway wiki, sample media."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never try to reach a display in tests (pytest-qt has no ini option for this).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.fixtures.mediawiki", "tests.fixtures.smtp", "tests.fixtures.imap"]

REPO_ROOT = Path(__file__).resolve().parent.parent
# Real photos and scans, committed with their attribution (README.md beside them), so a
# plain clone runs the suite. Read-only by convention: tests copy a sample before changing it.
TEST_DATA = REPO_ROOT / "tests" / "data"
MEDIA_SAMPLES = TEST_DATA / "media"


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="session", autouse=True)
def sample_data_stays_untouched() -> Iterator[None]:
    """Fail the run if a test wrote into ``tests/data`` instead of a copy in ``tmp_path``."""
    before = _snapshot(TEST_DATA)
    yield
    after = _snapshot(TEST_DATA)
    changed = sorted(
        name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
    )
    assert not changed, f"tests changed files in {TEST_DATA} (copy them first): {changed}"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh Fieldkit data folder, also exported as FIELDKIT_DATA_DIR."""
    folder = tmp_path / "fieldkit-data"
    folder.mkdir()
    monkeypatch.setenv("FIELDKIT_DATA_DIR", str(folder))
    yield folder
