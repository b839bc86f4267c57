"""Partnerships and their checklists through the services (no network)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.checklists import TemplateItem, combine
from desktop_app.core.form_checks import InvalidInput
from desktop_app.services import checklists
from desktop_app.services.partnerships import (
    create_partnership,
    find_partnership,
    list_partnerships,
    update_partnership,
)
from desktop_app.services.requests.drafts import get_request, preview_request
from desktop_app.store.bundled import get_template
from desktop_app.store.context import AppContext


def test_a_partnership_is_saved_with_every_field_and_unicode(ctx: AppContext) -> None:
    view = create_partnership(
        ctx.db,
        "  متحف   الفن  ",
        kind="museum",
        country="EG",
        languages="ar, en",
        contact_name="ليلى",
        notes="‏ملاحظة‎",
        first_contact_on="2026-03-01",
    )
    assert view.name == "متحف الفن"  # whitespace normalised
    assert (view.kind, view.status, view.first_contact_on.isoformat()) == (  # type: ignore[union-attr]
        "museum",
        "idea",
        "2026-03-01",
    )
    updated = update_partnership(ctx.db, view.id, status="talking", notes="second note")
    assert (updated.status, updated.notes, updated.contact_name) == (
        "talking",
        "second note",
        "ليلى",
    )


def test_names_are_unique_ignoring_case(ctx: AppContext) -> None:
    create_partnership(ctx.db, "Ålands museum")
    with pytest.raises(InvalidInput) as refused:
        create_partnership(ctx.db, "ÅLANDS MUSEUM")
    assert refused.value.codes == ["partnership.name_taken"]
    assert find_partnership(ctx.db, "ålands museum") is not None


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"kind": "zoo"}, "partnership.kind_unknown"),
        ({"status": "maybe"}, "partnership.status_unknown"),
        ({"first_contact_on": "March"}, "date.invalid"),
    ],
)
def test_bad_fields_are_refused_with_a_code(
    ctx: AppContext, fields: dict[str, str], code: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        create_partnership(ctx.db, "Archive", **fields)
    assert code in refused.value.codes


def test_list_searches_and_filters(ctx: AppContext) -> None:
    create_partnership(ctx.db, "Riksarkivet", kind="archive", country="SE", notes="glass plates")
    create_partnership(ctx.db, "Nordiska museet", kind="museum", country="SE", status="agreed")
    create_partnership(ctx.db, "Bibliothèque", kind="library", country="FR")
    names = lambda views: [v.name for v in views]  # noqa: E731
    assert names(list_partnerships(ctx.db)) == ["Bibliothèque", "Nordiska museet", "Riksarkivet"]
    assert names(list_partnerships(ctx.db, search="GLASS")) == ["Riksarkivet"]
    assert names(list_partnerships(ctx.db, kinds=["museum", "library"])) == [
        "Bibliothèque",
        "Nordiska museet",
    ]
    assert names(list_partnerships(ctx.db, statuses=["agreed"], countries=["se"])) == [
        "Nordiska museet"
    ]


def test_checklist_progress_counts_done_out_of_applicable(ctx: AppContext) -> None:
    partner = create_partnership(ctx.db, "Museum")
    checklists.add_checklist(ctx.db, partner.id, "forming-partnership")
    checklists.add_checklist(ctx.db, partner.id, "reporting")
    forming, reporting = checklists.get_checklists(ctx.db, partner.id)
    assert forming.title == "Forming a partnership"
    assert any("CC0" in item.title for item in forming.items)
    checklists.update_item(
        ctx.db,
        forming.items[0].id,
        status="done",
        note="Met Anna",
        due_on="2026-05-01",
        responsible="Karin",
    )
    checklists.update_item(ctx.db, forming.items[1].id, status="not_applicable")

    again = checklists.get_checklists(ctx.db, partner.id)[0]
    assert (again.items[0].note, again.items[0].responsible) == ("Met Anna", "Karin")
    assert again.progress.to_dict()["done"] == 1
    assert again.progress.applicable == len(forming.items) - 1
    total = checklists.partnership_progress(ctx.db, partner.id)
    assert (total.done, total.applicable) == (1, len(forming.items) - 1 + len(reporting.items))
    assert combine(checklists.progress_by_partnership(ctx.db).values()).done == 1
    with pytest.raises(InvalidInput):
        checklists.update_item(ctx.db, forming.items[0].id, status="half-done")


def test_newer_template_version_adds_steps_and_keeps_recorded_progress(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner = create_partnership(ctx.db, "Museum")
    checklists.add_checklist(ctx.db, partner.id, "reporting")
    first = checklists.get_checklists(ctx.db, partner.id)[0]
    for item in first.items[:2]:
        checklists.update_item(ctx.db, item.id, status="done", note=f"note {item.key}")
    old = get_template("reporting")
    newer = replace(
        old,
        version=old.version + 1,
        items=(*old.items[1:], TemplateItem(key="thank-partner", title="Thank the partner")),
    )
    monkeypatch.setattr(checklists, "get_template", lambda template_id: newer)

    upgraded = checklists.get_checklists(ctx.db, partner.id)[0]

    keys = [item.key for item in upgraded.items]
    assert keys == [item.key for item in newer.items]  # dropped step hidden, new one added
    assert upgraded.version == old.version + 1
    kept = next(item for item in upgraded.items if item.key == first.items[1].key)
    assert (kept.status, kept.note) == ("done", f"note {first.items[1].key}")
    assert upgraded.items[-1].status == "open"
    # The dropped step's progress is still stored: an older template brings it back.
    monkeypatch.setattr(checklists, "get_template", lambda template_id: old)
    restored = checklists.get_checklists(ctx.db, partner.id)[0]
    assert restored.items[0].status == "done"


def test_asking_the_helpdesk_about_a_step_prefills_partnership_and_step(ctx: AppContext) -> None:
    partner = create_partnership(ctx.db, "Stadsarkivet")
    checklists.add_checklist(ctx.db, partner.id, "forming-partnership")
    step = checklists.get_checklists(ctx.db, partner.id)[0].items[3]

    request_id = checklists.ask_helpdesk_about_step(ctx.db, step.id)

    detail = get_request(ctx.db, request_id)
    assert detail.partnership_id == partner.id and detail.checklist_item_id == step.id
    assert step.title in detail.form.subject
    assert detail.form.partner_name == "Stadsarkivet"
    assert step.title.replace("—", "") in preview_request(ctx.db, request_id).email_text


def test_progress_of_every_partnership_at_once_matches_each_one(ctx: AppContext) -> None:
    museum = create_partnership(ctx.db, "Museum of Maps")
    archive = create_partnership(ctx.db, "Film Archive")
    checklists.add_checklist(ctx.db, museum.id, "forming-partnership")
    checklists.add_checklist(ctx.db, museum.id, "batch-upload")
    checklists.add_checklist(ctx.db, archive.id, "reporting")
    steps = checklists.get_checklists(ctx.db, museum.id)[0].items
    checklists.update_item(ctx.db, steps[0].id, status="done")
    checklists.update_item(ctx.db, steps[1].id, status="not_applicable")

    every = checklists.progress_by_partnership(ctx.db)

    assert set(every) == {museum.id, archive.id}
    for partnership_id, figures in every.items():
        assert figures == checklists.partnership_progress(ctx.db, partnership_id)
    assert (every[museum.id].done, every[archive.id].done) == (1, 0)
    assert every[museum.id].applicable == every[museum.id].total - 1
