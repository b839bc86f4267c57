#!/usr/bin/env python3
"""Qt Linguist workflow for Fieldkit's interface translations.

    scripts/translations.py update   # re-scan desktop_app/ for tr() strings into translations/*.ts
    scripts/translations.py build    # compile every translations/*.ts into the package

``update`` keeps existing translations and marks strings that vanished as obsolete
(``-no-obsolete`` drops them). ``build`` writes ``desktop_app/resources/translations/
fieldkit_<code>.qm`` (and removes a catalogue whose ``.ts`` is gone). The ``.qm`` files are
committed: a wheel then carries them without PySide6 in its isolated build, and
``tests/packaging/test_catalogues.py`` fails when one differs from a fresh build of its
``.ts``. A new language: ``update --add xx``, translate, ``build``, commit both files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "desktop_app"
TRANSLATIONS = REPO / "translations"
CATALOGUES = REPO / "desktop_app" / "resources" / "translations"
PREFIX = "fieldkit_"


def tool(name: str) -> str:
    """A PySide6 tool on PATH or next to this Python (an unactivated virtualenv)."""
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        sys.exit(f"{name} not found; install PySide6-Essentials in this environment")
    return found


def python_sources() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py") if "migrations" not in path.parts)


def update(add: list[str], drop_obsolete: bool) -> int:
    targets = sorted(TRANSLATIONS.glob(f"{PREFIX}*.ts"))
    targets += [TRANSLATIONS / f"{PREFIX}{code}.ts" for code in add]
    if not targets:
        print("No .ts files yet; add one with: scripts/translations.py update --add sv")
        return 1
    TRANSLATIONS.mkdir(exist_ok=True)
    command = [tool("pyside6-lupdate"), "-locations", "none", *python_sources()]
    if drop_obsolete:
        command.append("-no-obsolete")
    command += ["-ts", *(str(target) for target in sorted(set(targets)))]
    return subprocess.run(command, check=False).returncode


def build() -> int:
    lrelease = tool("pyside6-lrelease")
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    sources = sorted(TRANSLATIONS.glob(f"{PREFIX}*.ts"))
    status = 0
    for ts_file in sources:
        qm_file = CATALOGUES / f"{ts_file.stem}.qm"
        result = subprocess.run(
            [lrelease, "-silent", str(ts_file), "-qm", str(qm_file)], check=False
        )
        shown = qm_file.relative_to(REPO)
        print(f"{ts_file.name} -> {shown}" if result.returncode == 0 else f"FAILED {ts_file}")
        status = status or result.returncode
    wanted = {f"{ts_file.stem}.qm" for ts_file in sources}
    for orphan in sorted(CATALOGUES.glob(f"{PREFIX}*.qm")):
        if orphan.name not in wanted:  # its .ts was removed: stop shipping the language
            orphan.unlink()
            print(f"removed {orphan.relative_to(REPO)} (no .ts)")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    update_parser = sub.add_parser("update", help="refresh .ts files from the sources")
    update_parser.add_argument("--add", action="append", default=[], metavar="LANG")
    update_parser.add_argument("--no-obsolete", action="store_true")
    sub.add_parser("build", help="compile .ts files to .qm in desktop_app/resources")
    args = parser.parse_args(argv)
    if args.command == "update":
        return update(args.add, args.no_obsolete)
    return build()


if __name__ == "__main__":
    sys.exit(main())
