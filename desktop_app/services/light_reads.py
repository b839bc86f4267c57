"""The light commands' reads: the same values as the ordinary services, without the ORM.

``partnership list``, ``request list`` and ``upload status`` read through
:mod:`desktop_app.store.light_reads` (stdlib ``sqlite3``) and build the very views the
ordinary services return (:func:`services.partnerships.list_partnerships` with
:func:`services.checklists.progress_by_partnership`, :func:`services.requests.drafts.list_requests`,
:func:`services.uploads.queue_status`, ``list_jobs`` and ``wiki_hold``), so the CLI prints
them with one renderer.

Each function raises :class:`NotLight` when the ordinary open would do more than read:
no database yet, an older schema, a checklist whose template moved on (opening it
upgrades it), a folder that cannot be used, a value of an unusual shape. The caller then
takes the ordinary path, which migrates, upgrades, recovers or explains.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.store import light_reads as rows
from desktop_app.store.light_reads import NotLight
from desktop_app.system.paths import DataPaths, resolve_data_dir

# Each command imports what it alone needs, in its function: a start-up saved is the point.
if TYPE_CHECKING:
    from desktop_app.core.checklists import ChecklistTemplate, Progress
    from desktop_app.core.uploads import QueueStatus, WikiHold
    from desktop_app.services.partnership_view import PartnershipView
    from desktop_app.services.requests.summaries import HelpRequestSummary
    from desktop_app.services.upload_views import JobView
    from desktop_app.store.light_reads import StoredChecklist

__all__ = ["NotLight", "partnerships_with_progress", "request_summaries", "upload_queue"]


def folder_of(data_dir: str | None) -> DataPaths:
    """The data folder, when its database exists; its folders made private as at open."""
    paths = DataPaths(resolve_data_dir(data_dir))
    if not paths.database.is_file():
        raise NotLight("no database yet")
    try:
        paths.ensure()
    except OSError as error:  # the ordinary open says what is wrong with the folder
        raise NotLight(str(error)) from error
    return paths


def database_of(data_dir: str | None) -> Path:
    """:func:`folder_of`'s database."""
    return folder_of(data_dir).database


def _upgrade_due(checklist: StoredChecklist, template: ChecklistTemplate) -> bool:
    """Whether opening the checklist would change it (``upgrade_checklist`` would write)."""
    from desktop_app.core.checklists import plan_upgrade

    plan = plan_upgrade({step.key: step.retired for step in checklist.steps}, template)
    moved = any(
        step.key in plan.positions and step.position != plan.positions[step.key]
        for step in checklist.steps
    )
    changed = plan.add or plan.retire or plan.revive or moved
    return bool(changed) or checklist.template_version != template.version


def partnerships_with_progress(
    data_dir: str | None,
) -> tuple[list[PartnershipView], dict[int, Progress]]:
    """Every partnership by name, and each one's checklist progress."""
    from desktop_app.core.checklists import UnknownTemplate
    from desktop_app.core.checklists import progress as progress_of
    from desktop_app.services.partnership_view import PartnershipView, select_partnerships

    with rows.reading(database_of(data_dir)) as connection:
        views = [PartnershipView(**values) for values in rows.all_partnerships(connection)]
        checklists = rows.all_checklists(connection)
    statuses: dict[int, list[str]] = {view.id: [] for view in views}
    if checklists:  # the bundled templates (YAML) are read only when there are checklists
        from desktop_app.store.bundled import get_template
    for checklist in checklists:
        try:
            template = get_template(checklist.template_id)
        except UnknownTemplate:
            template = None  # a template removed from the app: left as it is
        if template is not None and _upgrade_due(checklist, template):
            raise NotLight(f"checklist {checklist.template_id} is upgraded when opened")
        steps = statuses.setdefault(checklist.partnership_id, [])
        steps.extend(step.status for step in checklist.steps if not step.retired)
    return select_partnerships(views), {id_: progress_of(found) for id_, found in statuses.items()}


def request_summaries(data_dir: str | None) -> list[HelpRequestSummary]:
    """Every request, newest first, with its delivery state."""
    from desktop_app.services.requests.summaries import channel_state, summarize

    with rows.reading(database_of(data_dir)) as connection:
        requests = rows.requests_newest_first(connection)
        entries = rows.outbox_entries_by_request(connection)
        unseen = rows.unseen_reply_counts(connection)
    try:
        return [
            summarize(
                **request,
                new_replies=unseen.get(request["id"], 0),
                channels=tuple(
                    channel_state(
                        entry_id=entry["id"],
                        kind=entry["kind"],
                        state=entry["state"],
                        last_error=entry["last_error"],
                        next_attempt_at=entry["next_attempt_at"],
                        attempts=entry["attempts"],
                    )
                    for entry in entries.get(request["id"], [])
                ),
            )
            for request in requests
        ]
    except ValueError as error:  # a state this build does not know
        raise NotLight(str(error)) from error


def upload_queue(data_dir: str | None) -> tuple[QueueStatus, list[JobView], WikiHold | None]:
    """The whole queue's counts, every job in queue order, and the wiki's hold (if any)."""
    from desktop_app.core.settings import AppSettings
    from desktop_app.core.timeutil import utcnow
    from desktop_app.core.uploads import active_hold, tally_states
    from desktop_app.services.upload_views import job_view

    now = utcnow()
    with rows.reading(database_of(data_dir)) as connection:
        try:
            settings = AppSettings.from_dict(rows.stored_settings(connection))
        except (TypeError, ValueError) as error:
            raise NotLight(str(error)) from error
        stored = rows.wiki_hold_of(connection, settings.wiki_api_url)
        groups = rows.state_groups(connection)
        jobs = rows.upload_jobs(connection)
    hold = active_hold(*stored, now) if stored is not None and settings.wiki_api_url else None
    status = tally_states(groups, paused_all=bool(settings.uploads_paused_all))
    return status, [job_view(job, hold, now) for job in jobs], hold
