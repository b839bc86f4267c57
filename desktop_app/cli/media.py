"""Media commands: import, check, export, apply, wikitext (``set`` in :mod:`.media_set`).

Exit codes: 0 success; 1 the command ran but found something wrong (unreadable files,
files not ready, refused rows, pages that cannot be written, a sheet that cannot be
written); 2 usage errors (unknown batch, a sheet that cannot be read or used); 3
``media check --online`` could not reach the wiki (the offline result is still printed).
Refusals print ``{"ok": false, "problems", "exit_code"}`` with ``--json``.
``media import`` creates the partnership when no partnership has that name, and says so
(``partnership_created`` in ``--json``). A file that is not media (a README in the folder)
is listed as skipped with the note ``not-media`` and does not make the exit code 1.
``media import --from-sheet SHEET [--column NAME]`` also imports the paths listed in a
CSV/XLSX column (relative ones from the sheet's folder); a sheet it cannot use is a usage
error (2) and nothing is created.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import (
    EXIT_FAILURE,
    EXIT_OFFLINE,
    EXIT_OK,
    error_text,
    open_context,
    print_json,
    usage,
)
from desktop_app.cli.listings import show_import
from desktop_app.cli.media_rescan import register_rescan
from desktop_app.cli.media_set import register_set
from desktop_app.cli.refusals import CommandError, refusal, refuse

if TYPE_CHECKING:
    from desktop_app.services.media_batches import BatchInfo
    from desktop_app.store.context import AppContext


def _batch_or_exit(ctx: AppContext, args: argparse.Namespace) -> BatchInfo:
    """The batch ``--batch``/``--partnership`` name; ``CommandError`` (exit 2) if none."""
    from desktop_app.services.media_batches import MediaError, find_batch

    try:
        return find_batch(ctx.db, args.batch, getattr(args, "partnership", None))
    except MediaError as exc:
        raise CommandError([refusal(exc.code, str(exc), **exc.params)]) from exc


def _sheet_refused(exc: Exception, path: str) -> CommandError:
    """A sheet that cannot be read, as a refusal: its own code, or ``sheet.unreadable``."""
    from desktop_app.services.media_sheets import SheetError

    if isinstance(exc, SheetError):
        return CommandError([exc.problem])
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    problem = refusal(
        "sheet.unreadable",
        f"The sheet {path} cannot be opened: {reason}.",
        path=path,
        reason=reason,
    )
    return CommandError([problem])


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.core.form_checks import InvalidInput
    from desktop_app.services.media_batches import ensure_batch
    from desktop_app.services.media_import import import_paths
    from desktop_app.services.media_sheets import SheetError, paths_from_sheet

    paths = list(args.paths)
    if args.from_sheet is None and args.column is not None:
        return refuse(args, [refusal("usage.column_needs_sheet", "--column needs --from-sheet.")])
    if args.from_sheet is not None:
        try:  # before anything is created: a bad sheet changes nothing
            paths += paths_from_sheet(args.from_sheet, args.column)
        except (SheetError, OSError) as exc:
            raise _sheet_refused(exc, args.from_sheet) from exc
    if not paths:
        message = "Name the files or folders to import (PATH...) or --from-sheet."
        return refuse(args, [refusal("usage.no_paths", message)])
    ctx = open_context(args)
    try:
        try:
            batch, created = ensure_batch(ctx.db, args.partnership, args.batch)
        except InvalidInput as refused:  # a name that may not be made: nothing is created
            return refuse(args, refused.problems)
        report = import_paths(ctx.db, batch.id, paths)
        report.partnership_created = created
    finally:
        ctx.close()
    return show_import(report, args.batch, args.partnership, as_json=args.json)


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.services.media_checks import file_type_policy, run_batch_check

    ctx = open_context(args)
    offline_reason: str | None = None
    try:
        batch = _batch_or_exit(ctx, args)
        results = None
        policy = None
        if args.online:
            from desktop_app.services.media_online import WikiUnreachable, check_batch_online

            try:
                results, online = check_batch_online(ctx, batch.id)
                policy = online.policy
            except WikiUnreachable as exc:
                offline_reason = str(exc)
        if results is None:
            policy = file_type_policy(ctx.paths.cache)
            results = run_batch_check(ctx.db, batch.id, policy)
    finally:
        ctx.close()
    assert policy is not None
    ready = sum(1 for result in results if result.ready)
    code = EXIT_OK if ready == len(results) else EXIT_FAILURE
    if offline_reason is not None:
        code = EXIT_OFFLINE
        print(
            f"The wiki cannot be reached, so nothing was checked against it: {offline_reason}\n"
            f"The offline check is below; run 'fieldkit media check' without --online for "
            f"it alone.",
            file=sys.stderr,
        )
    if args.json:
        data = {
            "batch": args.batch,
            "ready": ready,
            "not_ready": len(results) - ready,
            "file_types": policy.source,
            "online": args.online and offline_reason is None,
        }
        if offline_reason is not None:
            data["offline_reason"] = offline_reason
        print_json(data | {"files": [result.to_dict() for result in results], "exit_code": code})
        return code
    for result in results:
        state = "ready" if result.ready else "PROBLEMS"
        print(f"[{state}] {result.file_name or '(no title)'}  ({result.path})")
        for problem in result.problems:
            print(f"    {problem.severity.value}: {problem.code}: {problem.message}")
            link = problem.params.get("link") if problem.params else None
            if link:
                print(f"        {link}")
    where = "checked against the wiki" if args.online and offline_reason is None else "offline"
    print(f"{ready} of {len(results)} files ready ({where}; file types: {policy.source}).")
    return code


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.services.media_sheets import SheetError, export_sheet

    ctx = open_context(args)
    try:
        batch = _batch_or_exit(ctx, args)
        try:
            export = export_sheet(ctx.db, batch.id, Path(args.out))
        except SheetError as exc:
            return refuse(args, [exc.problem])
        except OSError as exc:  # no such folder, no permission, disk full: nothing written
            reason = error_text(exc, Path(args.out).parent)  # "the disk is full: free N MB"
            problem = refusal(
                "sheet.write_failed",
                f"The sheet cannot be written to {args.out}: {reason}. Nothing was written.",
                path=args.out,
                reason=reason,
            )
            return refuse(args, [problem], EXIT_FAILURE)
    finally:
        ctx.close()
    if args.json:
        print_json(export.to_dict() | {"ok": True, "exit_code": EXIT_OK})
        return EXIT_OK
    print(f"Wrote {export.files} files to {args.out}.")
    for kept in export.kept_out:
        print(
            f"  row {kept['row']} {kept['column']}: {kept['length']} characters are more than a "
            "spreadsheet cell holds; the cell says so and the text stays in Fieldkit."
        )
    return EXIT_OK


def cmd_apply(args: argparse.Namespace) -> int:
    from desktop_app.services.media_sheets import SheetError, apply_sheet

    ctx = open_context(args)
    try:
        batch = _batch_or_exit(ctx, args)
        try:
            report = apply_sheet(ctx.db, batch.id, Path(args.source))
        except (SheetError, OSError) as exc:  # nothing was changed
            raise _sheet_refused(exc, args.source) from exc
    finally:
        ctx.close()
    code = EXIT_FAILURE if report.count("refused") else EXIT_OK
    if args.json:
        print_json(report.to_dict() | {"exit_code": code})
        return code
    for problem in report.sheet_problems:
        print(f"sheet: {problem.code}: {problem.message}")
    for row in report.rows:
        print(f"row {row.row}: {row.status}")
        for change in row.changes:
            data = change.to_dict()
            print(f"    {data['field']}: {data['old']!r} → {data['new']!r}")
        for problem in row.problems:
            print(f"    {problem.code}: {problem.message}")
    print(
        f"{report.count('changed')} rows changed, {report.count('unchanged')} unchanged, "
        f"{report.count('refused')} refused."
    )
    return code


def cmd_wikitext(args: argparse.Namespace) -> int:
    from desktop_app.services.media_checks import batch_wikitexts

    ctx = open_context(args)
    try:
        batch = _batch_or_exit(ctx, args)
        pages = batch_wikitexts(ctx.db, batch.id)
    finally:
        ctx.close()
    if args.file:
        wanted = args.file.removeprefix("File:")
        pages = [
            page for page in pages if wanted in (page.file_name, Path(page.path).name, page.path)
        ]
        if not pages:
            message = f"No file '{args.file}' in batch '{args.batch}'."
            return refuse(args, [refusal("file.not_found", message, file=args.file)])
    code = EXIT_OK
    for page in pages:
        if len(pages) > 1 or not args.file:
            print(f"=== File:{page.file_name} ===")
        if page.wikitext is None:
            code = EXIT_FAILURE
            for problem in page.problems:
                print(f"{problem.code}: {problem.message}", file=sys.stderr)
            continue
        print(page.wikitext, end="" if len(pages) == 1 else "\n")
    return code


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``media import|check|export|apply|wikitext|set|rescan``."""
    media = commands.add_parser("media", help="prepare a partner's files for upload")
    actions = media.add_subparsers(dest="media_command", metavar="ACTION")
    media.set_defaults(handler=lambda _args: usage(media))

    add = actions.add_parser("import", help="add files and folders (recursively) to a batch")
    add.add_argument("--partnership", required=True, metavar="NAME", help="created if missing")
    add.add_argument("--batch", required=True, metavar="NAME", help="created if missing")
    add.add_argument("paths", nargs="*", metavar="PATH", help="files and folders (recursively)")
    add.add_argument(
        "--from-sheet",
        metavar="SHEET",
        help="also import the paths listed in a CSV/XLSX column (relative to the sheet)",
    )
    add.add_argument(
        "--column",
        metavar="NAME",
        help="the sheet's column of paths (default: path, file, filename...)",
    )
    add.add_argument("--json", action="store_true", help="machine-readable output")
    add.set_defaults(handler=cmd_import)

    check = actions.add_parser("check", help="every file with its state and problems")
    check.add_argument("--batch", required=True, metavar="NAME")
    check.add_argument("--partnership", metavar="NAME", help="when batch names are shared")
    check.add_argument(
        "--online",
        action="store_true",
        help="also check against the wiki: its file types, existing titles, same content",
    )
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(handler=cmd_check)

    export = actions.add_parser("export", help="write the batch's metadata to CSV or XLSX")
    export.add_argument("--batch", required=True, metavar="NAME")
    export.add_argument("--partnership", metavar="NAME", help="when batch names are shared")
    export.add_argument("out", metavar="OUT.csv|OUT.xlsx")
    export.add_argument("--json", action="store_true", help="machine-readable output")
    export.set_defaults(handler=cmd_export)

    apply = actions.add_parser("apply", help="apply an edited CSV or XLSX to the batch")
    apply.add_argument("--batch", required=True, metavar="NAME")
    apply.add_argument("--partnership", metavar="NAME", help="when batch names are shared")
    apply.add_argument("source", metavar="IN.csv|IN.xlsx")
    apply.add_argument("--json", action="store_true", help="machine-readable output")
    apply.set_defaults(handler=cmd_apply)

    wikitext = actions.add_parser("wikitext", help="print the file description pages")
    wikitext.add_argument("--batch", required=True, metavar="NAME")
    wikitext.add_argument("--partnership", metavar="NAME", help="when batch names are shared")
    wikitext.add_argument("--file", metavar="NAME", help="one file (wiki name or file name)")
    wikitext.set_defaults(handler=cmd_wikitext)
    register_set(actions)
    register_rescan(actions)
