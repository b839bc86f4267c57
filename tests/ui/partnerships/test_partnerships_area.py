"""The Partnerships area: create, edit as you type, search and filter, licence choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.services.partnerships import (
    PartnershipView,
    create_partnership,
    find_partnership,
    get_partnership,
    list_partnerships,
)
from desktop_app.store.context import AppContext
from desktop_app.ui.areas.partnerships import PartnershipsArea
from desktop_app.ui.main_window import MainWindow
from tests.ui.partnerships.conftest import open_in_area


def line_edit(area: PartnershipsArea, field: str) -> QLineEdit:
    editor = area.detail.form.rows[field].editor
    assert isinstance(editor, QLineEdit)
    return editor


def shown_names(area: PartnershipsArea) -> list[str]:
    model = area.list_pane.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_empty_area_explains_how_to_start(area: PartnershipsArea) -> None:
    pane = area.list_pane
    assert pane.stack.currentWidget() is pane.empty_label
    assert "No partnerships yet" in pane.empty_label.text()
    assert area.detail.stack.currentWidget() is area.detail.nothing_label


def test_new_partnership_is_created_from_its_name_and_opened(
    qtbot: QtBot, area: PartnershipsArea, ctx: AppContext
) -> None:
    area.list_pane.new_button.click()
    dialog = area.new_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Gotlands  museum ")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    created = find_partnership(ctx.db, "Gotlands museum")
    assert created is not None
    assert not dialog.isVisible()
    assert shown_names(area) == ["Gotlands museum"]
    assert area.detail.partnership_id == created.id
    assert area.detail.name_heading.text() == "Gotlands museum"


def test_a_taken_name_is_refused_in_the_dialog_which_stays_open(
    area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    area.start_new()
    dialog = area.new_dialog
    assert dialog is not None
    dialog.name_edit.setText("GOTLANDS MUSEUM")
    dialog.submit()
    assert dialog.isVisible()
    assert not dialog.error_label.isHidden()
    assert "already" in dialog.error_label.text()
    assert len(list_partnerships(ctx.db)) == 1


def test_typed_contact_is_in_the_database_within_a_second(
    qtbot: QtBot, area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    open_in_area(area, museum.id)
    editor = line_edit(area, "contact_name")
    editor.clear()
    qtbot.keyClicks(editor, "Karin Lund, archivist")

    def saved() -> None:
        assert get_partnership(ctx.db, museum.id).contact_name == "Karin Lund, archivist"

    qtbot.waitUntil(saved, timeout=1000)
    assert area.detail.form.save_status.text() == "Saved"


def test_leaving_the_area_saves_at_once(
    window: MainWindow, area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    open_in_area(area, museum.id)
    line_edit(area, "credit_line").setText("Gotlands museum, CC BY 4.0")
    window.show_area(window.areas.index(window.requests_area))  # no timer had a chance
    assert get_partnership(ctx.db, museum.id).credit_line == "Gotlands museum, CC BY 4.0"


def test_choosing_a_stage_saves_it_and_the_list_follows(
    area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    open_in_area(area, museum.id)
    combo = area.detail.form.rows["status"].editor
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("agreed"))
    assert get_partnership(ctx.db, museum.id).status == "agreed"
    assert area.list_pane.model.index(0, 2).data() == "Agreed"


def test_an_emptied_name_is_refused_next_to_the_field_and_the_rest_still_saves(
    qtbot: QtBot, area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    open_in_area(area, museum.id)
    line_edit(area, "name").clear()
    line_edit(area, "languages").setText("sv, en")
    area.detail.form.flush()

    message = area.detail.form.rows["name"].message
    assert not message.isHidden()
    assert message.text() == "A name is needed."
    stored = get_partnership(ctx.db, museum.id)
    assert stored.name == "Gotlands museum"  # the last good name stays
    assert stored.languages == "sv, en"


def test_a_bad_date_says_how_to_write_it(
    area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    open_in_area(area, museum.id)
    line_edit(area, "agreed_on").setText("31/5/2024")
    area.detail.form.flush()
    assert "YYYY-MM-DD" in area.detail.form.rows["agreed_on"].message.text()
    line_edit(area, "agreed_on").setText("2024-05-31")
    area.detail.form.flush()
    assert area.detail.form.rows["agreed_on"].message.isHidden()
    assert str(get_partnership(ctx.db, museum.id).agreed_on) == "2024-05-31"


def test_licence_choice_is_saved_and_explained_for_the_partner(
    area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    open_in_area(area, museum.id)
    chooser = area.detail.form.licence
    assert "credit" in chooser.summary_label.text()
    chooser.combo.setCurrentIndex(chooser.combo.findData("cc0-1.0"))
    assert get_partnership(ctx.db, museum.id).licence_id == "cc0-1.0"
    assert "waives all rights" in chooser.summary_label.text()
    assert "GLAM" in chooser.for_partner_label.text()
    assert not chooser.for_partner_label.isHidden()


def test_search_and_filters_narrow_the_list(
    qtbot: QtBot, area: PartnershipsArea, three_partners: list[PartnershipView]
) -> None:
    area.refresh()
    assert len(shown_names(area)) == 3
    qtbot.keyClicks(area.list_pane.search_edit, "meetup")
    qtbot.waitUntil(lambda: shown_names(area) == ["Tartu University Library"], timeout=1000)

    area.list_pane.search_edit.clear()
    qtbot.waitUntil(lambda: len(shown_names(area)) == 3, timeout=1000)
    kinds = area.list_pane.kind_filter
    kinds.setCurrentIndex(kinds.findData("archive"))
    assert shown_names(area) == ["Riksarkivet Visby"]

    statuses = area.list_pane.status_filter
    statuses.setCurrentIndex(statuses.findData("done"))
    assert shown_names(area) == []
    assert area.list_pane.stack.currentWidget() is area.list_pane.no_match_label


def test_a_new_partnership_hidden_by_a_filter_is_still_opened(
    area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    kinds = area.list_pane.kind_filter
    kinds.setCurrentIndex(kinds.findData("archive"))
    created = create_partnership(ctx.db, "Nordiska museet", kind="museum")
    area.open_partnership(created.id)
    assert area.detail.partnership_id == created.id
    assert kinds.currentIndex() == 0
