"""Why a request has not gone out yet, and what happens next, from codes: never raw errors.

A channel carries the stable code of its last failure (``error_code``); the link monitor
says what stops work now (no account, a refused login, no connection). Both are worded
here, in the user's language; the wiki's or the mail server's own text stays in the log.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.help_request_delivery import (
    HELPDESK_PAGE_CODES,
    PAGE_NOT_CHOSEN,
    WIKI_SECTION_KIND,
)

# lupdate only extracts calls whose context and text are literals.
translate = QCoreApplication.translate

# Failures the user fixes in Settings (the panel then offers "Open Settings").
ACCOUNT_CODES = frozenset({"not_configured", "no_password", "login_failed", "badtoken"})
MAIL_SETTINGS_CODES = frozenset(
    {"email_not_configured", "smtp_login_failed", "smtp_no_password", "smtp_tls_failed"}
)
# Link monitor states (LinkState values) that stop the wiki channel.
ACCOUNT_LINK_STATES = frozenset({"unconfigured", "no_password", "login_failed"})


def needs_settings(code: str | None) -> bool:
    """Whether the fix for ``code`` is in Settings."""
    return bool(code) and (
        code in ACCOUNT_CODES or code in HELPDESK_PAGE_CODES or code in MAIL_SETTINGS_CODES
    )


def link_sentence(state: str) -> str:
    """What stops a waiting wiki delivery now, from the link monitor's state ("" if nothing)."""
    texts = {
        "unconfigured": translate(
            "DeliveryReasons", "No wiki account yet — set it up in Settings."
        ),
        "no_password": translate(
            "DeliveryReasons", "No password for the wiki account — enter it in Settings."
        ),
        "login_failed": translate("DeliveryReasons", "Login refused: check the bot password."),
        "offline": translate("DeliveryReasons", "Waiting for a connection."),
    }
    return texts.get(state, "")


def failure_sentence(code: str, *, kind: str, page: str) -> str:
    """Why the last try did not deliver, worded from its code (``page``: the helpdesk page)."""
    if code == PAGE_NOT_CHOSEN or (code in HELPDESK_PAGE_CODES and not page):
        if code == PAGE_NOT_CHOSEN:
            return translate(
                "DeliveryReasons",
                "No helpdesk page is chosen for this wiki: choose one in Settings and the "
                "request goes out by itself.",
            )
        return translate(
            "DeliveryReasons",
            "The wiki does not accept the helpdesk page: choose another in Settings and the "
            "request goes out by itself.",
        )
    if code in HELPDESK_PAGE_CODES:
        return translate(
            "DeliveryReasons",
            "The wiki does not accept “{page}” as the helpdesk page: choose another in "
            "Settings and the request goes out by itself.",
        ).format(page=page)
    texts = {
        "not_configured": translate(
            "DeliveryReasons", "No wiki account yet — set it up in Settings."
        ),
        "no_password": translate(
            "DeliveryReasons", "No password for the wiki account — enter it in Settings."
        ),
        "login_failed": translate("DeliveryReasons", "Login refused: check the bot password."),
        "badtoken": translate("DeliveryReasons", "Login refused: check the bot password."),
        "offline": translate("DeliveryReasons", "The wiki could not be reached."),
        "edit_conflict": translate(
            "DeliveryReasons", "Someone edited the helpdesk page at the same moment."
        ),
        "request_invalid": translate(
            "DeliveryReasons",
            "The request was changed after sending and has problems to fix first.",
        ),
        "email_not_configured": translate(
            "DeliveryReasons", "Email to the helpdesk is not set up any more (Settings)."
        ),
        "smtp_unavailable": translate("DeliveryReasons", "The mail server could not be reached."),
        "smtp_login_failed": translate(
            "DeliveryReasons", "The mail server refused the login: check it in Settings."
        ),
        "smtp_no_password": translate(
            "DeliveryReasons", "No password is stored for the mail server (Settings)."
        ),
        "smtp_tls_failed": translate(
            "DeliveryReasons", "A secure connection to the mail server failed (Settings)."
        ),
        "smtp_recipient_refused": translate(
            "DeliveryReasons", "The mail server refused the helpdesk's address."
        ),
    }
    text = texts.get(code)
    if text is not None:
        return text
    if code.startswith("http") or code in ("maxlag", "readonly", "temporary"):
        return translate("DeliveryReasons", "The wiki answered with an error.")
    if code.startswith("smtp_"):
        return translate("DeliveryReasons", "The mail server refused the message.")
    if kind == WIKI_SECTION_KIND and code.startswith("refused:"):
        return translate("DeliveryReasons", "The wiki refused the edit.")
    return translate("DeliveryReasons", "Something unexpected went wrong.")
