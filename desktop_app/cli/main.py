"""The command line's parser and dispatcher: every command group, registered here.

Each command group lives in its own module with a ``register(commands)`` function.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from desktop_app import __version__
from desktop_app.cli import (
    account,
    bundles,
    desk,
    helpdesk,
    media,
    partnerships,
    requests,
    self_test,
    sync,
    uploads,
)
from desktop_app.cli.common import report_disk_full
from desktop_app.cli.refusals import CommandError, refuse
from desktop_app.services.disk_space import data_folder_disk_full


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldkit",
        description="Fieldkit: bring partners' content to Wikimedia Commons, online or not. "
        "Without a command the desktop window opens.",
    )
    parser.add_argument("--version", action="version", version=f"Fieldkit {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: FIELDKIT_DATA_DIR or the platform's user data folder)",
    )
    parser.set_defaults(handler=None)  # no command: __main__ opens the window
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        self_test,
        account,
        sync,
        partnerships,
        helpdesk,
        requests,
        media,
        uploads,
        desk,
    ):
        module.register(commands)
    bundles.register(commands)
    return parser


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The parsed command line; ``handler`` is ``None`` when no command was given."""
    return build_parser().parse_args(list(argv))


def execute(args: argparse.Namespace) -> int:
    """Run a parsed command; returns the process exit code."""
    handler: Callable[[argparse.Namespace], int] | None = args.handler
    if handler is None:
        build_parser().print_help()
        return 2
    try:
        return handler(args)
    except CommandError as refused:
        return refuse(args, refused.problems, refused.exit_code)
    except Exception as error:
        full = data_folder_disk_full(error, args.data_dir)
        if full is None:
            raise
        return report_disk_full(args, full)  # a message, not a traceback


def run(argv: Sequence[str]) -> int:
    """Parse ``argv`` and run the command (``fieldkit COMMAND ...``); returns the exit code."""
    return execute(parse(argv))
