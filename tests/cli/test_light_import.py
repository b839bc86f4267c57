"""``media import`` of a folder the batch already holds unchanged, on the light path
(issue 11): ``os.stat`` and one ``sqlite3`` query instead of the store and the scanner.

Every test compares it with the ordinary import over the same folder: same bytes and exit
code, plain and ``--json``, problems and odd names included. Whenever anything would
change (a new, edited, skipped or missing file, a batch to create, a file in two batches),
the light path steps aside without printing, and the ordinary import runs.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli.light import re_import_command, run_light
from desktop_app.cli.main import run
from tests.cli.test_light_imports import HEAVY, imported_modules
from tests.conftest import MEDIA_SAMPLES

SAMPLES = [
    "camera/Canon_40D.jpg",
    "camera/Kodak_CX7530.jpg",
    "gps/DSCN0010.jpg",  # GPS: a decision to make, a warning stored with the scan
    "damaged/truncated_nikon-e950.jpg",  # a problem stored with the scan
    "other/Arbitro.tiff",
]


@pytest.fixture
def imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A data folder whose batch B (of partnership P) holds a folder of samples."""
    folder = tmp_path / "Partner's photos — فوتو"
    (folder / "sub folder").mkdir(parents=True)
    for number, sample in enumerate(SAMPLES):
        target = folder / ("sub folder" if number % 2 else "") / f"{number} {Path(sample).name}"
        shutil.copy2(MEDIA_SAMPLES / sample, target)
    data = tmp_path / "data"
    assert run(["--data-dir", str(data), *_import_args(folder)]) == 0
    capsys.readouterr()
    return data, folder


def _import_args(folder: Path, batch: str = "B", *extra: str) -> list[str]:
    return ["media", "import", "--partnership", "P", "--batch", batch, str(folder), *extra]


def _both(capsys: pytest.CaptureFixture[str], arguments: list[str]) -> tuple[object, object]:
    """(light code, output) and (ordinary code, output) of the same command."""
    light_code = run_light(arguments)
    light = (light_code, capsys.readouterr().out)
    ordinary = (run(arguments), capsys.readouterr().out)
    return light, ordinary


@pytest.mark.parametrize("extra", [[], ["--json"]], ids=["plain", "json"])
def test_an_unchanged_folder_reports_the_same_on_the_light_path(
    imported: tuple[Path, Path], capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    data, folder = imported
    arguments = ["--data-dir", str(data), *_import_args(folder, "B", *extra)]
    light, ordinary = _both(capsys, arguments)
    assert light[0] == 0  # the light path answered
    assert light == ordinary
    out = str(light[1])
    assert "unchanged" in out and "فوتو" in out
    assert ('"severity": "error"' if extra else "          error: ") in out  # a stored problem


def test_flags_in_another_order_are_the_same_command(imported: tuple[Path, Path]) -> None:
    data, folder = imported
    shuffled = ["media", "import", "--json", str(folder), "--batch", "B", "--partnership", "P"]
    command = re_import_command(["--data-dir", str(data), *shuffled])
    assert command is not None and command.paths == (str(folder),) and command.as_json
    for other in (
        ["media", "import", "--partnership=P", "--batch", "B", str(folder)],
        ["media", "import", "--partnership", "P", "--batch", "B", "--from-sheet", "x.csv"],
        ["media", "import", "--partnership", "P", "--batch", "B"],
        ["media", "import", "--partnership", "P", str(folder)],
        ["media", "rescan", "--batch", "B"],
    ):
        assert re_import_command(other) is None, other


def _edit(folder: Path) -> None:
    victim = next(folder.glob("*.jpg"))
    os.utime(victim, (1_000_000_000, 1_000_000_000))


def _new_file(folder: Path) -> None:
    shutil.copy2(MEDIA_SAMPLES / "camera" / "Nikon_D70.jpg", folder / "new.jpg")


def _readme(folder: Path) -> None:
    (folder / "README.txt").write_text("Photos of the partner.\n", encoding="utf-8")


def _marked_missing(data: Path) -> None:
    with sqlite3.connect(data / "fieldkit.sqlite3") as connection:
        connection.execute("UPDATE media_items SET file_state = 'missing' WHERE id = 1")


@pytest.mark.parametrize(
    "change",
    ["edited", "new file", "not media", "marked missing", "other batch", "unknown batch"],
)
def test_anything_to_do_leaves_it_to_the_ordinary_import(
    imported: tuple[Path, Path], capsys: pytest.CaptureFixture[str], change: str
) -> None:
    data, folder = imported
    batch = "B"
    if change == "edited":
        _edit(folder)
    elif change == "new file":
        _new_file(folder)
    elif change == "not media":
        _readme(folder)
    elif change == "marked missing":
        _marked_missing(data)
    elif change == "other batch":  # the scanner's cache could take the other batch's row
        assert run(["--data-dir", str(data), *_import_args(folder, "C")]) == 0
        capsys.readouterr()
    else:
        batch = "New batch"
    arguments = ["--data-dir", str(data), *_import_args(folder, batch, "--json")]
    assert run_light(arguments) is None
    assert capsys.readouterr().out == ""  # stepped aside before printing anything
    assert run(arguments) in (0, 1)
    capsys.readouterr()
    # Once the ordinary import has stored the change, the light path answers again; a
    # file that is not media, or in two batches, keeps it on the ordinary path.
    again = run_light(arguments)
    assert (again is not None) == (change in ("edited", "new file", "marked missing"))


def test_the_light_re_import_loads_neither_the_store_nor_the_scanner(
    imported: tuple[Path, Path],
) -> None:
    data, folder = imported
    modules = imported_modules(["--data-dir", str(data), *_import_args(folder)])
    assert "desktop_app.services.light_import" in modules
    tops = {name.split(".")[0] for name in modules}
    assert tops.isdisjoint(HEAVY), sorted(tops.intersection(HEAVY))
    # Nor ``dataclasses`` and the ``inspect`` it imports (~9 ms), nor the scanner's files.
    assert not {"dataclasses", "inspect"} & modules
    assert "desktop_app.files.file_scan" not in modules


def test_in_process_an_unchanged_folder_is_not_scanned_again(
    imported: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The GUI's re-import takes the same shortcut (``import_paths``), and only then."""
    from desktop_app.services import media_import
    from desktop_app.services.media_batches import find_batch
    from desktop_app.store.context import AppContext

    data, folder = imported
    ctx = AppContext.open(data, log_to_file=False)
    try:
        batch = find_batch(ctx.db, "B", "P")

        def no_scan(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("scanned")

        monkeypatch.setattr(media_import, "scan_paths", no_scan)
        report = media_import.import_paths(ctx.db, batch.id, [folder])
        assert (report.count("unchanged"), report.scan_mode) == (len(SAMPLES), "none")
        assert any(entry.problems for entry in report.files)
        _edit(folder)
        with pytest.raises(AssertionError, match="scanned"):
            media_import.import_paths(ctx.db, batch.id, [folder])
    finally:
        ctx.close()
