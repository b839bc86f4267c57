"""Shared fixtures: a temporary data folder, the real throwaway wiki, sample media."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never try to reach a display in tests (pytest-qt has no ini option for this).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.fixtures.mediawiki", "tests.fixtures.smtp"]

REPO_ROOT = Path(__file__).resolve().parent.parent
MEDIA_SAMPLES = REPO_ROOT.parent / "shared" / "media-samples"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh Fieldkit data folder, also exported as FIELDKIT_DATA_DIR."""
    folder = tmp_path / "fieldkit-data"
    folder.mkdir()
    monkeypatch.setenv("FIELDKIT_DATA_DIR", str(folder))
    yield folder
