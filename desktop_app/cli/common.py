"""What every command module shares: exit codes, JSON output, opening the data folder."""

from __future__ import annotations

import io
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.cli import json_text

if TYPE_CHECKING:
    import argparse

    from desktop_app.core.settings import AppSettings
    from desktop_app.services.disk_space import DiskFull
    from desktop_app.store.context import AppContext

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_OFFLINE = 3


def _json_value(value: Any) -> Any:
    """Dates as ISO 8601 (times are UTC, without a zone suffix); anything else as text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def print_json(data: Any) -> None:
    """The one JSON style of the CLI: UTF-8 text, sorted keys, ISO 8601 dates.

    UTF-8 whatever the locale: on Windows, output sent to a file or a pipe is otherwise
    written in the ANSI code page, which cannot hold Arabic or Hebrew names at all. A lone
    surrogate (a file name whose bytes are not UTF-8) is written as its JSON escape,
    ``\\udcff``, which ``json.loads`` reads back as the same character.
    """
    _utf8_output()
    print(json_text.dumps(data, default=_json_value))


def _utf8_output() -> None:
    """Standard output as UTF-8 with ``\\u`` escapes for what UTF-8 cannot hold."""
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper):  # replaced by the caller: left as it is
        return
    if stream.encoding.lower().replace("-", "") != "utf8" or stream.errors != "backslashreplace":
        stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def open_context(args: argparse.Namespace) -> AppContext:
    """Open the data folder named by ``--data-dir`` (or the environment, or the default).

    A folder that cannot be created or opened (no permission, a file in the way, a
    read-only disk) raises ``CommandError`` (exit 2, ``data_dir.unusable``).
    """
    from desktop_app.cli.refusals import CommandError, refusal
    from desktop_app.services.disk_space import data_folder_disk_full
    from desktop_app.store.context import AppContext

    try:
        ctx = AppContext.open(args.data_dir)
    except OSError as exc:
        if data_folder_disk_full(exc, args.data_dir) is not None:
            raise  # said as "the disk is full: free N MB" by cli.execute
        where = str(exc.filename or args.data_dir or "")
        reason = exc.strerror or str(exc)
        problem = refusal(
            "data_dir.unusable",
            f"The data folder cannot be used: {where}: {reason}. Choose another folder with "
            "--data-dir or FIELDKIT_DATA_DIR, or fix its permissions.",
            path=where,
            reason=reason,
        )
        raise CommandError([problem], EXIT_USAGE) from exc
    if ctx.db.recovery is not None:  # said once, on the run that did it
        print(f"fieldkit: {ctx.db.recovery.describe()}", file=sys.stderr)
    return ctx


def read_settings(args: argparse.Namespace) -> AppSettings:
    """The stored settings of the data folder ``args`` names (opened and closed again)."""
    from desktop_app.services.settings import get_settings

    with open_context(args) as ctx:
        return get_settings(ctx.db)


def error_text(error: BaseException, where: str | Path | None = None) -> str:
    """``error`` for the user: "the disk is full: free N MB" when that is what it was."""
    from desktop_app.services.disk_space import error_text as text_of

    return text_of(error, Path(where) if where is not None else Path.cwd())


def report_disk_full(args: argparse.Namespace, full: DiskFull) -> int:
    """Say that the disk is full and how much to free (stderr; with ``--json`` also JSON)."""
    print(f"fieldkit: {full.message()}", file=sys.stderr)
    if getattr(args, "json", False):
        print_json(
            {
                "ok": False,
                "code": "disk_full",
                "message": full.message(),
                "params": {"folder": str(full.folder), "free_mb": full.free_mb},
            }
        )
    return EXIT_FAILURE


def unlock_password_file(*, create: bool) -> None:
    """Without a keyring: open Fieldkit's password file for this command, with
    ``FIELDKIT_PASSPHRASE`` or, at a terminal, a prompt (``create``: choose a passphrase
    when there is no file yet). Says why on stderr when it cannot; the command goes on."""
    from desktop_app.services.account import PasswordError, password_storage, unlock_passwords

    storage = password_storage()
    if not storage.needs_passphrase or (not storage.exists and not create):
        return
    passphrase = os.environ.get("FIELDKIT_PASSPHRASE")
    if passphrase is None:
        if not sys.stdin.isatty():
            return
        import getpass  # here: the light commands never prompt

        if storage.exists:
            passphrase = getpass.getpass("Passphrase of Fieldkit's password file: ")
        else:
            print(
                "This system has no keyring: Fieldkit keeps passwords in an encrypted file "
                f"({storage.path}), locked with a passphrase you choose now.",
                file=sys.stderr,
            )
            passphrase = getpass.getpass("New passphrase (at least 8 characters): ")
            if getpass.getpass("The same passphrase again: ") != passphrase:
                print("The two passphrases differ; nothing was stored.", file=sys.stderr)
                return
    try:
        unlock_passwords(passphrase)
    except PasswordError as error:
        print(f"fieldkit: {error}", file=sys.stderr)


def usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_USAGE
