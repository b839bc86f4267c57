"""Entry point for ``fieldkit`` and ``python -m desktop_app``.

With no sub-command the desktop window opens; with one, the CLI runs it headless.
``--version`` answers before anything else is imported: scripts call it to find Fieldkit.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """The window without a command, the CLI with one (the CLI never loads the UI)."""
    arguments = sys.argv[1:] if argv is None else argv
    if arguments == ["--version"]:
        from desktop_app import __version__

        print(f"Fieldkit {__version__}")
        return 0
    # In a frozen bundle a scan's worker process re-runs this entry point; freeze_support
    # turns it into the worker instead of a second app (it does nothing elsewhere, so
    # elsewhere multiprocessing is not imported: light commands do not pay for it).
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    from desktop_app import cli

    args = cli.parse(arguments)
    if args.handler is None:
        from desktop_app.app import run_gui

        return run_gui(args.data_dir)
    return cli.execute(args)


if __name__ == "__main__":
    sys.exit(main())
