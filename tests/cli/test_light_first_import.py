"""The first ``media import`` of new files, on the light path (issue 11): scanned, then
written with ``sqlite3`` in one transaction, without SQLAlchemy.

Every test holds it to the ordinary import: the same output (plain and ``--json``) and
the same rows in the database, problems, odd names, files that are not media and a new
batch's licence included. Whenever a file is known already (another batch, a missing
file it could be), the partnership is new, or another process wins the race, the light
path steps aside without writing or printing anything.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.light import run_light
from desktop_app.cli.main import run
from desktop_app.services import light_first_import
from desktop_app.store.light_reads import NotLight
from tests.cli.test_light_imports import HEAVY, imported_modules
from tests.conftest import MEDIA_SAMPLES

SAMPLES = [
    "camera/Canon_40D.jpg",
    "gps/DSCN0010.jpg",  # GPS: a warning with the scan
    "damaged/truncated_nikon-e950.jpg",  # an error with the scan
    "damaged/empty.jpg",
    "other/Arbitro.tiff",
    "other/no_exif.jpg",
]
# Columns that differ by nature between two imports: identities and the moment.
VARYING = {"uuid", "scanned_at", "created_at"}


def partner_folder(root: Path) -> Path:
    """A partner's folder: samples in a sub-folder with odd names, and a README."""
    folder = root / "Partner's photos — فوتو"
    (folder / "sub folder").mkdir(parents=True)
    for number, sample in enumerate(SAMPLES):
        target = folder / ("sub folder" if number % 2 else "") / f"{number} {Path(sample).name}"
        shutil.copy2(MEDIA_SAMPLES / sample, target)
    (folder / "README.txt").write_text("Photos of the partner.\n", encoding="utf-8")
    return folder


def data_folder(root: Path, name: str, licence: str = "cc-by-sa-4.0") -> Path:
    """A data folder with partnership P, whose licence a new batch takes as its default."""
    data = root / name
    assert run(["--data-dir", str(data), "partnership", "add", "P", "--json"]) == 0
    with sqlite3.connect(data / "fieldkit.sqlite3") as connection:
        connection.execute("UPDATE partnerships SET licence_id = ?", (licence,))
    connection.close()
    return data


def arguments(data: Path, folder: Path, *extra: str, batch: str = "B") -> list[str]:
    """``media import`` of ``folder`` into batch ``batch`` of partnership P."""
    command = ["--data-dir", str(data), "media", "import", "--partnership", "P"]
    return [*command, "--batch", batch, str(folder), *extra]


def table(data: Path, name: str) -> list[dict[str, Any]]:
    """Every row of a table, by id, without the columns that differ by nature."""
    connection = sqlite3.connect(data / "fieldkit.sqlite3")
    connection.row_factory = sqlite3.Row
    try:
        rows = connection.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()
    finally:
        connection.close()
    return [{key: row[key] for key in row.keys() if key not in VARYING} for row in rows]  # noqa: SIM118


def stored_times(data: Path) -> list[str]:
    connection = sqlite3.connect(data / "fieldkit.sqlite3")
    try:
        query = "SELECT scanned_at FROM media_items UNION ALL SELECT created_at FROM media_batches"
        return [value for (value,) in connection.execute(query)]
    finally:
        connection.close()


@pytest.mark.parametrize("extra", [[], ["--json"]], ids=["plain", "json"])
def test_a_first_import_writes_and_reports_what_the_ordinary_import_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    folder = partner_folder(tmp_path)
    light_data, ordinary_data = data_folder(tmp_path, "light"), data_folder(tmp_path, "ordinary")
    capsys.readouterr()

    light_code = run_light(arguments(light_data, folder, *extra))
    light_out = capsys.readouterr().out
    ordinary_code = run(arguments(ordinary_data, folder, *extra))
    ordinary_out = capsys.readouterr().out

    assert light_code is not None  # the light path did the import
    assert (light_code, light_out) == (ordinary_code, ordinary_out)
    assert "added" in light_out and "فوتو" in light_out and "not-media" in light_out
    items = table(light_data, "media_items")
    assert len(items) == len(SAMPLES)  # the README is left out: not media
    assert items == table(ordinary_data, "media_items")
    assert any(item["gps_latitude"] for item in items) and any(
        item["scan_problems"] != "[]" for item in items
    )
    batches = table(light_data, "media_batches")
    assert batches == table(ordinary_data, "media_batches")
    assert batches[0]["licence_id"] == "cc-by-sa-4.0"
    for value in stored_times(light_data) + stored_times(ordinary_data):
        datetime.strptime(value, "%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's own format


def test_a_first_import_is_logged_in_the_data_folder(tmp_path: Path) -> None:
    """As the ordinary import's lines are: the helpdesk reads this log when asked. A
    process of its own: in this one, opening the folder has set the log up already."""
    folder, data = partner_folder(tmp_path), data_folder(tmp_path, "data")
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", *arguments(data, folder, "--json")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    log = (data / "logs" / "fieldkit.log").read_text(encoding="utf-8")
    assert f"Imported {len(SAMPLES)} new files into batch" in log
    assert log.count("Opened data folder") == 1  # by ``partnership add``: the import was light


def test_a_log_that_cannot_open_does_not_fail_the_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop_app.system.logs as logs

    def refuse(log_file: Path) -> None:
        raise PermissionError(13, "Permission denied", str(log_file))

    monkeypatch.setattr(logs, "setup_logging", refuse)
    folder, data = partner_folder(tmp_path), data_folder(tmp_path, "data")
    capsys.readouterr()
    assert run_light(arguments(data, folder, "--json")) == 0
    assert '"added"' in capsys.readouterr().out
    assert len(table(data, "media_items")) == len(SAMPLES)


def test_into_an_existing_batch_and_then_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = partner_folder(tmp_path)
    data = data_folder(tmp_path, "data", licence="")
    empty = tmp_path / "empty folder"
    empty.mkdir()
    assert run(arguments(data, empty)) == 0  # the ordinary import makes an empty batch
    capsys.readouterr()
    assert run_light(arguments(data, folder, "--json")) == 0
    assert f'"added": {len(SAMPLES)}' in capsys.readouterr().out
    assert table(data, "media_batches")[0]["licence_id"] is None
    assert run_light(arguments(data, folder, "--json")) is None  # the README: not unchanged
    capsys.readouterr()
    (folder / "README.txt").unlink()  # not media: never in the batch, never "unchanged"
    assert run_light(arguments(data, folder, "--json")) == 0  # now all unchanged: light
    assert f'"unchanged": {len(SAMPLES)}' in capsys.readouterr().out


def _mark_first_missing(data: Path) -> None:
    with sqlite3.connect(data / "fieldkit.sqlite3") as connection:
        connection.execute("UPDATE media_items SET file_state = 'missing' WHERE id = 1")
    connection.close()


@pytest.mark.parametrize("case", ["no partnership", "in another batch", "batch has missing"])
def test_known_files_or_a_new_partnership_leave_it_to_the_ordinary_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    folder = partner_folder(tmp_path)
    data = data_folder(tmp_path, "data")
    partnership = "P"
    if case == "no partnership":
        partnership = "New partner"
    elif case == "in another batch":
        assert run(arguments(data, folder, batch="Other")) == 0
    else:
        other = tmp_path / "other"
        other.mkdir()
        shutil.copy2(MEDIA_SAMPLES / "camera" / "Canon_40D.jpg", other / "x.jpg")
        assert run(arguments(data, other)) == 0
        _mark_first_missing(data)
    capsys.readouterr()
    before = table(data, "media_items"), table(data, "media_batches")
    command = arguments(data, folder, "--json")
    command[command.index("P")] = partnership
    assert run_light(command) is None
    assert capsys.readouterr().out == ""  # stepped aside before printing anything
    assert (table(data, "media_items"), table(data, "media_batches")) == before


@pytest.mark.parametrize("meanwhile", ["the same files", "an empty batch of that name"])
def test_what_another_process_did_meanwhile_sends_it_to_the_ordinary_import(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    meanwhile: str,
) -> None:
    """The conditions are checked again in the write transaction: the race is lost cleanly."""
    folder = partner_folder(tmp_path)
    data = data_folder(tmp_path, "data")
    other = folder
    if meanwhile != "the same files":
        other = tmp_path / "empty"
        other.mkdir()
    capsys.readouterr()
    scan: Callable[..., Any] = light_first_import.scan_paths

    def scan_while_another_imports(*args: Any, **kwargs: Any) -> Any:
        outcome = scan(*args, **kwargs)
        assert run(arguments(data, other, "--json")) == 0  # the other process, first
        return outcome

    monkeypatch.setattr(light_first_import, "scan_paths", scan_while_another_imports)
    with pytest.raises(NotLight):
        light_first_import.first_import(str(data), "P", "B", [str(folder)])
    expected = len(SAMPLES) if other == folder else 0
    assert len(table(data, "media_items")) == expected
    assert len(table(data, "media_batches")) == 1


def test_an_error_while_writing_leaves_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = partner_folder(tmp_path)
    data = data_folder(tmp_path, "data")

    def fail(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(light_first_import.media_rows, "item_ids_by_path", fail)
    with pytest.raises(OSError, match="disk full"):
        light_first_import.first_import(str(data), "P", "B", [str(folder)])
    assert table(data, "media_items") == [] and table(data, "media_batches") == []


def test_the_light_first_import_loads_neither_sqlalchemy_nor_alembic(tmp_path: Path) -> None:
    folder = partner_folder(tmp_path)
    data = data_folder(tmp_path, "data")
    modules = imported_modules(arguments(data, folder, "--json"))
    assert "desktop_app.services.light_first_import" in modules
    heavy = set(HEAVY) - {"multiprocessing"}  # the scan's worker processes need it
    tops = {name.split(".")[0] for name in modules}
    assert tops.isdisjoint(heavy), sorted(tops.intersection(heavy))
    assert len(table(data, "media_items")) == len(SAMPLES)


def test_photos_alone_are_imported_without_reading_the_bundled_yaml(tmp_path: Path) -> None:
    """Commons' file types are read only for a file whose content is not media, and the
    licence catalogue only for a licence: PyYAML and ``importlib.resources`` cost ~25 ms
    of a first import's start otherwise."""
    photos = tmp_path / "photos"
    photos.mkdir()
    media = [sample for sample in SAMPLES if sample != "damaged/empty.jpg"]  # no content
    for sample in media:
        shutil.copy2(MEDIA_SAMPLES / sample, photos)
    data = data_folder(tmp_path, "data", licence="")
    modules = imported_modules(arguments(data, photos, "--json"))
    assert "desktop_app.services.light_first_import" in modules
    assert "yaml" not in modules and "importlib.resources" not in modules
    assert len(table(data, "media_items")) == len(media)
    # An empty photo and a README need the file types: read then; the README is skipped.
    shutil.copy2(MEDIA_SAMPLES / "damaged/empty.jpg", photos)
    (photos / "README.txt").write_text("Photos.\n", encoding="utf-8")
    again = data_folder(tmp_path, "again", licence="")
    assert "yaml" in imported_modules(arguments(again, photos, "--json"))
    assert len(table(again, "media_items")) == len(media) + 1
