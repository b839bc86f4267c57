"""Checklists in the detail pane: add from a template, tick steps, notes, guides, helpdesk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop_app.services.checklists import add_checklist, get_checklists, partnership_progress
from desktop_app.services.partnerships import PartnershipView
from desktop_app.services.requests.drafts import get_request, list_requests
from desktop_app.store.context import AppContext
from desktop_app.ui.areas.partnerships import PartnershipsArea
from desktop_app.ui.main_window import MainWindow
from tests.ui.partnerships.conftest import open_in_area


def step_row(area: PartnershipsArea, checklist: int, step: int) -> QTreeWidgetItem:
    heading = area.detail.checklists.tree.topLevelItem(checklist)
    assert heading is not None
    item = heading.child(step)
    assert item is not None
    return item


def test_without_checklists_the_tab_says_how_to_add_one(
    area: PartnershipsArea, museum: PartnershipView
) -> None:
    open_in_area(area, museum.id)
    pane = area.detail.checklists
    assert pane.stack.currentWidget() is pane.empty_label
    assert "No checklist yet" in pane.empty_label.text()
    assert area.detail.progress_label.text() == "No checklist yet"


def test_adding_a_checklist_from_a_template_lists_its_steps(
    area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    open_in_area(area, museum.id)
    pane = area.detail.checklists
    pane.template_combo.setCurrentIndex(pane.template_combo.findData("forming-partnership"))
    pane.add_button.click()

    [checklist] = get_checklists(ctx.db, museum.id)
    assert checklist.template_id == "forming-partnership"
    assert pane.tree.topLevelItem(0).childCount() == len(checklist.items)  # type: ignore[union-attr]
    assert pane.template_combo.findData("forming-partnership") == -1  # not offered twice
    assert area.list_pane.model.index(0, 3).data() == f"0/{len(checklist.items)}"


def test_ticking_a_step_is_stored_and_moves_the_progress(
    qtbot: QtBot, area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    add_checklist(ctx.db, museum.id, "forming-partnership")
    open_in_area(area, museum.id)
    step_row(area, 0, 0).setCheckState(0, Qt.CheckState.Checked)

    assert get_checklists(ctx.db, museum.id)[0].items[0].status == "done"
    progress = partnership_progress(ctx.db, museum.id)
    qtbot.waitUntil(lambda: area.detail.checklists.progress_bar.value() == progress.percent)
    assert area.detail.progress_label.text() == f"1 of {progress.applicable} steps done"
    assert area.list_pane.overall_label.text().startswith("All partnerships: 1 of")
    assert step_row(area, 0, 0).text(1) == "Done"


def test_not_applicable_leaves_the_step_out_of_the_count(
    qtbot: QtBot, area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    add_checklist(ctx.db, museum.id, "forming-partnership")
    open_in_area(area, museum.id)
    before = partnership_progress(ctx.db, museum.id).applicable
    area.detail.checklists.tree.setCurrentItem(step_row(area, 0, 1))
    area.detail.checklists.editor.status_buttons.button(2).click()

    assert get_checklists(ctx.db, museum.id)[0].items[1].status == "not_applicable"
    assert partnership_progress(ctx.db, museum.id).applicable == before - 1
    qtbot.waitUntil(lambda: step_row(area, 0, 1).text(1) == "Not applicable")


def test_note_due_date_and_person_are_autosaved(
    qtbot: QtBot, area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    add_checklist(ctx.db, museum.id, "forming-partnership")
    open_in_area(area, museum.id)
    area.detail.checklists.tree.setCurrentItem(step_row(area, 0, 0))
    editor = area.detail.checklists.editor
    qtbot.keyClicks(editor.note_edit, "Call after the summer")
    qtbot.keyClicks(editor.responsible_edit, "Sara")
    qtbot.keyClicks(editor.due_edit, "2024-09-01")

    def saved() -> None:
        step = get_checklists(ctx.db, museum.id)[0].items[0]
        assert (step.note, step.responsible, str(step.due_on)) == (
            "Call after the summer",
            "Sara",
            "2024-09-01",
        )

    qtbot.waitUntil(saved, timeout=1000)


def test_a_step_with_a_guide_opens_it_in_the_guides_tab(
    area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    add_checklist(ctx.db, museum.id, "forming-partnership")
    open_in_area(area, museum.id)
    area.detail.checklists.tree.setCurrentItem(step_row(area, 0, 0))  # links a guide
    editor = area.detail.checklists.editor
    assert not editor.guide_button.isHidden()
    editor.guide_button.click()
    assert area.tabs.currentWidget() is area.guides
    assert area.guides.guide_id == "talking-about-licences"
    assert "licence" in area.guides.text.toPlainText()


def test_asking_the_helpdesk_drafts_a_request_and_emits_its_id(
    qtbot: QtBot,
    window: MainWindow,
    area: PartnershipsArea,
    ctx: AppContext,
    museum: PartnershipView,
) -> None:
    add_checklist(ctx.db, museum.id, "forming-partnership")
    open_in_area(area, museum.id)
    area.detail.checklists.tree.setCurrentItem(step_row(area, 0, 0))
    with qtbot.waitSignal(area.helpRequested, timeout=1000) as signal:
        area.detail.checklists.editor.ask_button.click()

    [request] = list_requests(ctx.db)
    assert signal.args == [request.id]
    detail = get_request(ctx.db, request.id)
    assert detail.summary.partnership == "Gotlands museum"
    assert detail.form.subject.startswith("Question about: Make first contact")
    # The main window wires the signal to the Requests area, opened on the new draft.
    assert window.current_area() is window.requests_area
    assert window.requests_area.editor.request_id == request.id


def test_switching_to_swedish_shows_the_steps_and_licence_in_swedish(
    area: PartnershipsArea, ctx: AppContext, museum: PartnershipView
) -> None:
    from desktop_app.store.repositories.settings import update_settings
    from desktop_app.ui.i18n import install_language

    add_checklist(ctx.db, museum.id, "forming-partnership")
    open_in_area(area, museum.id)
    with ctx.db.session() as session:
        update_settings(session, language="sv")
    install_language("sv")  # what choosing Svenska in Settings does
    heading = area.detail.checklists.tree.topLevelItem(0)
    assert heading is not None and heading.text(0) == "Att inleda ett partnerskap"
    assert "Vem som helst" in area.detail.form.licence.summary_label.text()
