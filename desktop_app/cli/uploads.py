"""Upload commands: queue a batch, follow the queue, and the partner's outcome report.

``upload`` takes ``--batch`` directly (queue the ready files) *and* optional actions
(``status``; ``decide``, ``retry``, ``pause``, ``resume``, ``cancel`` in
:mod:`desktop_app.cli.upload_actions`), so ``fieldkit upload --batch B`` and ``fieldkit
upload status --batch B`` both parse. Uploading itself happens in ``fieldkit sync`` (or
the app's background worker). Exit codes: 0 done; 1 done but something is not ready,
failed or waits for a decision; 2 usage error (unknown batch or partnership, bad file
type).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    error_text,
    open_context,
    print_json,
)
from desktop_app.cli.listings import show_upload_status
from desktop_app.cli.refusals import CommandError, refusal, refuse
from desktop_app.cli.upload_actions import register_actions


def _find_batch(ctx: Any, args: argparse.Namespace) -> tuple[int, str] | None:
    from desktop_app.services.media_batches import MediaError, find_batch

    try:
        batch = find_batch(ctx.db, args.batch, args.partnership)
    except MediaError as exc:  # printed as a refusal, JSON too (exit 2)
        raise CommandError([refusal(exc.code, str(exc), **exc.params)]) from exc
    return batch.id, batch.partnership


def cmd_upload(args: argparse.Namespace) -> int:
    """``upload --batch`` or ``upload status``."""
    if args.action == "status":
        return cmd_status(args)
    if not args.batch:
        print(
            "fieldkit upload: --batch NAME is required (or use 'upload status').", file=sys.stderr
        )
        return EXIT_USAGE
    from desktop_app.services.uploads import enqueue_batch

    ctx = open_context(args)
    try:
        found = _find_batch(ctx, args)
        if found is None:
            return EXIT_USAGE
        batch_id, partnership = found
        report = enqueue_batch(ctx, batch_id)
    finally:
        ctx.close()
    blocked = report.count("not_ready") + report.count("failed")
    code = EXIT_FAILURE if blocked else EXIT_OK
    if args.json:
        data = report.to_dict() | {"batch": args.batch, "partnership": partnership}
        print_json(data | {"queued": report.count("queued"), "exit_code": code})
        return code
    for entry in report.files:
        print(f"{entry.status:16} {entry.title or '(no title)'}  ({entry.path})")
        for problem in entry.problems:
            print(f"                 {problem.severity.value}: {problem.code}: {problem.message}")
    print(
        f"Queued {report.count('queued')} files of batch '{args.batch}'; {blocked} not ready. "
        "Run 'fieldkit sync' to upload them."
    )
    return code


def cmd_status(args: argparse.Namespace) -> int:
    from desktop_app.services.uploads import list_jobs, queue_status, wiki_hold

    ctx = open_context(args)
    try:
        batch_id = None
        if args.batch:
            found = _find_batch(ctx, args)
            if found is None:
                return EXIT_USAGE
            batch_id = found[0]
        status = queue_status(ctx, batch_id)
        jobs = list_jobs(ctx, batch_id)
        hold = wiki_hold(ctx)
    finally:
        ctx.close()
    return show_upload_status(status, jobs, hold, batch=args.batch, as_json=args.json)


def cmd_report(args: argparse.Namespace) -> int:
    from desktop_app.services.partnerships import find_partnership
    from desktop_app.services.reports import REPORT_FORMATS, ReportError, build_report

    out = Path(args.out)
    if out.suffix.lower() not in REPORT_FORMATS:
        print(f"Reports are written as .html, .csv or .pdf, not '{out.name}'.", file=sys.stderr)
        return EXIT_USAGE
    if not args.batch and not args.partnership:
        print("fieldkit report: give --batch NAME or --partnership NAME.", file=sys.stderr)
        return EXIT_USAGE
    ctx = open_context(args)
    usage_error: str | None = None
    refreshed: dict[str, Any] | None = None
    try:
        scope: dict[str, int] = {}
        if args.batch:
            found = _find_batch(ctx, args)
            if found is None:
                return EXIT_USAGE
            scope["batch_id"] = found[0]
        else:
            partnership = find_partnership(ctx.db, args.partnership)
            if partnership is None:
                message = f"There is no partnership called '{args.partnership}'."
                problem = refusal("partnership.not_found", message, name=args.partnership)
                return refuse(args, [problem])
            scope["partnership_id"] = partnership.id
        if args.refresh_usage:
            refreshed, usage_error = _refresh(ctx, scope)
        try:
            report = build_report(ctx, **scope, language=args.language)  # type: ignore[arg-type]
        except ReportError as exc:
            print(str(exc), file=sys.stderr)
            return EXIT_USAGE
    finally:
        ctx.close()
    write_error = _write(report, out)
    code = EXIT_FAILURE if usage_error or write_error else EXIT_OK
    totals = report.totals
    if args.json:
        print_json(
            {
                "out": str(out) if write_error is None else None,
                "format": out.suffix.lower().lstrip("."),
                "files": totals.files,
                "uploaded": totals.uploaded,
                "pending": totals.pending,
                "failed": totals.failed,
                "bytes_uploaded": totals.bytes_uploaded,
                "files_in_use": totals.files_in_use,
                "pages_using": totals.pages_using,
                "usage_checked_at": report.usage_checked_at,
                "usage_refresh": refreshed,
                "usage_error": usage_error,
                "error": write_error,
                "exit_code": code,
            }
        )
        return code
    if usage_error:
        print(
            f"Usage could not be read from the wiki ({usage_error}); the report shows what "
            "was stored last time.",
            file=sys.stderr,
        )
    if write_error:
        print(write_error, file=sys.stderr)
    else:
        print(f"Wrote the report of {totals.files} files ({totals.uploaded} on the wiki) to {out}.")
    return code


def _refresh(ctx: Any, scope: dict[str, int]) -> tuple[dict[str, Any] | None, str | None]:
    """Read usage from the wiki now; on trouble, say why and keep what is stored."""
    from desktop_app.services.report_usage import UsageRefreshFailed, refresh_usage

    try:
        return refresh_usage(ctx, **scope).to_dict(), None  # type: ignore[arg-type]
    except UsageRefreshFailed as exc:
        return None, exc.code


def _write(report: Any, out: Path) -> str | None:
    """Write the report (HTML, CSV or PDF); the error text, or ``None``."""
    from desktop_app.services.reports import ReportNotWritten, export_report

    try:
        export_report(report, out)
    except ReportNotWritten as exc:
        return error_text(exc, out.parent)
    return None


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``upload [status|decide|retry|pause|resume|cancel]`` and ``report``."""
    upload = commands.add_parser(
        "upload",
        help="queue a batch's ready files for upload, show the queue, or steer it",
        description="Without an action: queue the ready files of --batch NAME.",
    )
    upload.add_argument("--batch", metavar="NAME", help="the batch (required to queue)")
    upload.add_argument("--partnership", metavar="NAME", help="when batch names are shared")
    upload.add_argument("--json", action="store_true", help="machine-readable output")
    upload.set_defaults(handler=cmd_upload, action=None)
    # Actions are optional: "upload --batch B" (queue) stays what it always was. Their own
    # options default to SUPPRESS, so "upload --batch B status" keeps the batch given first.
    actions = upload.add_subparsers(dest="action", metavar="ACTION")
    status = actions.add_parser("status", help="show the upload queue")
    status.add_argument("--batch", metavar="NAME", default=argparse.SUPPRESS)
    status.add_argument("--partnership", metavar="NAME", default=argparse.SUPPRESS)
    status.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output"
    )
    status.set_defaults(handler=cmd_status)
    register_actions(actions)

    report = commands.add_parser("report", help="the partner's outcome report (HTML, CSV, PDF)")
    report.add_argument("--batch", metavar="NAME", help="one batch")
    report.add_argument(
        "--partnership",
        metavar="NAME",
        help="every batch of the partnership (or, with --batch, where batch names are shared)",
    )
    report.add_argument(
        "--refresh-usage",
        action="store_true",
        help="read from the wiki now where the files are used (else: as stored last time)",
    )
    report.add_argument(
        "--language",
        metavar="CODE",
        help="the partner's language: es, fr, pt, ar, sv or en (default: the app's)",
    )
    report.add_argument("out", metavar="OUT.html|OUT.pdf|OUT.csv")
    report.add_argument("--json", action="store_true", help="machine-readable output")
    report.set_defaults(handler=cmd_report)
