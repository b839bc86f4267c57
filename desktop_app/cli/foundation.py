"""Foundation commands: self-test, account, sync."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop_app.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    open_context,
    print_json,
    read_settings,
    usage,
)


def cmd_self_test(args: argparse.Namespace) -> int:
    from desktop_app.services.self_test import run_self_test

    checks = run_self_test(args.data_dir)
    sound = all(check.ok for check in checks)
    if args.json:
        print_json({"ok": sound, "checks": [check.to_dict() for check in checks]})
    else:
        for check in checks:
            print(f"[{'ok' if check.ok else 'FAIL'}] {check.name}: {check.detail}")
        print("Fieldkit is ready." if sound else "Fieldkit found problems (see above).")
    return EXIT_OK if sound else EXIT_FAILURE


def cmd_account_set(args: argparse.Namespace) -> int:
    from desktop_app.store.repositories.settings import update_settings
    from desktop_app.system.credentials import PASSWORD_ENV, NoKeyringError, save_password

    if "@" not in args.user:
        print(
            "The user must be a bot password login of the form USER@BOTNAME "
            "(create one at Special:BotPasswords on the wiki).",
            file=sys.stderr,
        )
        return EXIT_USAGE
    password = os.environ.get(PASSWORD_ENV) or getpass.getpass(f"Bot password for {args.user}: ")
    ctx = open_context(args)
    try:
        with ctx.db.session() as session:
            update_settings(session, wiki_api_url=args.api, wiki_username=args.user)
        try:
            save_password(args.api, args.user, password)
            print(f"Account {args.user} for {args.api} saved; the password is in the keyring.")
        except NoKeyringError as error:
            print(f"Account {args.user} for {args.api} saved, but not its password: {error}")
    finally:
        ctx.close()
    return EXIT_OK


def cmd_account_show(args: argparse.Namespace) -> int:

    settings = read_settings(args)
    data = {"api": settings.wiki_api_url, "user": settings.wiki_username}
    if args.json:
        print_json(data)
    else:
        print(f"Wiki API: {data['api']}\nUser: {data['user'] or '(none)'}")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop_app.services.sync_pass import exit_code_for, sync_once
    from desktop_app.system.credentials import password_source_note

    ctx = open_context(args)
    try:
        report = sync_once(ctx, due_only=False, uploads=True)
    finally:
        ctx.close()
    note = password_source_note()
    if note:
        print(note, file=sys.stderr)
    code = int(exit_code_for(report))
    if args.json:
        print_json(report.to_dict() | {"exit_code": code})
    else:
        print(f"Sent {report.sent}, failed {report.failed}, still waiting {report.remaining}.")
        if report.offline:
            print("The wiki could not be reached; everything queued is kept for later.")
        for error in report.errors:
            print(f"  entry {error['entry']}: {error['message']}")
        if report.uploads is not None and (report.uploads.jobs or report.uploads.halted_by):
            uploads = report.uploads
            print(
                f"Uploads: {uploads.verified} verified, {uploads.failed} failed, "
                f"{uploads.needs_decision} need a decision, {uploads.remaining} still queued."
            )
            for job in uploads.jobs:
                if job["outcome"] != "verified":
                    print(f"  job {job['id']} {job['title']}: {job['outcome']} "
                          f"{job['error_code'] or ''} {job['message'] or ''}".rstrip())  # fmt: skip
    return code


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``self-test``, ``account`` and ``sync``."""
    self_test = commands.add_parser("self-test", help="check database, resources, translations")
    self_test.add_argument("--json", action="store_true", help="machine-readable output")
    self_test.set_defaults(handler=cmd_self_test)

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

    sync = commands.add_parser("sync", help="deliver everything queued, once")
    sync.add_argument("--json", action="store_true", help="machine-readable output")
    sync.set_defaults(handler=cmd_sync)
