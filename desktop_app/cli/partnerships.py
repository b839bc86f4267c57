"""Partnership commands: ``add``, ``list``, ``agreement``, ``sample`` and ``remove-sample``.

Exit codes: 0 done, 1 not done for a reason printed (the file could not be written), 2
usage or invalid input (the problems are printed, with ``--json`` as ``{"ok": false,
"problems"}``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli import sample
from desktop_app.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    error_text,
    open_context,
    print_json,
    usage,
)
from desktop_app.cli.listings import show_partnerships
from desktop_app.cli.refusals import refuse
from desktop_app.core.form_checks import InvalidInput, field_error


def cmd_partnership_add(args: argparse.Namespace) -> int:
    """Add a partnership; exit 2 when the name is taken or a value is refused."""
    from desktop_app.services.checklists import partnership_progress
    from desktop_app.services.partnerships import create_partnership

    fields = {
        "kind": args.kind,
        "country": args.country or "",
        "status": args.status,
        "languages": args.languages or "",
    }
    with open_context(args) as ctx:
        try:
            view = create_partnership(ctx.db, args.name, **fields)
        except InvalidInput as error:
            return refuse(args, error.problems)
        progress = partnership_progress(ctx.db, view.id)
    if args.json:
        print_json(view.to_dict() | {"progress": progress.to_dict()})
    else:
        print(f"Partnership {view.name!r} added (id {view.id}, {view.kind}, {view.status}).")
    return EXIT_OK


def cmd_partnership_list(args: argparse.Namespace) -> int:
    """List partnerships (searched, filtered) with their checklist progress."""
    from desktop_app.services.checklists import progress_by_partnership
    from desktop_app.services.partnerships import list_partnerships

    with open_context(args) as ctx:
        views = list_partnerships(
            ctx.db, search=args.search or "", kinds=args.kind or (), statuses=args.status or ()
        )
        every = progress_by_partnership(ctx.db)
    return show_partnerships(views, every, as_json=args.json)


def cmd_partnership_agreement(args: argparse.Namespace) -> int:
    """Write the agreement draft as PDF, ODT or HTML, through the same service as the GUI."""
    from desktop_app.services.agreements import ExportError, agreement_format, export_agreement
    from desktop_app.services.partnerships import find_partnership

    try:
        agreement_format(args.out)
    except ExportError as error:
        return refuse(args, [field_error("agreement.format_unknown", "OUT", str(error))])
    with open_context(args) as ctx:
        partnership = find_partnership(ctx.db, args.name)
        if partnership is None:
            problem = field_error(
                "partnership.not_found",
                "NAME",
                f"No partnership called {args.name!r}.",
                name=args.name,
            )
            return refuse(args, [problem])
        try:
            written = export_agreement(
                ctx.db,
                partnership.id,
                args.out,
                title=f"Partnership agreement (draft): {partnership.name}",
                language=args.language,
            )
        except ExportError as error:
            message = error_text(error, Path(args.out).parent)
            if args.json:
                print_json({"ok": False, "error": message})
            print(message, file=sys.stderr)
            return EXIT_FAILURE
    if args.json:
        print_json(
            {
                "ok": True,
                "path": str(written.path),
                "format": written.format,
                "partnership": written.partnership,
                "language": written.language,
                "missing": written.missing,
            }
        )
    else:
        print(
            f"Agreement draft for {written.partnership!r} written to {written.path} "
            f"({written.format})."
        )
        if written.missing:
            print(f"Left blank to fill in: {', '.join(written.missing)}.")
        print("It is a draft, not legal advice: have it checked before anyone signs it.")
    return EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``partnership`` with ``add``, ``list``, ``agreement``, ``sample``, ``remove-sample``."""
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
    agreement.add_argument(
        "--language", metavar="CODE", help="language of the draft (default: the app's)"
    )
    agreement.add_argument("--json", action="store_true", help="machine-readable output")
    agreement.set_defaults(handler=cmd_partnership_agreement)
    sample.register_actions(actions)
    partnership.set_defaults(handler=lambda _args: usage(partnership))
