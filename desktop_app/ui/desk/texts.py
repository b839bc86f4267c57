"""Translated words of the desk: states, criteria, templates, channels, reply states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.desk import CRITERIA, DeskState

translate = QCoreApplication.translate


def state_text(state: str) -> str:
    """A request's state in words."""
    texts = {
        DeskState.NEW: translate("DeskTexts", "New"),
        DeskState.NEEDS_INFORMATION: translate("DeskTexts", "Needs information"),
        DeskState.WITH_COMMITTEE: translate("DeskTexts", "With the committee"),
        DeskState.ACCEPTED: translate("DeskTexts", "Accepted"),
        DeskState.DECLINED: translate("DeskTexts", "Declined"),
        DeskState.DONE: translate("DeskTexts", "Done"),
    }
    try:
        return texts[DeskState(state)]
    except ValueError:
        return state


def criterion_text(criterion: str) -> str:
    """A review criterion in words."""
    texts = {
        "technical": translate("DeskTexts", "Technical"),
        "legal": translate("DeskTexts", "Legal & ethical"),
        "risk": translate("DeskTexts", "Risk"),
        "sustainability": translate("DeskTexts", "Sustainability"),
    }
    return texts.get(criterion, criterion)


def template_text(template: str) -> str:
    """A reply template's name."""
    texts = {
        "acknowledge": translate("DeskTexts", "Acknowledge"),
        "ask_information": translate("DeskTexts", "Ask for information"),
        "decision": translate("DeskTexts", "Decision with reasons"),
    }
    return texts.get(template, template)


def channel_text(channel: str) -> str:
    """How a request came (and its reply goes)."""
    texts = {"wiki": translate("DeskTexts", "wiki"), "email": translate("DeskTexts", "email")}
    return texts.get(channel, channel)


def reply_state_text(state: str) -> str:
    """Where a queued reply stands."""
    texts = {
        "queued": translate("DeskTexts", "waiting to be sent"),
        "sending": translate("DeskTexts", "sending"),
        "sent": translate("DeskTexts", "sent"),
        "failed": translate("DeskTexts", "not sent yet (will retry)"),
    }
    return texts.get(state, state)


__all__ = ["CRITERIA", "channel_text", "criterion_text", "reply_state_text", "state_text"]
