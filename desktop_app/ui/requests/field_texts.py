"""Translated labels and hints for the help-request form fields.

The field names are the core's (``core.help_request.FORM_FIELDS``); the words are the UI's,
so the core stays free of Qt. ``QCoreApplication.translate`` with one context keeps them
together in the translators' catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "RequestFields"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str) -> str:
    """The label shown above a form field."""
    labels = {
        "subject": _t("&Subject"),
        "body": _t("&Message to the helpdesk"),
        "requester_name": _t("Your name"),
        "requester_username": _t("Wiki user name"),
        "requester_affiliation_kind": _t("You ask as"),
        "requester_affiliation": _t("Affiliate or group"),
        "requester_country": _t("Country"),
        "requester_languages": _t("Languages you work in"),
        "requester_email": _t("Email address"),
        "partner_name": _t("Partner institution"),
        "material_kind": _t("Kind of material"),
        "volume": _t("Rough volume"),
        "expected_outcome": _t("Expected outcome"),
        "impact": _t("Impact"),
        "knowledge_gap": _t("Knowledge gap it fills"),
        "partner_commitment": _t("Partner's commitment"),
        "licence_status": _t("Licence status"),
        "help_wanted": _t("Help wanted"),
        "help_other": _t("Other help"),
        "attachments": _t("Attachments"),
    }
    return labels.get(name, name)


def field_placeholder(name: str) -> str:
    """A short example inside an empty field ("" for none)."""
    hints = {
        "subject": _t("What do you need help with?"),
        "body": _t(
            "Describe the partner, the material and what you plan to do. "
            "Your text is saved as you type."
        ),
        "requester_username": _t("As on the wiki, without “User:”"),
        "requester_country": _t("e.g. Kenya"),
        "requester_languages": _t("e.g. Swahili, English"),
        "requester_email": _t("name@example.org"),
        "partner_name": _t("e.g. National Museum of …"),
        "material_kind": _t("Photographs, maps, sound recordings, metadata…"),
        "volume": _t("e.g. about 2,000 scans, 40 GB"),
        "expected_outcome": _t("What should be on Commons when this is done?"),
        "impact": _t("Who will use it, on which wikis?"),
        "knowledge_gap": _t("What is missing on the wikis today?"),
        "partner_commitment": _t("Staff time, scanning, metadata the partner provides…"),
        "licence_status": _t("Agreed to CC BY-SA? Still discussing? Public domain?"),
        "help_other": _t("Say what other help you need"),
    }
    return hints.get(name, "")


def affiliation_kind_label(kind: str) -> str:
    """Words for one ``AFFILIATION_KINDS`` value ("" means not chosen yet)."""
    labels = {
        "": _t("(not chosen)"),
        "affiliate": _t("A Wikimedia affiliate (chapter, thematic organisation)"),
        "user-group": _t("A Wikimedia user group"),
        "individual": _t("An individual volunteer"),
    }
    return labels.get(kind, kind)


def help_wanted_label(value: str) -> str:
    """Words for one ``HELP_WANTED`` value."""
    labels = {
        "agreement": _t("Partnership agreement"),
        "licence-advocacy": _t("Talking with the partner about free licences"),
        "batch-upload": _t("Batch upload"),
        "metadata": _t("Metadata"),
        "sharing-outcomes": _t("Sharing outcomes with the partner"),
        "other": _t("Other"),
    }
    return labels.get(value, value)


def group_title(group: str) -> str:
    """The heading of one group of fields."""
    titles = {
        "request": _t("Request"),
        "requester": _t("Who is asking"),
        "description": _t("The material"),
        "justification": _t("Why it matters"),
        "help_wanted": _t("Help wanted"),
        "attachments": _t("Attachments"),
    }
    return titles.get(group, group)
