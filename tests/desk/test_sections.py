"""Reading request sections from wikitext: Fieldkit's and hand-written ones, odd formats."""

from __future__ import annotations

from desktop_app.core.desk import DeskState
from desktop_app.core.desk_reply import append_to_section, render_wiki_reply
from desktop_app.core.desk_sections import find_section, request_sections, split_sections
from desktop_app.core.desk_status import PublicStatus, read_status, status_line, with_status
from desktop_app.core.help_request import RequestForm
from desktop_app.core.help_request_text import content_from_form, render_section_text
from desktop_app.core.replies import extract_replies
from tests.partnerships.helpers import NASTY

UUID = "0b7e5c2a-1111-4a2b-9c3d-123456789abc"
REPLY = "5d1e0f7a-2222-4b3c-8d4e-abcdef012345"
SIGNED = "[[User:Maja|Maja]] ([[User talk:Maja|talk]]) 09:15, 3 November 2026 (UTC)"

ODD_PAGE = f"""Intro text of the page, not a request.
{{{{Archive box}}}}

==Help with 300 maps==
We have 300 maps.
Can you help? {SIGNED}
:Sure, send a sample. [[User:Desk|Desk]] 10:00, 3 November 2026 (UTC)

== '''Urgent''': licence question  ==
<nowiki>== not a heading ==</nowiki>
Text with {{{{template}}}} and <b>html</b> and [[Category:Oops]]
=== A sub-heading of the request ===
more text, never signed

<!-- == a commented heading == -->
== Empty ==
"""


def test_hand_written_requests_with_odd_formatting_are_read_as_text() -> None:
    sections = request_sections(ODD_PAGE)

    assert [s.subject for s in sections] == [
        "Help with 300 maps",
        "Urgent: licence question",
        "Empty",
    ]
    maps, licence, empty = sections
    assert maps.requester_user == "Maja" and maps.signed_at.startswith("09:15")
    assert maps.text.startswith("We have 300 maps.")
    assert [reply.author for reply in maps.replies] == ["Desk"]
    assert "<b>html</b>" in licence.text and "{{template}}" in licence.text
    assert "A sub-heading of the request" in licence.text  # level 3 stays inside
    assert empty.text == ""
    # MediaWiki's section numbers: nowiki and comments do not count, level 3 does.
    assert [s.number for s in sections] == [1, 2, 4]
    assert len(split_sections(ODD_PAGE)) == 4


def test_keys_stay_when_a_status_line_and_replies_are_added() -> None:
    before = request_sections(ODD_PAGE)
    section = before[0].wikitext
    changed = with_status(section, PublicStatus(DeskState.WITH_COMMITTEE, "Anna; B -->"))
    changed = append_to_section(changed, render_wiki_reply(REPLY, "We will look."))
    page = ODD_PAGE.replace(section, changed)

    again = find_section(page, before[0].key)

    assert again is not None and again.text == before[0].text
    assert again.status == PublicStatus(DeskState.WITH_COMMITTEE, "Anna; B -->")
    assert again.reply_uuids == (REPLY,)
    assert read_status(status_line(PublicStatus())) == PublicStatus()


def test_fieldkit_section_fields_and_reply_seen_by_the_requester() -> None:
    form = RequestForm(
        subject="Plates",
        body=NASTY,
        requester_name="Karin",
        requester_username="Karin Volunteer",
        impact="Rural | history",
    )
    section = "== Plates ==\n" + render_section_text(content_from_form(UUID, form))
    section += " 12:00, 1 November 2026 (UTC)"  # what ~~~~ becomes
    status = with_status(section, PublicStatus(DeskState.ACCEPTED))
    page = "Intro\n" + append_to_section(status, render_wiki_reply(REPLY, "Yes!\n== x =="))
    page = page.replace("~~~~", SIGNED)

    (read,) = request_sections(page)

    assert read.key == f"fieldkit:{UUID}" and read.fieldkit_uuid == UUID
    assert read.text == NASTY  # typed text back as typed (shown as text)
    assert read.fields["impact"] == "Rural | history"
    assert read.requester_name == "Karin" and read.requester_user == "Karin Volunteer"
    assert read.status == PublicStatus(DeskState.ACCEPTED)
    replies = extract_replies(page, UUID)  # the requester's own parser
    assert replies is not None and len(replies) == 1
    assert "Yes!" in replies[0].text and "Helpdesk status" not in replies[0].text
