"""A :class:`Problem` of the help-request form in the user's language.

The core gives each problem a code, parameters and an English fallback message; the UI
owns the translated sentence. Unknown codes fall back to the English message, so a new
check in the core is never silently hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.core.form_checks import field_of
from desktop_app.core.problems import Problem

# lupdate only extracts calls whose context and text are literals, so every call
# spells both out (a helper taking the text as an argument hides it from lupdate).
translate = QCoreApplication.translate


def megabytes(size: int) -> str:
    """A size in MB with one decimal, in the user's number format."""
    return translate("RequestProblems", "{size} MB").format(
        size=QLocale().toString(size / (1024 * 1024), "f", 1)
    )


def _recommended(field: str) -> str:
    hints = {
        "requester_name": translate("RequestProblems", "Your name helps the helpdesk address you."),
        "requester_username": translate(
            "RequestProblems", "Your wiki user name lets the helpdesk reply on your talk page."
        ),
        "partner_name": translate("RequestProblems", "Which institution is this about?"),
        "impact": translate(
            "RequestProblems", "A line on the expected impact helps the helpdesk prioritise."
        ),
        "licence_status": translate(
            "RequestProblems", "Say whether the partner has agreed to a free licence yet."
        ),
        "help_wanted": translate("RequestProblems", "Tick the kind of help you want."),
    }
    return hints.get(field, "")


def problem_text(problem: Problem) -> str:
    """The translated sentence for one problem (the English message if the code is new)."""
    params = problem.params
    code = problem.code
    if code == "request.subject_missing":
        return translate("RequestProblems", "Give the request a subject.")
    if code == "request.subject_too_long":
        return translate("RequestProblems", "The subject is longer than {max} characters.").format(
            max=params.get("max")
        )
    if code == "request.description_missing":
        return translate(
            "RequestProblems", "Describe the partner's material and what you plan to do with it."
        )
    if code == "email.invalid":
        return translate(
            "RequestProblems", "“{address}” is not an email address (name@example.org)."
        ).format(address=params.get("address", ""))
    if code == "email.sender_missing":
        return translate(
            "RequestProblems", "Mail needs a sender: give your email address or set a From address."
        )
    if code == "request.username_invalid":
        return translate(
            "RequestProblems", "A wiki user name cannot contain # < > [ ] | { } / @ : =."
        )
    if code == "request.help_other_missing":
        return translate("RequestProblems", "Say what other help you need.")
    if code == "attachment.too_large":
        return translate(
            "RequestProblems",
            "{filename} is {size}; attachments may be at most {limit}. "
            "Attach a few sample files or an excerpt instead.",
        ).format(
            filename=params.get("filename", ""),
            size=megabytes(int(params.get("size", 0))),
            limit=megabytes(int(params.get("limit", 0))),
        )
    if code == "attachment.total_too_large":
        return translate(
            "RequestProblems",
            "With {filename}, all attachments together come to {total}; the limit is {limit}.",
        ).format(
            filename=params.get("filename", ""),
            total=megabytes(int(params.get("total", 0))),
            limit=megabytes(int(params.get("limit", 0))),
        )
    if code == "attachment.unreadable":
        # The system's own reason (English) stays out of the sentence.
        return translate(
            "RequestProblems", "{filename} cannot be read (moved, deleted or not allowed)."
        ).format(filename=params.get("filename", ""))
    if code == "request.control_characters":
        return translate(
            "RequestProblems",
            "The text contains control characters ({characters}), as a binary file read as "
            "text does; remove them.",
        ).format(characters=params.get("characters", ""))
    if code == "request.not_queued":
        return translate("RequestProblems", "This request is a draft: send it first.")
    if code == "request.already_sent":
        return translate("RequestProblems", "This request was sent already.")
    if code == "helpdesk.no_channel":
        return translate(
            "RequestProblems",
            "No helpdesk is set up: give a wiki page or an email address and mail server "
            "in Settings.",
        )
    if code == "helpdesk.page_not_chosen":
        return translate(
            "RequestProblems",
            "A helpdesk page must be chosen for this wiki: the Commons page does not exist "
            "here. Choose it in Settings.",
        )
    if code == "request.affiliation_kind_unknown":
        return translate(
            "RequestProblems", "Choose whether you ask for an affiliate, a user group or yourself."
        )
    if code == "request.help_unknown":
        return translate("RequestProblems", "Tick the kinds of help from the list.")
    if code == "smtp.port_invalid":
        return translate("RequestProblems", "The mail server's port must be a number.")
    if code == "imap.server_invalid":
        return translate(
            "RequestProblems", "Give the mailbox server as HOST:PORT, e.g. imap.example.org:993."
        )
    if code == "smtp.security_unknown":
        return translate(
            "RequestProblems", "Choose STARTTLS, TLS or none as the mail server's security."
        )
    if code == "request.recommended_missing":
        return _recommended(field_of(problem)) or problem.message
    return problem.message or code
