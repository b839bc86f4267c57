"""``media set``: what a whole batch shares, set from a terminal.

The batch settings of the Media area (location policy, licence, title pattern) and a bulk
edit of every file (author, source, categories, description), so a batch can become ready
without the window. Exit codes: 0 set (``media check`` says whether the batch is ready);
2 refused (unknown batch, a value that cannot be used: nothing is set), with
``{"ok": false, "problems": [...]}`` under ``--json``.
"""

from __future__ import annotations

import argparse

from desktop_app.cli.common import EXIT_OK, open_context, print_json
from desktop_app.cli.refusals import refuse
from desktop_app.core.form_checks import InvalidInput, field_error


def cmd_set(args: argparse.Namespace) -> int:
    from desktop_app.services.media_batch_set import BatchValues, set_batch_values
    from desktop_app.services.media_batches import MediaError, find_batch

    values = BatchValues(
        gps=args.gps,
        licence=args.licence,
        author=args.author,
        source=args.source,
        categories=args.categories,
        description=args.description,
        title_pattern=args.title_pattern,
    )
    if values.empty:
        problem = field_error(
            "media.nothing_to_set",
            "",
            "Name something to set: --gps, --licence, --author, --source, --categories, "
            "--description or --title-pattern.",
        )
        return refuse(args, [problem])
    with open_context(args) as ctx:
        try:
            batch = find_batch(ctx.db, args.batch, args.partnership)
        except MediaError as error:
            return refuse(args, [field_error("media.batch_not_found", "--batch", str(error))])
        try:
            report = set_batch_values(ctx.db, batch.id, values)
        except InvalidInput as error:
            return refuse(args, error.problems)
    if args.json:
        print_json(report.to_dict() | {"ok": True, "exit_code": EXIT_OK})
        return EXIT_OK
    settings = report.batch
    print(
        f"Batch '{settings.name}' ({settings.partnership}): location {settings.gps_policy}, "
        f"licence {settings.licence_id or '(none)'}, "
        f"title pattern {settings.title_pattern or '(none)'}."
    )
    changed_files = len({change.item_id for change in report.changes})
    print(f"{len(report.changes)} values changed in {changed_files} of {settings.items} files.")
    print(f"Run 'fieldkit media check --batch \"{settings.name}\"' to see what is still missing.")
    return EXIT_OK


def register_set(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``media set``."""
    command = actions.add_parser(
        "set",
        help="set what the whole batch shares (location, licence, author, titles...)",
        description="Per-file values (author, source, categories, description) are set on "
        "every file of the batch; the title pattern is applied to every file last.",
    )
    command.add_argument("--batch", required=True, metavar="NAME")
    command.add_argument("--partnership", metavar="NAME", help="when batch names are shared")
    command.add_argument(
        "--gps",
        choices=("keep", "strip"),
        help="publish the location recorded in the photos, or strip it from the uploaded copy",
    )
    command.add_argument("--licence", metavar="ID", help="the batch's licence, e.g. cc-by-sa-4.0")
    command.add_argument("--author", metavar="TEXT")
    command.add_argument("--source", metavar="TEXT", help="where the files come from")
    command.add_argument("--categories", metavar="A;B", help="categories, separated by ;")
    command.add_argument("--description", metavar="TEXT", help="in the batch's language")
    command.add_argument(
        "--title-pattern",
        metavar="PATTERN",
        help="e.g. '{partner} - {description} ({n})'; fields: partner description date year n "
        "filename author institution batch title",
    )
    command.add_argument("--json", action="store_true", help="machine-readable output")
    command.set_defaults(handler=cmd_set)
