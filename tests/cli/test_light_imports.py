"""Start-up imports only what the command needs (issue 11): seen with ``-X importtime``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.__main__ import _window_only

HEAVY = ("alembic", "mako", "pywikibot", "multiprocessing", "openpyxl", "PySide6", "sqlalchemy")


def imported_modules(arguments: list[str], env: dict[str, str] | None = None) -> set[str]:
    """Every module ``python -m desktop_app ARGUMENTS`` imported (it must succeed)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktop_app", *arguments],
        capture_output=True,
        text=True,
        env=os.environ | (env or {}),
        check=True,
        timeout=120,
    )
    return set(re.findall(r"^import time:.*\|\s*(\S+)$", done.stderr, flags=re.MULTILINE))


@pytest.mark.parametrize(
    "command",
    [["partnership", "list"], ["request", "list", "--json"], ["upload", "status"]],
    ids=" ".join,
)
def test_light_commands_skip_heavy_libraries(tmp_path: Path, command: list[str]) -> None:
    subprocess.run(  # the first run creates and migrates the database
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path), "partnership", "list"],
        check=True,
        capture_output=True,
    )
    modules = imported_modules(["--data-dir", str(tmp_path), *command])
    assert "desktop_app.store.light_reads" in modules  # the measurement sees our imports
    tops = {name.split(".")[0] for name in modules}
    assert tops.isdisjoint(HEAVY), sorted(tops.intersection(HEAVY))
    # Nor the full CLI's parser and prompt (~3 ms): cli.common names them for types only.
    assert not {"argparse", "getpass"} & modules


def test_version_imports_nothing_of_the_app() -> None:
    modules = imported_modules(["--version"])
    assert "desktop_app" in modules
    assert not {name for name in modules if name.startswith("desktop_app.")} - {
        "desktop_app.__main__"
    }


def test_window_start_does_not_load_the_cli(tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "FIELDKIT_EXIT_AFTER_PAINT": "1"}
    modules = imported_modules(["--data-dir", str(tmp_path)], env)
    assert "desktop_app.ui.main_window" in modules
    assert not {name for name in modules if name.startswith("desktop_app.cli")}


def test_window_modules_leave_probe_and_password_store_for_later() -> None:
    """requests and keyring are imported by the first check, after the window is shown."""
    probe = (
        "import sys\n"
        "import desktop_app.app, desktop_app.ui.main_window, desktop_app.ui.sync_monitor\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(sys.argv[1:])))\n"
    )
    watched = ["requests", "keyring", "alembic", "mako", "pywikibot", "openpyxl"]
    done = subprocess.run(
        [sys.executable, "-c", probe, *watched],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("arguments", "folder"),
    [
        ([], ""),
        (["--data-dir", "/data"], "/data"),
        (["--data-dir=/data"], "/data"),
        (["--data-dir="], None),
        (["--data-dir", "-x"], None),
        (["--data-dir"], None),
        (["--help"], None),
        (["partnership", "list"], None),
        (["--data-dir", "/data", "partnership", "list"], None),
    ],
)
def test_window_only_recognises_just_the_plain_forms(
    arguments: list[str], folder: str | None
) -> None:
    assert _window_only(arguments) == folder


PAINT_PROBE = """
import sys
from PySide6.QtCore import Qt
from desktop_app import app
from desktop_app.ui import first_paint

waited = first_paint.wait_for_first_paint

def at_first_paint(window, timeout_ms):
    waited(window, timeout_ms)
    rtl = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    print(sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic"}), rtl,
          labels[0], flush=True)
    window.close()  # the start stops here: nothing opened, exit 0

first_paint.wait_for_first_paint = at_first_paint
print(app.run_gui(sys.argv[1]))
"""


def run_paint_probe(data_dir: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PAINT_PROBE, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_window_is_painted_before_the_store_is_loaded(tmp_path: Path) -> None:
    assert run_paint_probe(tmp_path / "data") == ["[] False Partnerships", "0"]


def test_the_first_paint_already_speaks_the_stored_language(tmp_path: Path) -> None:
    from desktop_app.services.settings import change_settings
    from desktop_app.store.context import AppContext

    with AppContext.open(tmp_path, log_to_file=False) as ctx:
        change_settings(ctx.db, language="ar")
    painted, code = run_paint_probe(tmp_path)
    assert painted.startswith("[] True ")  # right to left, before SQLAlchemy
    assert "Partnerships" not in painted and code == "0"


SCAN_PROBE = """
import inspect, linecache, sys
import PySide6.QtWidgets
from desktop_app import app
if sys.argv[1] == "skip":
    app._skip_pyside_source_scans()
read = []
original = inspect.getsource
def counting(module):
    read.append(getattr(module, "__name__", "?"))
    return original(module)
inspect.getsource = counting
import sqlalchemy.orm
from desktop_app.ui.bidi import isolate
looked_at = sys.modules["__feature__"].pyside_feature_dict.get("desktop_app.ui.bidi")
print(len([n for n in read if n.startswith("sqlalchemy")]), looked_at,
      sys.modules["desktop_app.ui.bidi"].__file__ in linecache.cache)
"""


@pytest.mark.parametrize(("mode", "expected"), [("skip", "0 0 False"), ("plain", "many 0 True")])
def test_pyside_no_longer_reads_the_source_of_modules_without_qt(mode: str, expected: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCAN_PROBE, mode],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    count, looked_at, kept = done.stdout.split()
    # Without the skip PySide6 reads SQLAlchemy's modules (the control); with it, none,
    # while our Qt modules are still looked at ("0": uses PySide6, no feature) — from
    # the file's bytes, so their lines are not kept in linecache.
    assert count == "0" if expected.startswith("0") else int(count) > 20, done.stdout
    assert [looked_at, kept] == expected.split()[1:], done.stdout


GC_PROBE = (
    "import gc, sys\n"
    "from desktop_app.__main__ import main\n"
    "main()\n"
    "print('collector on' if gc.isenabled() else 'collector off')\n"
)


@pytest.mark.parametrize(
    ("command", "expected"),
    [(["partnership", "list"], "collector off"), (["partnership", "add", "X"], "collector on")],
    ids=["light", "ordinary"],
)
def test_only_a_light_command_runs_without_the_cyclic_collector(
    tmp_path: Path, command: list[str], expected: str
) -> None:
    """The process's entry point leaves it off for a light command (the process ends
    next) and on for the ordinary ones, which may run long."""
    subprocess.run(  # the first run creates and migrates the database
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path), "partnership", "list"],
        check=True,
        capture_output=True,
    )
    done = subprocess.run(
        [sys.executable, "-c", GC_PROBE, "--data-dir", str(tmp_path), *command],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.strip().splitlines()[-1] == expected
