"""Help request commands: ``request add``, ``list``, ``show``, ``send``, ``retry``, ``withdraw``.

Exit codes: 0 done, 1 not done for a reason printed (``show``: no such request), 2 usage or
invalid input (the problems are printed, with ``--json`` as ``{"ok": false, "problems"}``;
``retry`` and ``withdraw`` refuse an unknown request this way too).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.cli.common import EXIT_FAILURE, EXIT_OK, open_context, print_json, usage
from desktop_app.cli.listings import show_requests
from desktop_app.cli.refusals import refusal, refuse
from desktop_app.core.form_checks import InvalidInput, field_error, field_of

# Optional form fields with a flag of their own: flag → form field.
_FIELD_FLAGS = (
    ("--requester-name", "requester_name"),
    ("--requester-user", "requester_username"),
    ("--requester-email", "requester_email"),
    ("--material", "material_kind"),
    ("--volume", "volume"),
    ("--outcome", "expected_outcome"),
    ("--impact", "impact"),
    ("--licence-status", "licence_status"),
)


def cmd_request_add(args: argparse.Namespace) -> int:
    """Write a request (attachments too) and queue it unless ``--draft``."""
    from desktop_app.cli.text_input import UnreadableText, read_text_argument
    from desktop_app.core.help_request import parse_help_wanted
    from desktop_app.services.partnerships import find_partnership
    from desktop_app.services.requests.drafts import get_request
    from desktop_app.services.requests.submit import add_whole_request

    try:
        description = read_text_argument(args.description_file)
    except UnreadableText as error:
        problem = field_error("request.description_unreadable", "--description-file", str(error))
        return refuse(args, [problem])
    fields: dict[str, Any] = {"subject": args.subject, "body": description}
    if args.help_wanted is not None:
        fields["help_wanted"] = list(parse_help_wanted(args.help_wanted))
    for _flag, key in _FIELD_FLAGS:
        value = getattr(args, key)
        if value is not None:
            fields[key] = value
    with open_context(args) as ctx:
        partnership = find_partnership(ctx.db, args.partnership)
        if partnership is None:
            problem = field_error(
                "partnership.not_found",
                "--partnership",
                f"No partnership called {args.partnership!r}.",
                name=args.partnership,
            )
            return refuse(args, [problem])
        try:  # all or nothing: a refused request leaves no draft behind
            request_id = add_whole_request(
                ctx.db,
                partnership_id=partnership.id,
                fields=fields,
                attachments=args.attach or (),
                queue=not args.draft,
            )
        except InvalidInput as error:
            print("Nothing was saved.", file=sys.stderr)
            return refuse(args, error.problems)
        detail = get_request(ctx.db, request_id)
    if args.json:
        print_json(
            detail.summary.to_dict()
            | {"ok": True, "problems": [problem.to_dict() for problem in detail.problems]}
        )
    else:
        print(f"Request {request_id} {detail.summary.state}: {detail.summary.subject}")
        for problem in detail.problems:
            print(f"  note ({field_of(problem)}): {problem.message}")
    return EXIT_OK


def cmd_request_list(args: argparse.Namespace) -> int:
    """Every request with its state and where it went."""
    from desktop_app.services.requests.drafts import list_requests

    with open_context(args) as ctx:
        summaries = list_requests(ctx.db)
    return show_requests(summaries, as_json=args.json)


def cmd_request_show(args: argparse.Namespace) -> int:
    """One request: what would be sent, and the helpdesk's replies; exit 1 if unknown."""
    from desktop_app.core.help_request import RequestNotFound
    from desktop_app.services.requests.drafts import get_request, preview_request
    from desktop_app.services.requests.replies import list_replies

    with open_context(args) as ctx:
        try:
            detail = get_request(ctx.db, args.id)
        except RequestNotFound:
            problem = refusal("request.not_found", f"No request {args.id}.", id=args.id)
            return refuse(args, [problem], EXIT_FAILURE)
        preview = preview_request(ctx.db, args.id)
        replies = list_replies(ctx.db, args.id)
    if args.json:
        print_json(
            detail.summary.to_dict()
            | {
                "problems": [problem.to_dict() for problem in detail.problems],
                "preview": dict(preview.__dict__),
                "replies": [dict(reply.__dict__) for reply in replies],
            }
        )
        return EXIT_OK
    print(f"{detail.summary.subject} — {detail.summary.state}")
    if preview.wiki_page:
        print(f"\n== to wiki page {preview.wiki_page} ==\n{preview.wiki_text}")
    if preview.email_to:
        print(f"\n== email to {preview.email_to}: {preview.email_subject} ==\n{preview.email_text}")
    for reply in replies:
        print(f"\n{'NEW ' if reply.new else ''}reply by {reply.author or '?'}:\n{reply.text}")
    return EXIT_OK


def cmd_request_retry_or_withdraw(args: argparse.Namespace) -> int:
    """``request send ID`` (a draft into the outbox), ``request retry ID`` (due now) or
    ``request withdraw ID`` (back to draft)."""
    from desktop_app.core.help_request import RequestNotFound
    from desktop_app.core.help_request_delivery import RequestNotEditable
    from desktop_app.services.requests.drafts import get_request
    from desktop_app.services.requests.queueing import (
        queue_request,
        retry_request,
        withdraw_request,
    )

    with open_context(args) as ctx:
        try:
            if args.request_command == "send":
                if not get_request(ctx.db, args.id).summary.editable:
                    _refuse_sent(args.id)
                queue_request(ctx.db, args.id)
            elif args.request_command == "retry":
                retry_request(ctx.db, args.id)
            else:
                withdraw_request(ctx.db, args.id)
        except RequestNotFound:
            problem = field_error(
                "request.not_found", "ID", f"No request {args.id}.", request=args.id
            )
            return refuse(args, [problem])
        except RequestNotEditable:
            problem = field_error(
                "request.not_editable",
                "ID",
                f"Request {args.id} is being sent or was sent; it cannot be withdrawn.",
                request=args.id,
            )
            return refuse(args, [problem])
        except InvalidInput as error:
            return refuse(args, error.problems)
        summary = get_request(ctx.db, args.id).summary
    if args.json:
        print_json(summary.to_dict() | {"ok": True, "problems": []})
    elif args.request_command in ("send", "retry"):
        print(f"Request {args.id} {summary.state}: it goes out at the next 'fieldkit sync'.")
    else:
        print(f"Request {args.id} is a draft again; 'request show {args.id}' shows it.")
    return EXIT_OK


def _refuse_sent(request_id: int) -> None:
    raise InvalidInput(
        [
            field_error(
                "request.already_sent",
                "ID",
                f"Request {request_id} was sent already.",
                request=request_id,
            )
        ]
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``request`` with ``add``, ``list``, ``show``, ``send``, ``retry``, ``withdraw``."""
    request = commands.add_parser("request", help="help requests to the helpdesk")
    actions = request.add_subparsers(dest="request_command", metavar="ACTION")
    # --help is a contract flag here ("help wanted"), so argparse's own is replaced by -h.
    add = actions.add_parser("add", help="write and queue a help request", add_help=False)
    add.add_argument("-h", action="help", help="show this help message and exit")
    add.add_argument("--partnership", required=True, metavar="NAME")
    add.add_argument("--subject", required=True, metavar="TEXT")
    add.add_argument("--description-file", required=True, metavar="FILE", help="'-' = stdin")
    add.add_argument(
        "--help",
        dest="help_wanted",
        metavar="KINDS",
        help="help wanted, comma-separated: agreement, licence-advocacy, "
        "batch-upload, metadata, sharing-outcomes, other",
    )
    add.add_argument("--attach", action="append", metavar="FILE", help="sample file (repeat)")
    add.add_argument("--draft", action="store_true", help="save only, do not queue")
    for flag, dest in _FIELD_FLAGS:
        add.add_argument(flag, dest=dest, metavar="TEXT")
    add.add_argument("--json", action="store_true", help="machine-readable output")
    add.set_defaults(handler=cmd_request_add)
    listing = actions.add_parser("list", help="requests with their state and links")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=cmd_request_list)
    show = actions.add_parser("show", help="one request: preview and replies")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(handler=cmd_request_show)
    for name, text in (
        ("send", "queue a draft (written with --draft or in the app) for sending"),
        ("retry", "send a waiting or failed request at the next sync, without waiting"),
        ("withdraw", "take a queued request back to draft (before it is sent)"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("id", type=int, metavar="ID")
        action.add_argument("--json", action="store_true", help="machine-readable output")
        action.set_defaults(handler=cmd_request_retry_or_withdraw)
    request.set_defaults(handler=lambda _args: usage(request))
