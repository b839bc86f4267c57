"""Widgets of the Partnerships area: list, detail form, licence chooser, checklists."""
