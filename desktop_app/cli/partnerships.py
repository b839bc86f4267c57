"""Partnership and helpdesk commands: ``partnership``, ``helpdesk``, ``request``.

Exit codes: 0 done, 1 not done for a reason printed (e.g. nothing to show), 2 usage or
invalid input (the problems are printed, with ``--json`` as ``{"ok": false, "problems"}``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    open_context,
    print_json,
    read_settings,
    usage,
)
from desktop_app.core.form_checks import InvalidInput, field_of
from desktop_app.core.problems import Problem

_SECURITY_PORTS = {"starttls": 587, "tls": 465, "none": 25}


def _refused(args: argparse.Namespace, problems: Sequence[Problem]) -> int:
    if getattr(args, "json", False):
        print_json({"ok": False, "problems": [problem.to_dict() for problem in problems]})
    for problem in problems:
        where = field_of(problem)
        print(f"{problem.code}{f' ({where})' if where else ''}: {problem.message}", file=sys.stderr)
    return EXIT_USAGE


# -- partnership -------------------------------------------------------------------------
def cmd_partnership_add(args: argparse.Namespace) -> int:
    from desktop_app.services.checklists import partnership_progress
    from desktop_app.services.partnerships import create_partnership

    fields = {"kind": args.kind, "country": args.country or "", "status": args.status,
              "languages": args.languages or ""}  # fmt: skip
    ctx = open_context(args)
    try:
        view = create_partnership(ctx.db, args.name, **fields)
        progress = partnership_progress(ctx.db, view.id)
    except InvalidInput as error:
        return _refused(args, error.problems)
    finally:
        ctx.close()
    if args.json:
        print_json(view.to_dict() | {"progress": progress.to_dict()})
    else:
        print(f"Partnership {view.name!r} added (id {view.id}, {view.kind}, {view.status}).")
    return EXIT_OK


def cmd_partnership_list(args: argparse.Namespace) -> int:
    from desktop_app.core.checklists import combine
    from desktop_app.services.checklists import progress_by_partnership
    from desktop_app.services.partnerships import list_partnerships

    ctx = open_context(args)
    try:
        views = list_partnerships(
            ctx.db, search=args.search or "", kinds=args.kind or (), statuses=args.status or ()
        )
        every = progress_by_partnership(ctx.db)
        progress = {view.id: every[view.id] for view in views}
    finally:
        ctx.close()
    if args.json:
        print_json({
            "partnerships": [v.to_dict() | {"progress": progress[v.id].to_dict()} for v in views],
            "overall_progress": combine(progress.values()).to_dict(),
        })  # fmt: skip
        return EXIT_OK
    for view in views:
        done = progress[view.id]
        print(f"{view.id:>4}  {view.name}  [{view.kind}, {view.status}, {view.country or '-'}]"
              f"  {done.done}/{done.applicable} steps")  # fmt: skip
    if not views:
        print("No partnerships yet. Add one with 'fieldkit partnership add NAME'.")
    return EXIT_OK


def cmd_partnership_agreement(args: argparse.Namespace) -> int:
    """Write the agreement draft as PDF, ODT or HTML, through the same code as the GUI."""
    from desktop_app.core.agreement import missing_fields
    from desktop_app.core.form_checks import field_error
    from desktop_app.documents.export import (
        ExportError,
        ensure_gui_application,
        export_html,
        format_for,
        needs_gui_application,
    )
    from desktop_app.services.partnerships import agreement_data, agreement_html, find_partnership
    from desktop_app.store.repositories.settings import load_settings

    try:
        kind = format_for(args.out)
    except ExportError as error:
        return _refused(args, [field_error("agreement.format_unknown", "OUT", str(error))])
    ctx = open_context(args)
    try:
        partnership = find_partnership(ctx.db, args.name)
        if partnership is None:
            problem = field_error(
                "partnership.not_found", "NAME", f"No partnership called {args.name!r}.",
                name=args.name,
            )  # fmt: skip
            return _refused(args, [problem])
        language = args.language
        if not language:
            with ctx.db.session() as session:
                language = load_settings(session).language
        html = agreement_html(ctx.db, partnership.id, language=language)
        missing = missing_fields(agreement_data(ctx.db, partnership.id))
    finally:
        ctx.close()
    if needs_gui_application(args.out):
        ensure_gui_application()  # Qt lays the document out; offscreen, no display needed
    try:
        path = export_html(
            html, args.out, title=f"Partnership agreement (draft): {partnership.name}"
        )
    except ExportError as error:
        if args.json:
            print_json({"ok": False, "error": str(error)})
        print(str(error), file=sys.stderr)
        return EXIT_FAILURE
    if args.json:
        print_json({"ok": True, "path": str(path), "format": kind, "partnership": partnership.name,
                    "language": language, "missing": missing})  # fmt: skip
    else:
        print(f"Agreement draft for {partnership.name!r} written to {path} ({kind}).")
        if missing:
            print(f"Left blank to fill in: {', '.join(missing)}.")
        print("It is a draft, not legal advice: have it checked before anyone signs it.")
    return EXIT_OK


# -- helpdesk ----------------------------------------------------------------------------
def _helpdesk_dict(settings: Any) -> dict[str, Any]:
    channels = [name for name, on in (("wiki", settings.helpdesk_by_wiki),
                                       ("email", settings.helpdesk_by_email)) if on]  # fmt: skip
    return {
        "wiki_page": settings.helpdesk_page, "email": settings.helpdesk_email,
        "smtp_host": settings.helpdesk_smtp_host, "smtp_port": settings.helpdesk_smtp_port,
        "smtp_security": settings.helpdesk_smtp_security, "smtp_user": settings.helpdesk_smtp_user,
        "from_address": settings.helpdesk_from_address, "channels": channels,
    }  # fmt: skip


def _helpdesk_changes(args: argparse.Namespace) -> dict[str, Any] | list[Problem]:
    from desktop_app.core.form_checks import field_error
    from desktop_app.core.help_request import is_valid_email

    changes: dict[str, Any] = {}
    problems = []
    if args.wiki_page is not None:
        changes["helpdesk_page"] = args.wiki_page.strip()
    for flag, key, value in (("--email", "helpdesk_email", args.email),
                             ("--from", "helpdesk_from_address", args.from_address)):  # fmt: skip
        if value is None:
            continue
        if value.strip() and not is_valid_email(value):
            problems.append(
                field_error("email.invalid", flag, f"{value!r} is not an email address.",
                            address=value)
            )  # fmt: skip
        changes[key] = value.strip()
    if args.security is not None:
        changes["helpdesk_smtp_security"] = args.security
    if args.smtp is not None:
        host, _, port = args.smtp.rpartition(":") if ":" in args.smtp else (args.smtp, "", "")
        security = args.security or "starttls"
        if port and not port.isdigit():
            problems.append(
                field_error("smtp.port_invalid", "--smtp", f"{port!r} is not a port number.")
            )
        changes["helpdesk_smtp_host"] = host.strip()
        changes["helpdesk_smtp_port"] = int(port) if port.isdigit() else _SECURITY_PORTS[security]
    if args.smtp_user is not None:
        changes["helpdesk_smtp_user"] = args.smtp_user.strip()
    return problems or changes


def cmd_helpdesk_set(args: argparse.Namespace) -> int:
    from desktop_app.store.repositories.settings import update_settings
    from desktop_app.sync.deliveries.email import SMTP_PASSWORD_ENV, save_smtp_password
    from desktop_app.system.credentials import CredentialError

    changes = _helpdesk_changes(args)
    if isinstance(changes, list):
        return _refused(args, changes)
    ctx = open_context(args)
    try:
        with ctx.db.session() as session:
            settings = update_settings(session, **changes)
    finally:
        ctx.close()
    note = None
    if args.smtp_user:
        password = os.environ.get(SMTP_PASSWORD_ENV)
        if password is None and sys.stdin.isatty():
            password = getpass.getpass(f"SMTP password for {args.smtp_user}: ")
        if password:
            try:
                save_smtp_password(settings, password)
            except CredentialError as error:
                note = f"The SMTP password was not stored ({error}); set {SMTP_PASSWORD_ENV}."
        else:
            note = f"No SMTP password given; Fieldkit will read {SMTP_PASSWORD_ENV} when sending."
    if note:
        print(note, file=sys.stderr)
    if args.json:
        print_json(_helpdesk_dict(settings))
    else:
        data = _helpdesk_dict(settings)
        channels = " and ".join(data["channels"]) or "nothing"
        print(f"Helpdesk: wiki page {data['wiki_page'] or '(none)'}, "
              f"email {data['email'] or '(none)'}; requests go by {channels}.")  # fmt: skip
    return EXIT_OK


def cmd_helpdesk_show(args: argparse.Namespace) -> int:

    settings = read_settings(args)
    data = _helpdesk_dict(settings)
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {value}")
    return EXIT_OK


# -- request -----------------------------------------------------------------------------
def _read_description(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8")


def cmd_request_add(args: argparse.Namespace) -> int:
    from desktop_app.core.form_checks import field_error
    from desktop_app.core.help_request import parse_help_wanted
    from desktop_app.services import help_requests as requests
    from desktop_app.services import request_attachments, request_queue
    from desktop_app.services.partnerships import find_partnership

    try:
        description = _read_description(args.description_file)
    except (OSError, UnicodeDecodeError) as error:
        problem = field_error("request.description_unreadable", "--description-file", str(error))
        return _refused(args, [problem])
    fields: dict[str, Any] = {"subject": args.subject, "body": description}
    if args.help_wanted is not None:
        fields["help_wanted"] = list(parse_help_wanted(args.help_wanted))
    for key in ("requester_name", "requester_username", "requester_email", "material_kind",
                "volume", "expected_outcome", "impact", "licence_status"):  # fmt: skip
        value = getattr(args, key)
        if value is not None:
            fields[key] = value
    ctx = open_context(args)
    try:
        partnership = find_partnership(ctx.db, args.partnership)
        if partnership is None:
            problem = field_error("partnership.not_found", "--partnership",
                                  f"No partnership called {args.partnership!r}.",
                                  name=args.partnership)  # fmt: skip
            return _refused(args, [problem])
        request_id = requests.new_request(ctx.db, partnership_id=partnership.id, **fields)
        try:
            for path in args.attach or ():
                request_attachments.add_attachment(ctx.db, request_id, path)
            if not args.draft:
                request_queue.queue_request(ctx.db, request_id)
        except InvalidInput as error:
            # The draft stays (fix it in the app or withdraw it); say so.
            print(f"Request {request_id} kept as a draft.", file=sys.stderr)
            return _refused(args, error.problems)
        detail = requests.get_request(ctx.db, request_id)
    finally:
        ctx.close()
    if args.json:
        print_json(detail.summary.to_dict() | {
            "ok": True, "problems": [p.to_dict() for p in detail.problems],
        })  # fmt: skip
    else:
        print(f"Request {request_id} {detail.summary.state}: {detail.summary.subject}")
        for problem in detail.problems:
            print(f"  note ({field_of(problem)}): {problem.message}")
    return EXIT_OK


def cmd_request_list(args: argparse.Namespace) -> int:
    from desktop_app.services.help_requests import list_requests

    ctx = open_context(args)
    try:
        summaries = list_requests(ctx.db)
    finally:
        ctx.close()
    if args.json:
        print_json({"requests": [summary.to_dict() for summary in summaries]})
        return EXIT_OK
    for s in summaries:
        where = s.remote_url or s.message_id or s.last_error or ""
        mark = (
            f" [{s.new_replies} new repl{'y' if s.new_replies == 1 else 'ies'}]"
            if s.new_replies
            else ""
        )
        print(f"{s.id:>4}  {s.state:<8} {s.subject}  {where}{mark}")
    return EXIT_OK


def cmd_request_show(args: argparse.Namespace) -> int:
    from desktop_app.services import help_requests as requests
    from desktop_app.services import request_replies

    ctx = open_context(args)
    try:
        try:
            detail = requests.get_request(ctx.db, args.id)
        except LookupError:
            print(f"No request {args.id}.", file=sys.stderr)
            return EXIT_FAILURE
        preview = requests.preview_request(ctx.db, args.id)
        replies = request_replies.list_replies(ctx.db, args.id)
    finally:
        ctx.close()
    if args.json:
        print_json(detail.summary.to_dict() | {
            "problems": [p.to_dict() for p in detail.problems],
            "preview": dict(preview.__dict__),
            "replies": [dict(reply.__dict__) for reply in replies],
        })  # fmt: skip
        return EXIT_OK
    print(f"{detail.summary.subject} — {detail.summary.state}")
    if preview.wiki_page:
        print(f"\n== to wiki page {preview.wiki_page} ==\n{preview.wiki_text}")
    if preview.email_to:
        print(f"\n== email to {preview.email_to}: {preview.email_subject} ==\n{preview.email_text}")
    for reply in replies:
        print(f"\n{'NEW ' if reply.new else ''}reply by {reply.author or '?'}:\n{reply.text}")
    return EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``partnership``, ``helpdesk`` and ``request``."""
    from desktop_app.core.partnership import KINDS, STATUSES

    partnership = commands.add_parser("partnership", help="partner institutions")
    actions = partnership.add_subparsers(dest="partnership_command", metavar="ACTION")
    add = actions.add_parser("add", help="add a partnership")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--kind", choices=KINDS, default="other")
    add.add_argument("--country", metavar="CODE", help="two-letter country code, e.g. SE")
    add.add_argument("--status", choices=STATUSES, default="idea")
    add.add_argument("--languages", metavar="CODES", help="e.g. 'sv, en'")
    add.add_argument("--json", action="store_true", help="machine-readable output")
    add.set_defaults(handler=cmd_partnership_add)
    listing = actions.add_parser("list", help="list partnerships with their progress")
    listing.add_argument("--search", metavar="TEXT")
    listing.add_argument("--kind", choices=KINDS, action="append")
    listing.add_argument("--status", choices=STATUSES, action="append")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=cmd_partnership_list)
    agreement = actions.add_parser(
        "agreement", help="write the agreement draft as PDF, ODT (editable) or HTML"
    )
    agreement.add_argument("name", metavar="NAME")
    agreement.add_argument("out", metavar="OUT.pdf|OUT.odt|OUT.html")
    agreement.add_argument("--language", metavar="CODE",
                           help="language of the licence texts (default: the app's)")  # fmt: skip
    agreement.add_argument("--json", action="store_true", help="machine-readable output")
    agreement.set_defaults(handler=cmd_partnership_agreement)
    partnership.set_defaults(handler=lambda _args: usage(partnership))

    helpdesk = commands.add_parser("helpdesk", help="where help requests are sent")
    h_actions = helpdesk.add_subparsers(dest="helpdesk_command", metavar="ACTION")
    h_set = h_actions.add_parser("set", help="set the helpdesk wiki page and/or email")
    h_set.add_argument("--wiki-page", metavar="TITLE", help="page for new sections ('' = none)")
    h_set.add_argument("--email", metavar="ADDRESS", help="helpdesk address ('' = no email)")
    h_set.add_argument("--smtp", metavar="HOST:PORT", help="the SMTP server")
    h_set.add_argument("--smtp-user", metavar="USER", help="SMTP login (password: keyring)")
    h_set.add_argument("--from", dest="from_address", metavar="ADDRESS", help="sender address")
    security = h_set.add_mutually_exclusive_group()
    security.add_argument("--starttls", dest="security", action="store_const", const="starttls")
    security.add_argument("--tls", dest="security", action="store_const", const="tls")
    security.add_argument("--no-tls", dest="security", action="store_const", const="none",
                          help="plain SMTP (only for a server on this machine)")  # fmt: skip
    h_set.add_argument("--json", action="store_true", help="machine-readable output")
    h_set.set_defaults(handler=cmd_helpdesk_set, security=None)
    h_show = h_actions.add_parser("show", help="show the helpdesk settings")
    h_show.add_argument("--json", action="store_true")
    h_show.set_defaults(handler=cmd_helpdesk_show)
    helpdesk.set_defaults(handler=lambda _args: usage(helpdesk))

    request = commands.add_parser("request", help="help requests to the helpdesk")
    r_actions = request.add_subparsers(dest="request_command", metavar="ACTION")
    # --help is a contract flag here ("help wanted"), so argparse's own is replaced by -h.
    r_add = r_actions.add_parser("add", help="write and queue a help request", add_help=False)
    r_add.add_argument("-h", action="help", help="show this help message and exit")
    r_add.add_argument("--partnership", required=True, metavar="NAME")
    r_add.add_argument("--subject", required=True, metavar="TEXT")
    r_add.add_argument("--description-file", required=True, metavar="FILE", help="'-' = stdin")
    r_add.add_argument("--help", dest="help_wanted", metavar="KINDS",
                       help="help wanted, comma-separated: agreement, licence-advocacy, "
                       "batch-upload, metadata, sharing-outcomes, other")  # fmt: skip
    r_add.add_argument("--attach", action="append", metavar="FILE", help="sample file (repeat)")
    r_add.add_argument("--draft", action="store_true", help="save only, do not queue")
    for flag, dest in (("--requester-name", "requester_name"),
                       ("--requester-user", "requester_username"),
                       ("--requester-email", "requester_email"), ("--material", "material_kind"),
                       ("--volume", "volume"), ("--outcome", "expected_outcome"),
                       ("--impact", "impact"), ("--licence-status", "licence_status")):  # fmt: skip
        r_add.add_argument(flag, dest=dest, metavar="TEXT")
    r_add.add_argument("--json", action="store_true", help="machine-readable output")
    r_add.set_defaults(handler=cmd_request_add)
    r_list = r_actions.add_parser("list", help="requests with their state and links")
    r_list.add_argument("--json", action="store_true", help="machine-readable output")
    r_list.set_defaults(handler=cmd_request_list)
    r_show = r_actions.add_parser("show", help="one request: preview and replies")
    r_show.add_argument("id", type=int)
    r_show.add_argument("--json", action="store_true", help="machine-readable output")
    r_show.set_defaults(handler=cmd_request_show)
    request.set_defaults(handler=lambda _args: usage(request))
