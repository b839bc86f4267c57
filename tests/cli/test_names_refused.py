"""A partnership or batch name is one line of visible text, whichever way it is made.

``partnership add ''`` was refused, but ``media import --partnership ''`` made a
partnership with no name, ``--batch ''`` a batch with none, and a line break or a control
character (pasted from a document, typed in a script) went into names the list, the wiki
and the reports show on one line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.form_checks import InvalidInput
from desktop_app.services.media_batches import ensure_batch, list_batches
from desktop_app.services.partnerships import list_partnerships
from desktop_app.store.context import AppContext
from tests.conftest import MEDIA_SAMPLES, REPO_ROOT


def _fieldkit(data_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *arguments]
    environment = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)


def _codes(done: subprocess.CompletedProcess[str]) -> list[str]:
    return [problem["code"] for problem in json.loads(done.stdout)["problems"]]


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    shutil.copy2(MEDIA_SAMPLES / "camera" / "Canon_40D.jpg", folder / "photo.jpg")
    return folder


@pytest.mark.parametrize("name", ["Bell\x07", "Escape\x1b[1m", "Delete\x7f"])
def test_partnership_add_refuses_a_name_with_control_characters(name: str, tmp_path: Path) -> None:
    done = _fieldkit(tmp_path, "partnership", "add", name, "--json")

    assert done.returncode == 2
    assert _codes(done) == ["partnership.name_control_characters"]


def test_partnership_add_writes_a_name_on_several_lines_on_one(tmp_path: Path) -> None:
    done = _fieldkit(tmp_path, "partnership", "add", "Two\nlines\tand a tab", "--json")

    assert done.returncode == 0
    assert json.loads(done.stdout)["name"] == "Two lines and a tab"  # as it always did


def test_media_import_makes_no_nameless_partnership_or_batch(tmp_path: Path, photos: Path) -> None:
    data_dir = tmp_path / "data"
    for partnership, code in (
        ("", "partnership.name_missing"),
        ("Two\nlines", "partnership.name_control_characters"),
    ):
        import_command = ["media", "import", "--partnership", partnership, "--batch", "B"]
        refused = _fieldkit(data_dir, *import_command, str(photos), "--json")
        assert (refused.returncode, _codes(refused)) == (2, [code])

    assert _fieldkit(data_dir, "partnership", "add", "Museum").returncode == 0
    for batch, code in (
        ("", "batch.name_missing"),
        ("Two\nlines", "batch.name_control_characters"),
    ):
        import_command = ["media", "import", "--partnership", "Museum", "--batch", batch]
        done = _fieldkit(data_dir, *import_command, str(photos), "--json")
        assert (done.returncode, _codes(done)) == (2, [code]), done.stderr

    listed = json.loads(_fieldkit(data_dir, "partnership", "list", "--json").stdout)
    assert [p["name"] for p in listed["partnerships"]] == ["Museum"]  # nothing else made
    good = ["media", "import", "--partnership", "Museum", "--batch", "Plates", str(photos)]
    assert _fieldkit(data_dir, *good).returncode == 0


def test_a_refused_batch_name_leaves_no_new_partnership_behind(tmp_path: Path) -> None:
    ctx = AppContext.open(tmp_path / "data", log_to_file=False)
    try:
        with pytest.raises(InvalidInput) as refused:
            ensure_batch(ctx.db, "New museum", "x" * 301)
        assert refused.value.codes == ["batch.name_too_long"]
        assert list_partnerships(ctx.db) == [] and list_batches(ctx.db) == []
    finally:
        ctx.close()
