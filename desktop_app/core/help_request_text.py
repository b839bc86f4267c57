"""The wikitext of a help request as posted to the helpdesk page.

The request's stable id goes into an HTML comment so a later attempt can find out
whether an earlier one already arrived. Every value the volunteer typed passes through
:mod:`desktop_app.core.wikitext` escaping: it shows literally and cannot add headings,
categories, templates or signatures. The one signature is ours, at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.help_request import HELP_WANTED_LABELS, RequestForm, is_valid_username
from desktop_app.core.wikitext import escape_block, escape_inline, marker_comment

SIGNATURE_LINE = "''Sent with Fieldkit.'' ~~~~"
ATTACHMENTS_NOTE = "sent to the helpdesk by email"


@dataclass(frozen=True)
class HelpRequestContent:
    """The parts of a request that are sent; a plain value so rendering is testable.

    ``subject`` and ``body`` mirror ``form`` for callers that only have those two.
    """

    uuid: str
    subject: str
    body: str
    partnership: str = ""
    form: RequestForm = field(default_factory=RequestForm)
    checklist_step: str = ""
    attachments_mailed: bool = False

    @property
    def partner(self) -> str:
        """The partner's name: the partnership's, else what was typed in the form."""
        return self.partnership or self.form.partner_name


def content_from_form(
    uuid: str,
    form: RequestForm,
    *,
    partnership: str = "",
    checklist_step: str = "",
    attachments_mailed: bool = False,
) -> HelpRequestContent:
    """What is sent for a request whose form is ``form`` (preview and deliveries alike)."""
    return HelpRequestContent(
        uuid=uuid,
        subject=form.subject,
        body=form.body,
        partnership=partnership,
        form=form,
        checklist_step=checklist_step,
        attachments_mailed=attachments_mailed,
    )


def request_marker(uuid: str) -> str:
    """The hidden comment that identifies a request's section on the page."""
    return marker_comment("request", uuid)


def section_title(content: HelpRequestContent) -> str:
    """Heading of the new section (escaped; never empty)."""
    return escape_inline(content.subject) or "Help request"


def _one_line(text: str) -> str:
    """Multi-line text inside a list item: lines joined by <br />, every line escaped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br />".join(escape_inline(line) for line in lines if line.strip())


def _requester_line(form: RequestForm) -> str:
    parts = []
    if form.requester_name.strip():
        parts.append(escape_inline(form.requester_name))
    username = form.requester_username.strip()
    if username:
        shown = escape_inline(username)
        # Only a name MediaWiki could have is put in a link; anything else stays text.
        parts.append(f"([[User:{shown}|{shown}]])" if is_valid_username(username) else shown)
    who = " ".join(parts)
    details = []
    if form.requester_affiliation.strip() or form.requester_affiliation_kind:
        affiliation = escape_inline(form.requester_affiliation)
        kind = escape_inline(form.requester_affiliation_kind.replace("-", " "))
        details.append(f"{affiliation} ({kind})" if affiliation and kind else affiliation or kind)
    if form.requester_country.strip():
        details.append(escape_inline(form.requester_country))
    if form.requester_languages.strip():
        details.append("languages: " + escape_inline(form.requester_languages))
    return "; ".join(part for part in [who, *details] if part)


def _help_line(form: RequestForm) -> str:
    labels = []
    for value in form.help_wanted:
        label = HELP_WANTED_LABELS.get(value, value)
        if value == "other" and form.help_other.strip():
            label = f"{label}: {form.help_other}"
        labels.append(escape_inline(label))
    return ", ".join(labels)


def render_section_text(content: HelpRequestContent) -> str:
    """Body of the new section: marker, fields, the user's text, a signature."""
    form = content.form
    lines = [request_marker(content.uuid)]
    requester = _requester_line(form)
    if requester:
        lines += [f"'''Requester:''' {requester}", ""]
    if content.partner.strip():
        lines += [f"'''Partner:''' {escape_inline(content.partner)}", ""]
    if content.checklist_step.strip():
        lines += [f"'''About the step:''' {escape_inline(content.checklist_step)}", ""]
    lines.append(escape_block(content.body))
    lines.append("")
    items = [
        ("Kind of material", form.material_kind),
        ("Rough volume", form.volume),
        ("Expected outcome", form.expected_outcome),
        ("Impact", form.impact),
        ("Knowledge gap it fills", form.knowledge_gap),
        ("Partner's commitment", form.partner_commitment),
        ("Licence status", form.licence_status),
    ]
    listed = [f"* '''{label}:''' {_one_line(value)}" for label, value in items if value.strip()]
    help_wanted = _help_line(form)
    if help_wanted:
        listed.append(f"* '''Help wanted:''' {help_wanted}")
    if form.attachments:
        names = ", ".join(
            f"{escape_inline(a.filename)} ({_size(a.size)})" for a in form.attachments
        )
        note = f" ({ATTACHMENTS_NOTE})" if content.attachments_mailed else ""
        listed.append(f"* '''Attachments:''' {names}{note}")
    if listed:
        lines += [*listed, ""]
    lines.append(SIGNATURE_LINE)
    return "\n".join(lines)


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
