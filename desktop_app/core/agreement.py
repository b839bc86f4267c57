"""A partnership agreement *draft* as HTML, from a partnership's data and licence choice.

HTML because Qt can turn it into both formats the volunteer needs without more libraries:
``QTextDocument.setHtml`` then ``QPdfWriter`` (PDF) or ``QTextDocumentWriter`` with format
``"odf"`` (ODT, editable). Only simple HTML that ``QTextDocument`` understands is used.
Anything missing appears as a visible blank to fill in by hand. Not legal advice, and the
document says so at the top.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from desktop_app.core.licences import Licence

BLANK = "_" * 24
DISCLAIMER = (
    "This is a draft prepared with Fieldkit to start a conversation. It is not legal "
    "advice; have it checked before anyone signs it."
)


@dataclass(frozen=True)
class AgreementData:
    """What an agreement draft is made of; a blank field becomes a labelled blank."""

    partner_name: str = ""
    partner_contact: str = ""
    partner_country: str = ""
    volunteer_name: str = ""
    affiliate: str = ""
    material: str = ""
    credit_line: str = ""
    licence: Licence | None = None
    drafted_on: date | None = None


def _value(text: str, hint: str) -> str:
    """The escaped value, or a blank labelled with what belongs there."""
    if text.strip():
        return escape(text.strip()).replace("\n", "<br>")
    return f'<span style="color:#555">{BLANK} <i>({escape(hint)})</i></span>'


def missing_fields(data: AgreementData) -> list[str]:
    """Which parts are still blank (the UI can point at them before printing)."""
    names = ("partner_name", "partner_contact", "volunteer_name", "material", "credit_line")
    missing = [name for name in names if not str(getattr(data, name)).strip()]
    if data.licence is None:
        missing.append("licence")
    return missing


def render_agreement_html(data: AgreementData, language: str = "en") -> str:
    """The complete draft as one HTML document (English text; translations to come)."""
    partner = _value(data.partner_name, "name of the institution")
    licence = data.licence
    if licence is None:
        licence_text = _value("", "licence, e.g. CC BY 4.0")
        licence_meaning = ""
    else:
        licence_text = f"{escape(licence.label)} (<i>{escape(licence.url)}</i>)"
        licence_meaning = f"<p>{escape(licence.text('summary', language))}</p>"
        if licence.text("for_partner", language):
            licence_meaning += f"<p>{escape(licence.text('for_partner', language))}</p>"
    drafted = data.drafted_on.isoformat() if data.drafted_on else _value("", "date")
    rights = (
        "The works are in the public domain; the partner confirms it knows of no rights "
        "that prevent publishing them."
        if licence is not None and licence.is_public_domain
        else "The partner confirms that it holds the rights needed to release the material "
        "under this licence, or has the permission of those who do."
    )
    return f"""<html><head><meta charset="utf-8"><title>Partnership agreement (draft)</title></head>
<body>
<p style="border:1px solid #999; padding:6px"><b>Draft — not legal advice.</b>
{escape(DISCLAIMER)}</p>
<h1>Content partnership agreement (draft)</h1>
<p>Drafted on {drafted}.</p>
<h2>1. The parties</h2>
<p><b>Partner:</b> {partner}, {_value(data.partner_country, "country")}<br>
<b>Contact at the partner:</b> {_value(data.partner_contact, "name, role, email")}</p>
<p><b>Wikimedia volunteer(s):</b> {_value(data.volunteer_name, "name and wiki user name")}<br>
<b>Affiliate or user group:</b> {_value(data.affiliate, "affiliate, or 'individual'")}</p>
<h2>2. The material</h2>
<p>{_value(data.material, "which collection, roughly how many files, in what form")}</p>
<h2>3. Licence</h2>
<p>The partner releases the material on Wikimedia Commons under {licence_text}.</p>
{licence_meaning}
<p>{rights} A free licence cannot be withdrawn for copies already made; files can be
removed from Commons, but re-users keep the rights the licence gave them.</p>
<h2>4. Credit</h2>
<p>Every file description page will name the partner as: {_value(data.credit_line, "credit line")}.
The files will also be gathered in a category for the partner.</p>
<h2>5. Metadata</h2>
<p>The partner provides descriptive metadata for the files and releases it under CC0, so it can
be reused on Wikidata.</p>
<h2>6. Timeline and reporting</h2>
<p>Files delivered by {_value("", "date")}; upload planned for {_value("", "date")}. The volunteers
report back to the partner on use and views by {_value("", "date")}.</p>
<h2>7. Changes and contacts</h2>
<p>Either side can pause the project by telling the other. Changes to this agreement are made in
writing.</p>
<h2>Signatures</h2>
<p>For the partner: {BLANK} &nbsp; Date: {BLANK}</p>
<p>For the volunteers: {BLANK} &nbsp; Date: {BLANK}</p>
</body></html>
"""
