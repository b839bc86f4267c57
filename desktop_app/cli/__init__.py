"""The command line: the headless face of the same services the GUI uses.

Command names, flags, exit codes and ``--json`` shapes are a contract (partners script
them); add freely, never rename. See README "Command line". Each command group lives in
its own module with a ``register(commands)`` function.

The package imports nothing itself: the parser (:mod:`desktop_app.cli.main`) loads every
command module, which the light commands (:mod:`desktop_app.cli.light`) skip. ``run``,
``parse``, ``execute`` and ``build_parser`` are imported from there on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.cli.main import build_parser, execute, parse, run

__all__ = ["build_parser", "execute", "parse", "run"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from desktop_app.cli import main

        return getattr(main, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
