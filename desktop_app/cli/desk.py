"""The helpdesk's desk on the command line: ``fieldkit desk set|fetch|list|review|state|
reply|pack`` (a contract: names, flags and exit codes as in docs/cli.md).

Exit codes: 0 done; 1 something failed (the output says what); 2 usage or refused input
(unknown request or state, a score out of range...); 3 ``fetch`` only: nothing could be
reached, everything fetched before is kept.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop_app.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    open_context,
    print_json,
    usage,
)
from desktop_app.cli.refusals import refuse
from desktop_app.core.form_checks import InvalidInput, field_error


def _not_found(args: argparse.Namespace, request_id: int) -> int:
    return refuse(
        args,
        [field_error("desk.not_found", "id", f"No desk request {request_id}.", id=request_id)],
    )


def cmd_set(args: argparse.Namespace) -> int:
    """Where the desk gathers from; the IMAP password goes to the keyring."""
    from desktop_app.services.desk.setup import IMAP_PASSWORD_ENV, DeskChanges, set_desk

    changes = DeskChanges(
        wiki_pages=args.wiki_page,
        imap=args.imap,
        imap_user=args.imap_user,
        imap_folder=args.imap_folder,
        imap_security=args.imap_security,
    )

    def ask_password() -> str | None:
        password = os.environ.get(IMAP_PASSWORD_ENV)
        if password is None and sys.stdin.isatty():
            password = getpass.getpass(f"IMAP password for {args.imap_user}: ")
        return password

    try:
        with open_context(args) as ctx:
            saved = set_desk(ctx.db, changes, imap_password=ask_password)
    except InvalidInput as error:
        return refuse(args, error.problems)
    if saved.password == "not_stored":
        print(
            f"The IMAP password was not stored ({saved.password_error}); set {IMAP_PASSWORD_ENV}.",
            file=sys.stderr,
        )
    data = saved.desk.to_dict() | {"password": saved.password}
    if args.json:
        print_json(data)
    else:
        mailbox = (
            f"{data['imap_user']}@{data['imap_host']}:{data['imap_port']}/{data['imap_folder']}"
            if data["imap_host"]
            else "(none)"
        )
        print(f"Desk: pages {', '.join(data['wiki_pages']) or '(none)'}; mailbox {mailbox}.")
    return EXIT_OK


def cmd_fetch(args: argparse.Namespace) -> int:
    """Gather new and changed requests (0 fetched, 3 offline: kept, 1 failures)."""
    from desktop_app.services.desk.fetching import fetch_desk

    with open_context(args) as ctx:
        report = fetch_desk(ctx)
    data = report.to_dict()
    if args.json:
        print_json(data)
    else:
        for page in data["pages"]:
            outcome = page["error"] or (
                f"{page['requests']} request(s), {page['new']} new"
                if page["changed"]
                else "unchanged"
            )
            print(f"wiki {page['page']}: {outcome}")
        mailbox = data["mailbox"]
        if mailbox:
            outcome = mailbox["error"] or (
                f"{mailbox['messages']} message(s) read, {mailbox['new']} new request(s)"
                + (
                    " (UIDVALIDITY changed: folder read again)"
                    if mailbox["uidvalidity_changed"]
                    else ""
                )
            )
            print(f"mail {mailbox['folder']}: {outcome}")
        if data["offline"]:
            print("Offline: nothing could be reached; what was fetched before is kept.")
    return int(report.exit_code)


def cmd_list(args: argparse.Namespace) -> int:
    """The requests, newest first, with everything the desk knows (``--json``)."""
    from desktop_app.services.desk.triage import get_desk_request, list_desk_requests

    try:
        with open_context(args) as ctx:
            found = list_desk_requests(ctx.db, state=args.state, search=args.search or "")
            details = [get_desk_request(ctx.db, item.id) for item in found] if args.json else []
    except InvalidInput as error:
        return refuse(args, error.problems)
    if args.json:
        print_json({"requests": [d.to_dict() for d in details]})
        return EXIT_OK
    for item in found:
        print(
            f"{item.id:>4}  {item.state:<18} {item.received_at:%Y-%m-%d}  "
            f"{'+'.join(item.channels):<10} {item.subject}  ({item.requester or '?'})"
        )
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    """One reviewer's scores on the four criteria (private to this desk)."""
    from desktop_app.services.desk.triage import DeskRequestNotFound, save_review

    scores = {
        "technical": args.technical,
        "legal": args.legal,
        "risk": args.risk,
        "sustainability": args.sustainability,
    }
    comments = dict.fromkeys(scores, args.comment) if args.comment else {}
    try:
        with open_context(args) as ctx:
            result = save_review(ctx.db, args.id, args.reviewer, scores, comments)
    except InvalidInput as error:
        return refuse(args, error.problems)
    except DeskRequestNotFound:
        return _not_found(args, args.id)
    if args.json:
        print_json(result.to_dict() | {"ok": True})
    else:
        print(f"Review by {args.reviewer} saved for request {args.id}.")
    return EXIT_OK


def cmd_state(args: argparse.Namespace) -> int:
    """Set the state (and assignee); published on the wiki / in IMAP by the next sync."""
    from desktop_app.services.desk.triage import DeskRequestNotFound, set_desk_state

    try:
        with open_context(args) as ctx:
            result = set_desk_state(ctx.db, args.id, args.state, assignee=args.assignee)
    except InvalidInput as error:
        return refuse(args, error.problems)
    except DeskRequestNotFound:
        return _not_found(args, args.id)
    if args.json:
        print_json(result.to_dict() | {"ok": True})
    else:
        who = f", assigned to {result.summary.assignee}" if result.summary.assignee else ""
        print(f"Request {args.id}: {result.summary.state}{who}.")
    return EXIT_OK


def cmd_reply(args: argparse.Namespace) -> int:
    """Queue a reply read from a text file ('-': standard input); sent by sync."""
    from desktop_app.cli.text_input import UnreadableText, read_text_argument
    from desktop_app.services.desk.replies import queue_reply
    from desktop_app.services.desk.triage import DeskRequestNotFound

    try:
        text = read_text_argument(args.file)
    except UnreadableText as error:
        return refuse(args, [field_error("desk.file_unreadable", "file", str(error))])
    try:
        with open_context(args) as ctx:
            reply = queue_reply(ctx.db, args.id, text, template=args.template or "")
    except InvalidInput as error:
        return refuse(args, error.problems)
    except DeskRequestNotFound:
        return _not_found(args, args.id)
    if args.json:
        print_json({"ok": True, "reply": reply.to_dict()})
    else:
        print(f"Reply queued by {reply.channel}; 'fieldkit sync' sends it.")
    return EXIT_OK


def cmd_pack(args: argparse.Namespace) -> int:
    """The committee pack of a month as HTML, PDF or CSV."""
    from desktop_app.documents.export import ExportError
    from desktop_app.services.desk.pack import month_range, pack_format, write_pack

    out = Path(args.out)
    try:
        pack_format(out)
        month_range(args.month)
    except InvalidInput as error:
        return refuse(args, error.problems)
    try:
        with open_context(args) as ctx:
            written = write_pack(ctx.db, out, month=args.month)
    except ExportError as error:
        if args.json:
            print_json({"ok": False, "error": str(error)})
        print(error, file=sys.stderr)
        return EXIT_FAILURE
    if args.json:
        print_json(written.to_dict())
    else:
        print(f"Wrote {written.out} ({written.requests} request(s), {written.reviewed} reviewed).")
    return EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``desk`` with its actions."""
    desk = commands.add_parser("desk", help="the helpdesk's side: gather, triage, reply")
    actions = desk.add_subparsers(dest="desk_command", metavar="ACTION")

    p_set = actions.add_parser("set", help="where the desk gathers requests")
    p_set.add_argument("--wiki-page", metavar="TITLE", action="append", help="request page")
    p_set.add_argument("--imap", metavar="HOST:PORT", help="the helpdesk's IMAP server")
    p_set.add_argument("--imap-user", metavar="USER", help="IMAP login (password: keyring)")
    p_set.add_argument("--imap-folder", metavar="FOLDER", help="folder to read (INBOX)")
    security = p_set.add_mutually_exclusive_group()
    security.add_argument("--imap-tls", dest="imap_security", action="store_const", const="tls")
    security.add_argument(
        "--imap-starttls", dest="imap_security", action="store_const", const="starttls"
    )
    p_set.add_argument("--json", action="store_true")
    p_set.set_defaults(handler=cmd_set, imap_security=None)

    fetch = actions.add_parser("fetch", help="gather new requests (exit 3: offline)")
    fetch.add_argument("--json", action="store_true")
    fetch.set_defaults(handler=cmd_fetch)

    p_list = actions.add_parser("list", help="the requests, newest first")
    p_list.add_argument("--state", metavar="STATE", help="only this state")
    p_list.add_argument("--search", metavar="TEXT", help="only requests with these words")
    p_list.add_argument("--json", action="store_true")
    p_list.set_defaults(handler=cmd_list)

    review = actions.add_parser("review", help="score a request on the four criteria")
    review.add_argument("id", type=int, metavar="ID")
    review.add_argument("--reviewer", required=True, metavar="NAME")
    for name in ("technical", "legal", "risk", "sustainability"):
        review.add_argument(f"--{name}", type=int, required=True, metavar="N")
    review.add_argument("--comment", metavar="TEXT")
    review.add_argument("--json", action="store_true")
    review.set_defaults(handler=cmd_review)

    state = actions.add_parser("state", help="set a request's state and assignee")
    state.add_argument("id", type=int, metavar="ID")
    state.add_argument("state", metavar="STATE")
    state.add_argument("--assignee", metavar="NAME")
    state.add_argument("--json", action="store_true")
    state.set_defaults(handler=cmd_state)

    reply = actions.add_parser("reply", help="queue a reply (sent by sync)")
    reply.add_argument("id", type=int, metavar="ID")
    reply.add_argument("--file", required=True, metavar="TEXT_FILE")
    reply.add_argument("--template", metavar="NAME", help=argparse.SUPPRESS)
    reply.add_argument("--json", action="store_true")
    reply.set_defaults(handler=cmd_reply)

    pack = actions.add_parser("pack", help="the committee pack of a month")
    pack.add_argument("--month", required=True, metavar="YYYY-MM")
    pack.add_argument("out", metavar="OUT.html|OUT.pdf|OUT.csv")
    pack.add_argument("--json", action="store_true")
    pack.set_defaults(handler=cmd_pack)

    desk.set_defaults(handler=lambda _args: usage(desk))


__all__ = ["EXIT_USAGE", "register"]
