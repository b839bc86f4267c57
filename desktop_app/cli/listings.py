"""How ``partnership list``, ``request list``, ``upload status`` and ``media import`` print.

One renderer for both read paths: the ordinary commands (through the ORM) and the light
ones (:mod:`desktop_app.cli.light`, through ``sqlite3``) hand it the same views, so the
output (plain and ``--json``) is the same by construction. Each returns the exit code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.cli.common import EXIT_FAILURE, EXIT_OK, print_json

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from desktop_app.core.checklists import Progress
    from desktop_app.core.import_report import ImportReport
    from desktop_app.core.uploads import QueueStatus, WikiHold
    from desktop_app.services.partnership_view import PartnershipView
    from desktop_app.services.requests.summaries import HelpRequestSummary
    from desktop_app.services.upload_views import JobView

# Jobs that wait for the user: ``upload status`` exits 1 while there are any.
TROUBLE_STATES = ("failed", "needs_decision")


def show_partnerships(
    views: Sequence[PartnershipView], progress: Mapping[int, Progress], *, as_json: bool
) -> int:
    """Partnerships with their checklist progress (and, in JSON, the overall progress)."""
    from desktop_app.core.checklists import combine

    if as_json:
        print_json(
            {
                "partnerships": [
                    view.to_dict() | {"progress": progress[view.id].to_dict()} for view in views
                ],
                "overall_progress": combine(progress[view.id] for view in views).to_dict(),
            }
        )
        return EXIT_OK
    for view in views:
        done = progress[view.id]
        print(
            f"{view.id:>4}  {view.name}  [{view.kind}, {view.status}, {view.country or '-'}]"
            f"  {done.done}/{done.applicable} steps"
        )
    if not views:
        print("No partnerships yet. Add one with 'fieldkit partnership add NAME'.")
    return EXIT_OK


def show_requests(summaries: Sequence[HelpRequestSummary], *, as_json: bool) -> int:
    """Every request with its state and where it went."""
    if as_json:
        print_json({"requests": [summary.to_dict() for summary in summaries]})
        return EXIT_OK
    for summary in summaries:
        where = summary.remote_url or summary.message_id or summary.last_error or ""
        new = summary.new_replies
        mark = f" [{new} new repl{'y' if new == 1 else 'ies'}]" if new else ""
        print(f"{summary.id:>4}  {summary.state:<8} {summary.subject}  {where}{mark}")
    return EXIT_OK


def show_upload_status(
    status: QueueStatus,
    jobs: Sequence[JobView],
    hold: WikiHold | None,
    *,
    batch: str | None,
    as_json: bool,
) -> int:
    """The queue's jobs and counts; exit 1 while a job failed or waits for a decision."""
    trouble = sum(status.jobs_by_state.get(state, 0) for state in TROUBLE_STATES)
    code = EXIT_FAILURE if trouble else EXIT_OK
    if as_json:
        print_json(
            status.to_dict()
            | {"batch": batch, "jobs": [job.to_dict() for job in jobs], "exit_code": code}
            | {"wiki_hold": hold.to_dict() if hold else None}
        )
        return code
    for job in jobs:
        done = f"{job.confirmed_bytes}/{job.file_size} bytes"
        print(f"{job.id:6} {job.state:15} {done:>24}  {job.title}")
        if job.error_code or job.last_error:
            print(f"       {job.error_code or ''}: {job.last_error or ''}")
        if job.waiting_until:
            print(
                f"       waits ({job.waiting_for}) until {job.waiting_until:%Y-%m-%d %H:%M:%S} UTC"
            )
    if hold is not None:
        print(f"The wiki takes no uploads until {hold.until:%Y-%m-%d %H:%M:%S} UTC: {hold.message}")
    counts = ", ".join(f"{count} {state}" for state, count in sorted(status.jobs_by_state.items()))
    print(f"{counts or 'Nothing queued'}{' (all paused)' if status.paused_all else ''}.")
    return code


def show_import(report: ImportReport, batch: str, partnership: str, *, as_json: bool) -> int:
    """What ``media import`` did with each path, and the batch's counts."""
    code = EXIT_FAILURE if report.not_imported() else EXIT_OK
    if as_json:
        data = report.to_dict() | {"batch": batch, "partnership": partnership}
        print_json(data | {"exit_code": code})
        return code
    if report.partnership_created:
        print(f"Created partnership '{partnership}'.")
    for entry in report.files:
        print(f"{entry.status:9} {entry.path}")
        for problem in entry.problems:
            print(f"          {problem.severity.value}: {problem.code}: {problem.message}")
    counts = report.to_dict()["counts"]
    summary = ", ".join(f"{count} {status}" for status, count in counts.items() if count)
    print(f"Batch '{batch}': {summary or 'nothing to import'}.")
    return code
