"""``upload decide`` and ``upload retry|pause|resume|cancel``: the queue steered from a terminal.

What the Uploads area's buttons do, by name: a job by its id (``upload status`` lists
them), a batch by its name, or everything. Nothing is sent here; ``fieldkit sync`` (or the
app) uploads. Exit codes: 0 done (also when there was nothing to change); 2 refused (unknown
job or batch, a job that waits for no decision, a title the wiki would refuse) with
``{"ok": false, "problems": [...]}`` under ``--json``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.cli.common import EXIT_OK, open_context, print_json
from desktop_app.cli.refusals import refuse
from desktop_app.core.form_checks import InvalidInput, field_error

DECISIONS = ("publish-anyway", "rename", "skip")
ACTIONS = ("retry", "pause", "resume", "cancel")
_DONE = {
    "retry": "due again",
    "pause": "paused",
    "resume": "resumed",
    "cancel": "cancelled",
}


def cmd_decide(args: argparse.Namespace) -> int:
    """Answer a wiki warning: publish anyway, publish under a new name, or skip the file."""
    from desktop_app.services.upload_commands import decide_upload

    if (args.decision == "rename") != bool(args.new_title):
        problem = field_error(
            "upload.new_title_expected" if args.decision == "rename" else "upload.no_title_here",
            "NEW_TITLE",
            "rename needs the new title: upload decide JOB_ID rename NEW_TITLE"
            if args.decision == "rename"
            else f"{args.decision} takes no title.",
        )
        return refuse(args, [problem])
    with open_context(args) as ctx:
        try:
            job = decide_upload(ctx, args.job_id, args.decision, args.new_title)
        except InvalidInput as error:
            return refuse(args, error.problems)
    if args.json:
        print_json({"ok": True, "decision": args.decision, "job": job.to_dict(), "exit_code": 0})
        return EXIT_OK
    if args.decision == "skip":
        print(f"Job {job.id} skipped: '{job.title}' will not be uploaded.")
    else:
        print(f"Job {job.id} will be published as '{job.title}'. Run 'fieldkit sync' to do it.")
    return EXIT_OK


def cmd_steer(args: argparse.Namespace) -> int:
    """``retry``, ``pause``, ``resume`` or ``cancel`` with ``--job``, ``--batch`` or ``--all``."""
    from desktop_app.services.media_batches import MediaError, find_batch
    from desktop_app.services.upload_commands import steer_uploads

    with open_context(args) as ctx:
        batch_id = None
        if args.batch:
            try:
                batch_id = find_batch(ctx.db, args.batch, args.partnership).id
            except MediaError as error:
                problem = field_error("media.batch_not_found", "--batch", str(error))
                return refuse(args, [problem])
        try:
            report = steer_uploads(ctx, args.action, batch_id=batch_id, job_id=args.job)
        except InvalidInput as error:
            return refuse(args, error.problems)
    scope: dict[str, Any] = {"batch": args.batch, "job": args.job, "all": bool(args.all)}
    if args.json:
        print_json(
            report.to_dict()
            | {"ok": True, "scope": scope, "paused_all": report.paused_all, "exit_code": 0}
        )
        return EXIT_OK
    count = len(report.job_ids)
    what = f"job {args.job}" if args.job else f"batch '{args.batch}'" if args.batch else "all"
    print(f"{count} upload job{'' if count == 1 else 's'} {_DONE[args.action]} ({what}).")
    if args.action == "pause" and args.all:
        print("Uploads are paused until 'fieldkit upload resume --all'.")
    if args.action in ("retry", "resume") and count:
        print("Run 'fieldkit sync' (or keep the app open) to upload them.")
    if args.action == "retry" and not count:
        print("Nothing failed or waits for a retry.", file=sys.stderr)
    return EXIT_OK


def register_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``decide`` and ``retry|pause|resume|cancel`` to ``upload``'s actions."""
    decide = actions.add_parser("decide", help="answer the wiki's warning about one upload job")
    decide.add_argument("job_id", type=int, metavar="JOB_ID", help="as 'upload status' lists it")
    decide.add_argument("decision", choices=DECISIONS, metavar="publish-anyway|rename|skip")
    decide.add_argument("new_title", nargs="?", metavar="NEW_TITLE", help="for rename")
    _json_flag(decide)
    decide.set_defaults(handler=cmd_decide)

    helps = {
        "retry": "try failed and waiting uploads again now",
        "pause": "pause uploads (they keep their place and resume where they stopped)",
        "resume": "resume paused uploads",
        "cancel": "cancel uploads that are not finished",
    }
    for action in ACTIONS:
        parser = actions.add_parser(action, help=helps[action])
        scope = parser.add_mutually_exclusive_group(required=True)
        scope.add_argument("--batch", metavar="NAME", default=argparse.SUPPRESS)
        scope.add_argument("--job", metavar="ID", type=int)
        scope.add_argument("--all", action="store_true", help="every upload job")
        parser.add_argument(
            "--partnership",
            metavar="NAME",
            default=argparse.SUPPRESS,
            help="when batch names repeat",
        )
        _json_flag(parser)
        parser.set_defaults(handler=cmd_steer, action=action)


def _json_flag(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: "upload --json decide ..." keeps the flag given before the action.
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output"
    )
