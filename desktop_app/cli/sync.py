"""``fieldkit sync``: deliver everything queued and upload, once (exit 0, 1 or 3).

Exit 0 only when nothing is left undelivered; what still waits is listed with its last
error (JSON key ``waiting``), also on a pass that did not try it again.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desktop_app.cli.common import open_context, print_json, unlock_password_file

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop_app.services.account import password_source_note
    from desktop_app.services.sync_pass import exit_code_for, sync_once

    ctx = open_context(args)
    try:
        unlock_password_file(create=False)  # no keyring: the passwords are in the file
        report = sync_once(ctx, due_only=False, uploads=True)
        waiting = _waiting(ctx) if report.remaining else []
    finally:
        ctx.close()
    note = password_source_note()
    if note:
        print(note, file=sys.stderr)
    code = int(exit_code_for(report))
    if args.json:
        print_json(report.to_dict() | {"waiting": waiting, "exit_code": code})
    else:
        print(f"Sent {report.sent}, failed {report.failed}, still waiting {report.remaining}.")
        if report.offline:
            print("The wiki could not be reached; everything queued is kept for later.")
        for error in report.errors:
            print(f"  entry {error['entry']}: {error['message']}")
        reported = {error["entry"] for error in report.errors}
        for entry in waiting:
            if entry["entry"] not in reported and entry["last_error"]:
                print(f"  entry {entry['entry']} still waits: {entry['last_error']}")
        if report.uploads is not None and (report.uploads.jobs or report.uploads.halted_by):
            uploads = report.uploads
            print(
                f"Uploads: {uploads.verified} verified, {uploads.failed} failed, "
                f"{uploads.needs_decision} need a decision, {uploads.remaining} still queued."
            )
            for job in uploads.jobs:
                if job["outcome"] != "verified":
                    detail = f"{job['error_code'] or ''} {job['message'] or ''}"
                    print(f"  job {job['id']} {job['title']}: {job['outcome']} {detail}".rstrip())
    return code


def _waiting(ctx: AppContext) -> list[dict[str, Any]]:
    """Every channel of a request not delivered yet, with why (JSON key ``waiting``)."""
    from desktop_app.services.requests.drafts import list_requests

    return [
        {
            "request": summary.id,
            "entry": channel.entry_id,
            "kind": channel.kind,
            "state": str(channel.state),
            "last_error": channel.last_error,
            "next_attempt_at": channel.next_attempt_at,
        }
        for summary in list_requests(ctx.db)
        for channel in summary.channels
        if channel.state != "sent"
    ]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sync``."""
    sync = commands.add_parser("sync", help="deliver everything queued, once")
    sync.add_argument("--json", action="store_true", help="machine-readable output")
    sync.set_defaults(handler=cmd_sync)
