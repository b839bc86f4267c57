"""Translated words of the desk: states, criteria, templates, channels, reply states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.desk import CRITERIA, DeskState

_t = QCoreApplication.translate


def state_text(state: str) -> str:
    """A request's state in words."""
    texts = {
        DeskState.NEW: _t("DeskTexts", "New"),
        DeskState.NEEDS_INFORMATION: _t("DeskTexts", "Needs information"),
        DeskState.WITH_COMMITTEE: _t("DeskTexts", "With the committee"),
        DeskState.ACCEPTED: _t("DeskTexts", "Accepted"),
        DeskState.DECLINED: _t("DeskTexts", "Declined"),
        DeskState.DONE: _t("DeskTexts", "Done"),
    }
    try:
        return texts[DeskState(state)]
    except ValueError:
        return state


def criterion_text(criterion: str) -> str:
    """A review criterion in words."""
    texts = {
        "technical": _t("DeskTexts", "Technical"),
        "legal": _t("DeskTexts", "Legal & ethical"),
        "risk": _t("DeskTexts", "Risk"),
        "sustainability": _t("DeskTexts", "Sustainability"),
    }
    return texts.get(criterion, criterion)


def template_text(template: str) -> str:
    """A reply template's name."""
    texts = {
        "acknowledge": _t("DeskTexts", "Acknowledge"),
        "ask_information": _t("DeskTexts", "Ask for information"),
        "decision": _t("DeskTexts", "Decision with reasons"),
    }
    return texts.get(template, template)


def channel_text(channel: str) -> str:
    """How a request came (and its reply goes)."""
    texts = {"wiki": _t("DeskTexts", "wiki"), "email": _t("DeskTexts", "email")}
    return texts.get(channel, channel)


def reply_state_text(state: str) -> str:
    """Where a queued reply stands."""
    texts = {
        "queued": _t("DeskTexts", "waiting to be sent"),
        "sending": _t("DeskTexts", "sending"),
        "sent": _t("DeskTexts", "sent"),
        "failed": _t("DeskTexts", "not sent yet (will retry)"),
    }
    return texts.get(state, state)


__all__ = ["CRITERIA", "channel_text", "criterion_text", "reply_state_text", "state_text"]
