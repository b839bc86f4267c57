"""The desk's outbox kinds and their deliveries (replies and public state)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.core.settings import AppSettings
from desktop_app.sync.deliveries.desk_mail import DeskImapStatusDelivery, DeskMailReplyDelivery
from desktop_app.sync.deliveries.desk_wiki import DeskWikiReplyDelivery, DeskWikiStatusDelivery
from desktop_app.sync.deliveries.email import SentJournal
from desktop_app.wiki.client import WikiClient

if TYPE_CHECKING:
    from desktop_app.sync.outbox import Delivery


def desk_deliveries(
    settings: AppSettings, client: Callable[[], WikiClient], journal: SentJournal
) -> dict[str, Delivery]:
    """Every desk delivery, registered always (a data folder without a desk has no such
    entries; one whose desk was switched off still sends what was queued)."""
    deliveries: list[Delivery] = [
        DeskWikiReplyDelivery(client),
        DeskWikiStatusDelivery(client),
        DeskMailReplyDelivery(settings, journal),
        DeskImapStatusDelivery(settings),
    ]
    return {delivery.kind: delivery for delivery in deliveries}
