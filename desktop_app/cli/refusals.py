"""How a command refuses its input: the problems on stderr, and as JSON with ``--json``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop_app.cli.common import EXIT_USAGE, print_json
from desktop_app.core.form_checks import field_of
from desktop_app.core.problems import Problem


def refuse(args: argparse.Namespace, problems: Sequence[Problem]) -> int:
    """Print why (``{"ok": false, "problems"}`` with ``--json``); returns exit code 2."""
    if getattr(args, "json", False):
        print_json({"ok": False, "problems": [problem.to_dict() for problem in problems]})
    for problem in problems:
        where = field_of(problem)
        print(f"{problem.code}{f' ({where})' if where else ''}: {problem.message}", file=sys.stderr)
    return EXIT_USAGE
