"""``media rescan``: look at every file of a batch again, after the partner's folder changed.

Files edited since the import are read again (their metadata and hash), files moved within
the batch's folder tree (or into a ``--search`` folder) are followed by content, and files
that are gone are marked missing so nothing uploads a file that is not there. Exit codes:
0 every file is where the batch expects it; 1 some are missing (the report names them);
2 refused (unknown batch).
"""

from __future__ import annotations

import argparse

from desktop_app.cli.common import EXIT_FAILURE, EXIT_OK, open_context, print_json
from desktop_app.cli.refusals import refuse
from desktop_app.core.form_checks import field_error


def cmd_rescan(args: argparse.Namespace) -> int:
    from desktop_app.services.media_batches import MediaError, find_batch
    from desktop_app.services.media_import import rescan_batch

    with open_context(args) as ctx:
        try:
            batch = find_batch(ctx.db, args.batch, args.partnership)
        except MediaError as error:
            return refuse(args, [field_error("media.batch_not_found", "--batch", str(error))])
        report = rescan_batch(ctx.db, batch.id, search_folders=args.search or ())
    code = EXIT_FAILURE if report.count("missing") else EXIT_OK
    if args.json:
        print_json(
            report.to_dict()
            | {"batch": batch.name, "partnership": batch.partnership, "exit_code": code}
        )
        return code
    for entry in report.files:
        if entry.status != "unchanged":
            print(f"{entry.status:9} {entry.path}")
    counts = report.to_dict()["counts"]
    summary = ", ".join(f"{count} {status}" for status, count in counts.items() if count)
    print(f"Batch '{batch.name}': {summary or 'no files'}.")
    if code:
        print(
            "Missing files stay in the batch but are not uploaded: put them back, or run "
            "again with --search FOLDER where they went."
        )
    return code


def register_rescan(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``media rescan``."""
    command = actions.add_parser(
        "rescan", help="look at the batch's files again: changed, moved or missing"
    )
    command.add_argument("--batch", required=True, metavar="NAME")
    command.add_argument("--partnership", metavar="NAME", help="when batch names are shared")
    command.add_argument(
        "--search",
        action="append",
        metavar="FOLDER",
        help="also look here for files that moved (repeatable)",
    )
    command.add_argument("--json", action="store_true", help="machine-readable output")
    command.set_defaults(handler=cmd_rescan)
