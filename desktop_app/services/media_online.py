"""Checking a batch against the wiki: one connection, the wiki's file types, SHA-1s, titles.

Shared by ``fieldkit media check --online`` and the Media area's "Check against the wiki"
so both say the same thing. Blocking (network): call from worker threads. The wiki's
file-type policy is cached on the way, so the next offline check uses what the wiki said
rather than Commons' shipped list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.core.faults import OrdinaryFailure, halt_reason, stops_the_pass
from desktop_app.core.filetypes import FileTypePolicy
from desktop_app.core.media_checks import WikiFindings
from desktop_app.services.media_checks import ItemCheck, run_batch_check, save_file_type_policy
from desktop_app.store.bundled import commons_file_policy
from desktop_app.store.repositories import media as media_repo
from desktop_app.sync.outbox import DeliveryError
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.errors import WikiError
from desktop_app.wiki.files import existing_file_titles, files_with_sha1, wiki_file_policy

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext


class WikiUnreachable(OrdinaryFailure):
    """The online check could not be made (offline, no account, login refused...).

    One exception type for the CLI (exit 3) and the GUI (a clear message), whatever the
    adapter raised underneath; the message is the adapter's own (for the CLI and the
    log), ``code`` the fault's code (what the GUI words).
    """

    def __init__(self, message: str, code: str = "offline") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class OnlineFindings:
    """What the wiki said about one batch, reusable for later offline re-checks."""

    batch_id: int
    policy: FileTypePolicy
    findings: WikiFindings


def fetch_online_findings(
    ctx: AppContext, batch_id: int, connect: Callable[[], WikiClient] | None = None
) -> OnlineFindings:
    """Ask the wiki about the batch's files and cache its file-type policy.

    ``connect`` defaults to :func:`desktop_app.services.sync_pass.default_client_factory`.
    Raises :class:`WikiUnreachable` when the wiki cannot be asked; ``LookupError`` for an
    unknown batch.
    """
    if connect is None:
        from desktop_app.services.sync_pass import default_client_factory

        connect = default_client_factory(ctx)
    with ctx.db.session() as session:
        if media_repo.get_batch(session, batch_id) is None:  # before any network
            raise LookupError(f"no batch with id {batch_id}")
        facts = media_repo.batch_facts(session, batch_id)
    sha1s = [item.sha1 for item in facts if item.sha1]
    names = [item.file_name for item in facts if item.title.strip()]
    try:
        client = connect()
    except (WikiError, DeliveryError) as exc:
        raise WikiUnreachable(_message(exc), _code(exc)) from exc
    try:
        policy = wiki_file_policy(client, commons_file_policy())
        findings = WikiFindings(
            by_sha1=files_with_sha1(client, sha1s), by_title=existing_file_titles(client, names)
        )
    except WikiError as exc:
        raise WikiUnreachable(_message(exc), _code(exc)) from exc
    finally:
        client.close()
    save_file_type_policy(ctx.paths.cache, policy)
    return OnlineFindings(batch_id, policy, findings)


def check_batch_online(
    ctx: AppContext, batch_id: int, connect: Callable[[], WikiClient] | None = None
) -> tuple[list[ItemCheck], OnlineFindings]:
    """:func:`fetch_online_findings`, then the full check with them."""
    online = fetch_online_findings(ctx, batch_id, connect)
    return run_batch_check(ctx.db, batch_id, online.policy, online.findings), online


def _code(exc: WikiError | DeliveryError) -> str:
    """``offline``, ``login_failed``, ``not_configured``, ``no_password`` or the wiki's own."""
    fault = exc.fault
    return halt_reason(fault) if stops_the_pass(fault) else fault.code


def _message(exc: BaseException) -> str:
    if isinstance(exc, DeliveryError):
        return exc.message
    return str(exc) or type(exc).__name__
