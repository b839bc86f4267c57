"""How a command refuses or fails: the problems on stderr, and as JSON with ``--json``.

Every command answers the same way when it cannot do what was asked: one line per problem
on standard error (``code (where): message``), the documented exit code, and with
``--json`` one object on standard output, ``{"ok": false, "problems": [...], "exit_code"}``,
so a script never has to parse an empty answer.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from desktop_app.cli.common import EXIT_USAGE, print_json
from desktop_app.core.form_checks import field_of
from desktop_app.core.problems import Problem, error


class CommandError(Exception):
    """A command cannot go on; :func:`desktop_app.cli.execute` prints ``problems`` the
    :func:`refuse` way and exits with ``exit_code``."""

    def __init__(self, problems: Sequence[Problem], exit_code: int = EXIT_USAGE) -> None:
        super().__init__("; ".join(problem.message for problem in problems))
        self.problems = list(problems)
        self.exit_code = exit_code


def refuse(
    args: argparse.Namespace, problems: Sequence[Problem], exit_code: int = EXIT_USAGE
) -> int:
    """Print why (``{"ok": false, "problems", "exit_code"}`` with ``--json``); returns
    ``exit_code`` (2, refused input, unless the command documents another)."""
    if getattr(args, "json", False):
        print_json(
            {
                "ok": False,
                "problems": [problem.to_dict() for problem in problems],
                "exit_code": exit_code,
            }
        )
    for problem in problems:
        where = field_of(problem)
        print(f"{problem.code}{f' ({where})' if where else ''}: {problem.message}", file=sys.stderr)
    return exit_code


def refusal(code: str, message: str, **params: Any) -> Problem:
    """One problem for :func:`refuse` (a blocking error with ``params``)."""
    return error(code, message, **params)
