"""Partnerships area (not built yet): says what it will hold."""

from __future__ import annotations

from desktop_app.ui.areas.empty_state import EmptyStateArea


class PartnershipsArea(EmptyStateArea):
    """One page per partner institution, later; an honest empty state now."""

    def title(self) -> str:
        return self.tr("Partnerships")

    def description(self) -> str:
        return self.tr(
            "Here you will keep one page per partner institution: who your contacts are, "
            "what was agreed, which licence they chose and a checklist of what is done. "
            "This part of Fieldkit is not built yet. Until it is, you can ask the helpdesk "
            "for help under Requests."
        )
