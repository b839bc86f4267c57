"""Entry point for ``fieldkit`` and ``python -m desktop_app``.

With no sub-command the desktop window opens; with one, the CLI runs it headless.
``--version`` answers before anything else is imported: scripts call it to find Fieldkit.
"""

from __future__ import annotations

import gc
import io
import os
import sys


def main(argv: list[str] | None = None) -> int:
    """The window without a command, the CLI with one (the CLI never loads the UI)."""
    try:
        code = _run(sys.argv[1:] if argv is None else argv, argv is None)
        sys.stdout.flush()  # here, so that a closed output is caught below, not at exit
    except BrokenPipeError:
        return _output_closed()
    return code


def _output_closed() -> int:
    """Standard output was closed by its reader (``fieldkit ... --json | head``): write
    nothing more, without a traceback, and exit 1 (docs/cli.md). What the command did
    before is kept."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # Python's last flush at exit must not fail too
    os.close(devnull)
    return 1


def _run(arguments: list[str], own_process: bool) -> int:
    """:func:`main`'s work; ``own_process`` when called by the process's entry point."""
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
    window_folder = _window_only(arguments)
    if window_folder is not None:  # the window alone: the CLI's parser is not imported
        from desktop_app.app import run_gui

        return run_gui(window_folder or None)
    from desktop_app.cli.light import run_light

    if own_process:
        _escape_what_output_cannot_hold()
        # The process's own entry point, which ends after the command: the light commands
        # make thousands of objects (a report entry and a row per file) and no cycles,
        # and the collector's passes over them cost ~15 ms of a 5,000-file import.
        gc.disable()
    code = run_light(arguments)  # the read-only listings, without the full CLI and store
    if code is not None:
        return code
    if own_process:
        gc.enable()  # the ordinary commands may run long and make cycles (pywikibot)
    from desktop_app.cli.main import execute, parse

    args = parse(arguments)
    if args.handler is None:
        from desktop_app.app import run_gui

        return run_gui(args.data_dir)
    return execute(args)


def _escape_what_output_cannot_hold() -> None:
    """A character the output cannot encode is written as a ``\\u`` escape instead of
    stopping the command halfway with a traceback: a file name whose bytes are not UTF-8
    (Linux allows them), Arabic in a Windows code page when the output is redirected.
    (``--json`` output is UTF-8 in any case: :func:`desktop_app.cli.common.print_json`.)
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


def _window_only(arguments: list[str]) -> str | None:
    """The data folder ("" for the default) when the arguments only open the window.

    Only the plain forms (nothing, ``--data-dir DIR``, ``--data-dir=DIR``); anything else
    goes through the CLI's parser, which says what is wrong with it.
    """
    if not arguments:
        return ""
    if len(arguments) == 2 and arguments[0] == "--data-dir" and arguments[1][:1] not in ("-", ""):
        return arguments[1]
    if len(arguments) == 1 and arguments[0].startswith("--data-dir="):
        folder = arguments[0].removeprefix("--data-dir=")
        return folder or None
    return None


if __name__ == "__main__":
    sys.exit(main())
