"""Entry point for ``fieldkit`` and ``python -m desktop_app``.

With no sub-command the desktop window opens; with one, the CLI runs it headless.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the CLI; the CLI opens the GUI when no command is given."""
    from desktop_app.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
