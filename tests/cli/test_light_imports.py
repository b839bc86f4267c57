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


def test_window_start_imports_non_qt_modules_before_qt() -> None:
    """``BEFORE_QT`` names real modules, none of which loads Qt (else the order is moot)."""
    probe = (
        "import importlib, sys\n"
        "from desktop_app.app import BEFORE_QT\n"
        "for name in BEFORE_QT:\n"
        "    importlib.import_module(name)\n"
        "print(len(BEFORE_QT), sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    count, qt_modules = done.stdout.split(" ", 1)
    assert int(count) > 10
    assert qt_modules.strip() == "[]"


def test_a_name_gone_from_before_qt_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app import app

    gone = ("desktop_app.services.no_such_module", "desktop_app.no_such_package.module")
    monkeypatch.setattr(app, "BEFORE_QT", ("desktop_app.core.faults", *gone))
    app._import_before_qt()
    assert "desktop_app.core.faults" in sys.modules
    assert not set(gone) & set(sys.modules)
