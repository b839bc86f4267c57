"""``fieldkit account set|show``: the wiki and the bot-password login used for syncing."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop_app.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    open_context,
    print_json,
    read_settings,
    unlock_password_file,
    usage,
)


def cmd_account_set(args: argparse.Namespace) -> int:
    from desktop_app.services.account import (
        PASSWORD_ENV,
        InvalidLogin,
        PasswordOutcome,
        check_login,
        set_account,
    )

    try:
        check_login(args.user)
        if not args.user:
            raise InvalidLogin("no login")
    except InvalidLogin:
        print(
            "The user must be a bot password login of the form USER@BOTNAME "
            "(create one at Special:BotPasswords on the wiki).",
            file=sys.stderr,
        )
        return EXIT_USAGE
    password = os.environ.get(PASSWORD_ENV) or getpass.getpass(f"Bot password for {args.user}: ")
    with open_context(args) as ctx:
        unlock_password_file(create=True)
        saved = set_account(ctx, args.api, args.user, password)
    if saved.password in (PasswordOutcome.STORED, PasswordOutcome.NOT_GIVEN):
        print(f"Account {args.user} for {args.api} saved; the password is in the keyring.")
    elif saved.password == PasswordOutcome.STORED_IN_FILE:
        print(
            f"Account {args.user} for {args.api} saved; the password is in Fieldkit's "
            "encrypted password file (this system has no keyring)."
        )
    else:
        print(f"Account {args.user} for {args.api} saved, but not its password: {saved.problem}")
    return EXIT_OK


def cmd_account_show(args: argparse.Namespace) -> int:
    settings = read_settings(args)
    data = {"api": settings.wiki_api_url, "user": settings.wiki_username}
    if args.json:
        print_json(data)
    else:
        print(f"Wiki API: {data['api']}\nUser: {data['user'] or '(none)'}")
    return EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``account set`` and ``account show``."""
    account = commands.add_parser("account", help="the wiki account used for syncing")
    account_commands = account.add_subparsers(dest="account_command", metavar="ACTION")
    account_set = account_commands.add_parser("set", help="set the wiki and bot password login")
    account_set.add_argument("--api", required=True, metavar="URL", help="the wiki's api.php URL")
    account_set.add_argument("--user", required=True, metavar="USER@BOTNAME")
    account_set.set_defaults(handler=cmd_account_set)
    account_show = account_commands.add_parser("show", help="show the configured account")
    account_show.add_argument("--json", action="store_true")
    account_show.set_defaults(handler=cmd_account_show)
    account.set_defaults(handler=lambda _args: usage(account))
