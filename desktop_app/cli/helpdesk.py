"""Helpdesk commands: ``helpdesk set`` and ``helpdesk show`` (where help requests go).

Exit codes: 0 done, 2 usage or invalid input (the problems are printed, with ``--json``
as ``{"ok": false, "problems"}``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

from desktop_app.cli.common import EXIT_OK, open_context, print_json, unlock_password_file, usage
from desktop_app.cli.refusals import refuse
from desktop_app.core.form_checks import InvalidInput, field_of
from desktop_app.core.problems import Problem

# The settings field a problem names → the flag that sets it.
_FLAGS = {
    "helpdesk_email": "--email",
    "helpdesk_from_address": "--from",
    "helpdesk_smtp_host": "--smtp",
    "helpdesk_smtp_security": "--starttls|--tls|--no-tls",
    "reply_imap_host": "--reply-imap",
}


def _as_flags(problems: Sequence[Problem]) -> list[Problem]:
    """Problems naming the command's flags instead of the settings fields."""
    return [
        problem._replace(params={**problem.params, "field": _FLAGS[field_of(problem)]})
        if field_of(problem) in _FLAGS
        else problem
        for problem in problems
    ]


def cmd_helpdesk_set(args: argparse.Namespace) -> int:
    """Set where requests go; with ``--smtp-user`` the password goes to the keyring."""
    from desktop_app.services.helpdesk import (
        SMTP_PASSWORD_ENV,
        HelpdeskChanges,
        PasswordOutcome,
        check_helpdesk,
        set_helpdesk,
    )

    changes = HelpdeskChanges(
        wiki_page=args.wiki_page,
        email=args.email,
        smtp_server=args.smtp,
        smtp_security=args.security,
        smtp_user=args.smtp_user,
        from_address=args.from_address,
        reply_imap=args.reply_imap,
        reply_imap_user=args.reply_imap_user,
    )

    try:
        check_helpdesk(changes)
    except InvalidInput as error:
        return refuse(args, _as_flags(error.problems))

    def ask_password() -> str | None:
        """``FIELDKIT_SMTP_PASSWORD``, else a prompt when someone is at the terminal."""
        password = os.environ.get(SMTP_PASSWORD_ENV)
        if password is None and sys.stdin.isatty():
            password = getpass.getpass(f"SMTP password for {args.smtp_user}: ")
        return password

    with open_context(args) as ctx:
        if args.smtp_user:
            unlock_password_file(create=True)
        saved = set_helpdesk(
            ctx.db,
            changes,
            smtp_password=ask_password,
            imap_password=lambda: os.environ.get("FIELDKIT_IMAP_PASSWORD"),
        )
    if saved.password == PasswordOutcome.NOT_STORED:
        print(
            f"The SMTP password was not stored ({saved.password_error}); set {SMTP_PASSWORD_ENV}.",
            file=sys.stderr,
        )
    elif saved.password == PasswordOutcome.NOT_GIVEN:
        print(
            f"No SMTP password given; Fieldkit will read {SMTP_PASSWORD_ENV} when sending.",
            file=sys.stderr,
        )
    data = saved.helpdesk.to_dict()
    if args.json:
        print_json(data)
    else:
        channels = " and ".join(data["channels"]) or "nothing"
        print(
            f"Helpdesk: wiki page {data['wiki_page'] or '(none)'}, "
            f"email {data['email'] or '(none)'}; requests go by {channels}."
        )
    return EXIT_OK


def cmd_helpdesk_show(args: argparse.Namespace) -> int:
    """Show where requests go."""
    from desktop_app.services.helpdesk import get_helpdesk

    with open_context(args) as ctx:
        data = get_helpdesk(ctx.db).to_dict()
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {value}")
    return EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``helpdesk`` with its actions ``set`` and ``show``."""
    helpdesk = commands.add_parser("helpdesk", help="where help requests are sent")
    actions = helpdesk.add_subparsers(dest="helpdesk_command", metavar="ACTION")
    h_set = actions.add_parser("set", help="set the helpdesk wiki page and/or email")
    h_set.add_argument("--wiki-page", metavar="TITLE", help="page for new sections ('' = none)")
    h_set.add_argument("--email", metavar="ADDRESS", help="helpdesk address ('' = no email)")
    h_set.add_argument("--smtp", metavar="HOST:PORT", help="the SMTP server")
    h_set.add_argument("--smtp-user", metavar="USER", help="SMTP login (password: keyring)")
    h_set.add_argument("--from", dest="from_address", metavar="ADDRESS", help="sender address")
    security = h_set.add_mutually_exclusive_group()
    security.add_argument("--starttls", dest="security", action="store_const", const="starttls")
    security.add_argument("--tls", dest="security", action="store_const", const="tls")
    security.add_argument(
        "--no-tls",
        dest="security",
        action="store_const",
        const="none",
        help="plain SMTP (only for a server on this machine)",
    )
    h_set.add_argument(
        "--reply-imap", metavar="HOST:PORT", help="your mailbox, where mailed replies arrive"
    )
    h_set.add_argument(
        "--reply-imap-user", metavar="USER", help="its login (FIELDKIT_IMAP_PASSWORD)"
    )
    h_set.add_argument("--json", action="store_true", help="machine-readable output")
    h_set.set_defaults(handler=cmd_helpdesk_set, security=None)
    show = actions.add_parser("show", help="show the helpdesk settings")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_helpdesk_show)
    helpdesk.set_defaults(handler=lambda _args: usage(helpdesk))
