"""Entry point for ``fieldkit`` and ``python -m desktop_app``.

With no sub-command the desktop window opens; with one, the CLI runs it headless.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """The window without a command, the CLI with one (the CLI never loads the UI)."""
    from desktop_app import cli

    args = cli.parse(sys.argv[1:] if argv is None else argv)
    if args.handler is None:
        from desktop_app.app import run_gui

        return run_gui(args.data_dir)
    return cli.execute(args)


if __name__ == "__main__":
    sys.exit(main())
