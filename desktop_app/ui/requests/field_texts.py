"""Translated labels and hints for the help-request form fields.

The field names are the core's (``core.help_request.FORM_FIELDS``); the words are the UI's,
so the core stays free of Qt. ``QCoreApplication.translate`` with one context keeps them
together in the translators' catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate only extracts calls whose context and text are literals, so every call
# spells both out (a helper taking the text as an argument hides it from lupdate).
translate = QCoreApplication.translate


def field_label(name: str) -> str:
    """The label shown above a form field."""
    labels = {
        "subject": translate("RequestFields", "&Subject"),
        "body": translate("RequestFields", "Message &to the helpdesk"),
        "requester_name": translate("RequestFields", "Your name"),
        "requester_username": translate("RequestFields", "Wiki user name"),
        "requester_affiliation_kind": translate("RequestFields", "You ask as"),
        "requester_affiliation": translate("RequestFields", "Affiliate or group"),
        "requester_country": translate("RequestFields", "Country"),
        "requester_languages": translate("RequestFields", "Languages you work in"),
        "requester_email": translate("RequestFields", "Email address"),
        "partner_name": translate("RequestFields", "Partner institution"),
        "material_kind": translate("RequestFields", "Kind of material"),
        "volume": translate("RequestFields", "Rough volume"),
        "expected_outcome": translate("RequestFields", "Expected outcome"),
        "impact": translate("RequestFields", "Impact"),
        "knowledge_gap": translate("RequestFields", "Knowledge gap it fills"),
        "partner_commitment": translate("RequestFields", "Partner's commitment"),
        "licence_status": translate("RequestFields", "Licence status"),
        "help_wanted": translate("RequestFields", "Help wanted"),
        "help_other": translate("RequestFields", "Other help"),
        "attachments": translate("RequestFields", "Attachments"),
    }
    return labels.get(name, name)


def field_placeholder(name: str) -> str:
    """A short example inside an empty field ("" for none)."""
    hints = {
        "subject": translate("RequestFields", "What do you need help with?"),
        "body": translate(
            "RequestFields",
            "Describe the partner, the material and what you plan to do. "
            "Your text is saved as you type.",
        ),
        "requester_username": translate("RequestFields", "As on the wiki, without “User:”"),
        "requester_country": translate("RequestFields", "e.g. Kenya"),
        "requester_languages": translate("RequestFields", "e.g. Swahili, English"),
        "requester_email": translate("RequestFields", "name@example.org"),
        "partner_name": translate("RequestFields", "e.g. National Museum of …"),
        "material_kind": translate(
            "RequestFields", "Photographs, maps, sound recordings, metadata…"
        ),
        "volume": translate("RequestFields", "e.g. about 2,000 scans, 40 GB"),
        "expected_outcome": translate(
            "RequestFields", "What should be on Commons when this is done?"
        ),
        "impact": translate("RequestFields", "Who will use it, on which wikis?"),
        "knowledge_gap": translate("RequestFields", "What is missing on the wikis today?"),
        "partner_commitment": translate(
            "RequestFields", "Staff time, scanning, metadata the partner provides…"
        ),
        "licence_status": translate(
            "RequestFields", "Agreed to CC BY-SA? Still discussing? Public domain?"
        ),
        "help_other": translate("RequestFields", "Say what other help you need"),
    }
    return hints.get(name, "")


def affiliation_kind_label(kind: str) -> str:
    """Words for one ``AFFILIATION_KINDS`` value ("" means not chosen yet)."""
    labels = {
        "": translate("RequestFields", "(not chosen)"),
        "affiliate": translate(
            "RequestFields", "A Wikimedia affiliate (chapter, thematic organisation)"
        ),
        "user-group": translate("RequestFields", "A Wikimedia user group"),
        "individual": translate("RequestFields", "An individual volunteer"),
    }
    return labels.get(kind, kind)


def help_wanted_label(value: str) -> str:
    """Words for one ``HELP_WANTED`` value."""
    labels = {
        "agreement": translate("RequestFields", "Partnership agreement"),
        "licence-advocacy": translate(
            "RequestFields", "Talking with the partner about free licences"
        ),
        "batch-upload": translate("RequestFields", "Batch upload"),
        "metadata": translate("RequestFields", "Metadata"),
        "sharing-outcomes": translate("RequestFields", "Sharing outcomes with the partner"),
        "other": translate("RequestFields", "Other"),
    }
    return labels.get(value, value)


def group_title(group: str) -> str:
    """The heading of one group of fields."""
    titles = {
        "request": translate("RequestFields", "Request"),
        "requester": translate("RequestFields", "Who is asking"),
        "description": translate("RequestFields", "The material"),
        "justification": translate("RequestFields", "Why it matters"),
        "help_wanted": translate("RequestFields", "Help wanted"),
        "attachments": translate("RequestFields", "Attachments"),
    }
    return titles.get(group, group)


def field_hint(name: str) -> str:
    """What a screen reader reads after a field's name when it has no example to show."""
    hints = {
        "requester_name": translate(
            "RequestFields", "Your name, so that the helpdesk knows whom it answers."
        ),
        "requester_affiliation_kind": translate(
            "RequestFields",
            "Whether you write for a Wikimedia affiliate, a user group or yourself.",
        ),
        "requester_affiliation": translate(
            "RequestFields", "The affiliate or user group you write for, if any."
        ),
    }
    return hints.get(name, "")
