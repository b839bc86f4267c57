"""``fieldkit bundle``: work that travels on a USB stick, and the receipt that comes back.

Exit codes (the contract): 0 done; 1 done, with conflicts (listed: both values, nothing
overwritten); 2 refused — nothing changed, the reason is printed (``{"ok": false,
"problems"}`` with ``--json``). ``docs/bundles.md`` describes the format.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import EXIT_FAILURE, EXIT_OK, open_context, print_json
from desktop_app.cli.refusals import refuse
from desktop_app.core.bundle_format import DEFAULT_VOLUME_SIZE, BundleRefused, parse_volume_size
from desktop_app.core.problems import error


def _progress(args: argparse.Namespace) -> Any:
    """A percentage on stderr for people at a terminal; nothing for scripts."""
    if args.json or not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int, *_stage: str) -> None:
        percent = done * 100 // total if total else 0
        if percent != last[0]:
            last[0] = percent
            print(f"\r{percent:3d} %", end="", file=sys.stderr, flush=True)

    return show


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.services.bundles.export import export_bundle

    try:
        volume_size = parse_volume_size(args.volume_size) if args.volume_size else None
    except ValueError as exc:
        return refuse(args, [error("export.volume_size_invalid", str(exc), value=args.volume_size)])
    ctx = open_context(args)
    try:
        report = export_bundle(
            ctx,
            Path(args.out),
            args.partnership,
            args.batch or None,
            include_media=not args.no_media,
            volume_size=volume_size or DEFAULT_VOLUME_SIZE,
            progress=_progress(args),
        )
    except BundleRefused as refused:
        return refuse(args, [refused.problem()])
    finally:
        ctx.close()
    if args.json:
        print_json(report.to_dict() | {"exit_code": EXIT_OK})
        return EXIT_OK
    counts = report.counts
    print(
        f"Wrote {', '.join(report.paths)} ({report.archive_size} bytes): "
        f"{counts.get('items', 0)} files' records, {counts.get('files', 0)} files, "
        f"{counts.get('requests', 0)} requests."
    )
    for missing in report.missing_files:
        print(f"  not found, its record travels without it: {missing}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.services.bundles.importing import import_bundle

    ctx = open_context(args)
    try:
        summary = import_bundle(
            ctx,
            Path(args.bundle),
            Path(args.media_dir) if args.media_dir else None,
            progress=_progress(args),
        )
    except BundleRefused as refused:
        return refuse(args, [refused.problem()])
    finally:
        ctx.close()
    code = EXIT_FAILURE if summary.conflicts else EXIT_OK
    if args.json:
        print_json({"ok": True} | summary.to_dict() | {"exit_code": code})
        return code
    data = summary.to_dict()
    if summary.seen_before:
        print("This bundle was imported here before; nothing new in it.")
    print(
        f"Added {data['added']}, updated {data['updated']}, unchanged {data['unchanged']}, "
        f"conflicting {data['conflicting']}, skipped {data['skipped']}. "
        f"Files placed in {data['files']['folder']}: {data['files']['placed']} "
        f"(already there {data['files']['already_there']}, "
        f"not in the bundle {data['files']['missing']})."
    )
    for conflict in summary.conflicts:
        print(
            f"  conflict {conflict.kind} {conflict.label!r} {conflict.field}: "
            f"here {conflict.local!r}, in the bundle {conflict.incoming!r} (kept: here)"
        )
    return code


def cmd_receipt(args: argparse.Namespace) -> int:
    from desktop_app.services.bundles.receipts import export_receipt

    ctx = open_context(args)
    try:
        report = export_receipt(ctx, Path(args.bundle), Path(args.out))
    except BundleRefused as refused:
        return refuse(args, [refused.problem()])
    finally:
        ctx.close()
    if args.json:
        print_json(report.to_dict() | {"exit_code": EXIT_OK})
    else:
        print(
            f"Wrote {report.path}: {report.uploads} files uploaded, {report.deliveries} "
            f"requests delivered ({report.items_not_uploaded} files and "
            f"{report.requests_not_delivered} requests not yet)."
        )
    return EXIT_OK


def cmd_import_receipt(args: argparse.Namespace) -> int:
    from desktop_app.services.bundles.receipts import import_receipt

    ctx = open_context(args)
    try:
        summary = import_receipt(ctx, Path(args.receipt))
    except BundleRefused as refused:
        return refuse(args, [refused.problem()])
    finally:
        ctx.close()
    if args.json:
        print_json(summary.to_dict() | {"exit_code": EXIT_OK})
        return EXIT_OK
    print(
        f"Marked {summary.files_marked} files uploaded and {summary.requests_marked} requests "
        f"delivered ({summary.files_already_done + summary.requests_already_done} known already)."
    )
    for page in summary.pages:
        print(f"  {page['title']}: {page['page_url']}")
    for link in summary.links:
        print(f"  request {link['subject']!r}: {link['url']}")
    return EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``bundle export|import|receipt|import-receipt``."""
    bundle = commands.add_parser("bundle", help="carry work to another machine and back")
    verbs = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    export = verbs.add_parser("export", help="write a partnership (or batches) to a bundle")
    export.add_argument("--partnership", required=True, metavar="NAME")
    export.add_argument("--batch", action="append", metavar="NAME", help="repeat for several")
    export.add_argument("--no-media", action="store_true", help="records only, no files")
    export.add_argument(
        "--volume-size", default="3.9G", metavar="SIZE", help="split into parts (default 3.9G)"
    )
    export.add_argument("out", metavar="OUT.fkb")
    export.add_argument("--json", action="store_true", help="machine-readable output")
    export.set_defaults(handler=cmd_export)

    imp = verbs.add_parser("import", help="merge a bundle from another machine")
    imp.add_argument("bundle", metavar="IN.fkb")
    imp.add_argument("--media-dir", metavar="DIR", help="where its files go (default: DATA/media)")
    imp.add_argument("--json", action="store_true", help="machine-readable output")
    imp.set_defaults(handler=cmd_import)

    receipt = verbs.add_parser("receipt", help="report what became of an imported bundle")
    receipt.add_argument("--bundle", required=True, metavar="IN.fkb")
    receipt.add_argument("out", metavar="OUT.fkr")
    receipt.add_argument("--json", action="store_true", help="machine-readable output")
    receipt.set_defaults(handler=cmd_receipt)

    back = verbs.add_parser("import-receipt", help="mark what another machine did as done")
    back.add_argument("receipt", metavar="IN.fkr")
    back.add_argument("--json", action="store_true", help="machine-readable output")
    back.set_defaults(handler=cmd_import_receipt)
