"""A partnership agreement *draft* as HTML, from a partnership's data and licence choice.

HTML because Qt can turn it into both formats the volunteer needs without more libraries:
``QTextDocument.setHtml`` then ``QPdfWriter`` (PDF) or ``QTextDocumentWriter`` with format
``"odf"`` (ODT, editable). Only simple HTML that ``QTextDocument`` understands is used.
Anything missing appears as a visible blank to fill in by hand. Not legal advice, and the
document says so at the top.

The words come from a :class:`~desktop_app.core.phrases.Phrases` table in the partner's
language (``resources/documents/agreement.yaml``, read by ``store.bundled``), so this module
does no I/O. Right-to-left languages get ``dir="rtl"`` on the document and on every block,
because ``QTextDocument`` takes a paragraph's direction from its own ``dir`` (or guesses it
from the first letter), not from the page; names and dates are wrapped in Unicode isolates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from desktop_app.core.licences import Licence
from desktop_app.core.phrases import Phrases

BLANK = "_" * 24


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


def _value(phrases: Phrases, text: str, hint_key: str) -> str:
    """The escaped value, or a blank labelled with what belongs there."""
    if text.strip():
        return phrases.isolate(escape(text.strip()).replace("\n", "<br>"))
    hint = escape(phrases.text(hint_key))
    return f'<span style="color:#555">{BLANK} <i>({hint})</i></span>'


def missing_fields(data: AgreementData) -> list[str]:
    """Which parts are still blank (the UI can point at them before printing)."""
    names = ("partner_name", "partner_contact", "volunteer_name", "material", "credit_line")
    missing = [name for name in names if not str(getattr(data, name)).strip()]
    if data.licence is None:
        missing.append("licence")
    return missing


def render_agreement_html(data: AgreementData, phrases: Phrases) -> str:
    """The complete draft as one HTML document, in the language of ``phrases``."""
    p = phrases
    # On every block of a right-to-left document: Qt does not inherit it from <html>.
    d = ' dir="rtl"' if p.right_to_left else ""
    language = p.language
    licence = data.licence
    if licence is None:
        licence_text = _value(p, "", "hint_licence")
        licence_meaning = ""
    else:
        label = escape(licence.text("label", language))  # translated: no isolate
        licence_text = f"{label} (<i>{p.isolate(escape(licence.url), left_to_right=True)}</i>)"
        licence_meaning = f"<p{d}>{escape(licence.text('summary', language))}</p>"
        if licence.text("for_partner", language):
            licence_meaning += f"<p{d}>{escape(licence.text('for_partner', language))}</p>"
    drafted = (
        p.isolate(data.drafted_on.isoformat(), left_to_right=True)
        if data.drafted_on
        else _value(p, "", "hint_date")
    )
    rights = p.html(
        "rights_public_domain"
        if licence is not None and licence.is_public_domain
        else "rights_licensed"
    )
    date_blank = _value(p, "", "hint_date")
    partner = _value(p, data.partner_name, "hint_partner_name")
    country = _value(p, data.partner_country, "hint_country")
    head = f'<meta charset="utf-8"><title>{p.html("title")}</title>'
    if p.font_family:
        head += f"<style>body {{ font-family: {p.font_family}; }}</style>"
    return f"""<html lang="{escape(language)}" dir="{p.direction}"><head>{head}</head>
<body{d}>
<p{d} style="border:1px solid #999; padding:6px"><b>{p.html("draft_notice")}</b>
{p.html("disclaimer")}</p>
<h1{d}>{p.html("heading")}</h1>
<p{d}>{p.html("drafted_on", date=drafted)}</p>
<h2{d}>{p.html("parties_heading")}</h2>
<p{d}><b>{p.html("partner")}</b> {partner}{p.html("list_separator")}{country}<br>
<b>{p.html("partner_contact")}</b> {_value(p, data.partner_contact, "hint_contact")}</p>
<p{d}><b>{p.html("volunteers")}</b> {_value(p, data.volunteer_name, "hint_volunteer")}<br>
<b>{p.html("affiliate")}</b> {_value(p, data.affiliate, "hint_affiliate")}</p>
<h2{d}>{p.html("material_heading")}</h2>
<p{d}>{_value(p, data.material, "hint_material")}</p>
<h2{d}>{p.html("licence_heading")}</h2>
<p{d}>{p.html("licence_release", licence=licence_text)}</p>
{licence_meaning}
<p{d}>{rights} {p.html("irrevocable")}</p>
<h2{d}>{p.html("credit_heading")}</h2>
<p{d}>{p.html("credit", credit=_value(p, data.credit_line, "hint_credit"))}
{p.html("credit_category")}</p>
<h2{d}>{p.html("metadata_heading")}</h2>
<p{d}>{p.html("metadata")}</p>
<h2{d}>{p.html("timeline_heading")}</h2>
<p{d}>{p.html("timeline", delivery=date_blank, upload=date_blank, report=date_blank)}</p>
<h2{d}>{p.html("changes_heading")}</h2>
<p{d}>{p.html("changes")}</p>
<h2{d}>{p.html("signatures_heading")}</h2>
<p{d}>{p.html("sign_partner")} {BLANK} &nbsp; {p.html("sign_date")} {BLANK}</p>
<p{d}>{p.html("sign_volunteers")} {BLANK} &nbsp; {p.html("sign_date")} {BLANK}</p>
</body></html>
"""
