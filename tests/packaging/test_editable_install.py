"""The development install (``scripts/bootstrap.sh``: ``pip install -e .``) adds a plain
path, not an import hook that runs at every Python start (issue 11).

setuptools writes a path finder for a flat layout unless ``package-dir`` is declared; that
finder imported ``pathlib`` (with ``urllib.parse`` and ``ipaddress``) before any command
ran: ``python -c pass`` took ~39 ms instead of ~17 ms, and every ``fieldkit`` command paid
it. ``pyproject.toml`` declares the layout; this guards it.
"""

from __future__ import annotations

import site
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_editable_install_is_a_path_to_the_checkout() -> None:
    found = [
        pth
        for folder in site.getsitepackages()
        for pth in Path(folder).glob("__editable__.fieldkit-*.pth")
    ]
    assert len(found) == 1, found  # the test command installs the checkout editable
    lines = [line for line in found[0].read_text().splitlines() if line.strip()]
    assert len(lines) == 1 and not lines[0].startswith("import"), lines  # a path, no hook
    assert Path(lines[0]).resolve() == REPO


def test_python_starts_without_pathlib() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import sys; print('pathlib' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"
