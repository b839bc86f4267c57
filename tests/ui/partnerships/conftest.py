"""Fixtures for the Partnerships area: the area shown in the main window, some partners."""

from __future__ import annotations

import pytest

from desktop_app.services.partnerships import PartnershipView, create_partnership
from desktop_app.store.context import AppContext
from desktop_app.ui.areas.partnerships import PartnershipsArea
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def area(window: MainWindow) -> PartnershipsArea:
    """The Partnerships area, navigated to (as Ctrl+1 does)."""
    window.show_area(window.areas.index(window.partnerships_area))
    return window.partnerships_area


@pytest.fixture
def museum(ctx: AppContext) -> PartnershipView:
    return create_partnership(
        ctx.db,
        "Gotlands museum",
        kind="museum",
        country="SE",
        status="talking",
        contact_name="Anna Berg",
        licence_id="cc-by-4.0",
    )


@pytest.fixture
def three_partners(ctx: AppContext, museum: PartnershipView) -> list[PartnershipView]:
    return [
        museum,
        create_partnership(ctx.db, "Riksarkivet Visby", kind="archive", status="idea"),
        create_partnership(
            ctx.db,
            "Tartu University Library",
            kind="library",
            status="agreed",
            notes="Met them at the Wikimedia meetup",
        ),
    ]


def open_in_area(area: PartnershipsArea, partnership_id: int) -> None:
    """Refresh the list (data was made behind the area's back) and select one partner."""
    area.refresh()
    assert area.list_pane.select(partnership_id)
    assert area.detail.partnership_id == partnership_id
