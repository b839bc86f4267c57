"""``fieldkit self-test``: is this installation sound?"""

from __future__ import annotations

import argparse

from desktop_app.cli.common import EXIT_FAILURE, EXIT_OK, print_json


def cmd_self_test(args: argparse.Namespace) -> int:
    from desktop_app.services.self_test import run_self_test

    checks = run_self_test(args.data_dir)
    sound = all(check.ok for check in checks)
    if args.json:
        print_json({"ok": sound, "checks": [check.to_dict() for check in checks]})
    else:
        for check in checks:
            print(f"[{'ok' if check.ok else 'FAIL'}] {check.name}: {check.detail}")
        print("Fieldkit is ready." if sound else "Fieldkit found problems (see above).")
    return EXIT_OK if sound else EXIT_FAILURE


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``self-test``."""
    self_test = commands.add_parser("self-test", help="check database, resources, translations")
    self_test.add_argument("--json", action="store_true", help="machine-readable output")
    self_test.set_defaults(handler=cmd_self_test)
