"""Why the desk refused something, in the user's language (the core gives codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.problems import Problem

translate = QCoreApplication.translate


def problem_text(problem: Problem) -> str:
    """The translated sentence for a desk problem (the core's English for unknown codes)."""
    messages = {
        "desk.imap_invalid": translate(
            "DeskProblems", "Give the mailbox as HOST:PORT, e.g. imap.example.org:993."
        ),
        "desk.imap_security": translate(
            "DeskProblems", "Choose implicit TLS, STARTTLS or none for the mailbox."
        ),
        "desk.month_invalid": translate("DeskProblems", "Give the month as YYYY-MM."),
        "desk.pack_format": translate("DeskProblems", "Save the pack as .pdf, .html or .csv."),
        "desk.template_unknown": translate("DeskProblems", "Choose one of the reply templates."),
        "desk.reply_empty": translate("DeskProblems", "The reply is empty."),
        "desk.reply_too_long": translate("DeskProblems", "The reply is too long."),
        "desk.no_channel": translate(
            "DeskProblems",
            "This request cannot be answered from here: it is no longer on the wiki page and "
            "did not come by mail.",
        ),
        "desk.reviewer_missing": translate("DeskProblems", "Give your name as reviewer."),
        "desk.score_out_of_range": translate(
            "DeskProblems", "Give every criterion a score from 1 to 5."
        ),
        "desk.state_unknown": translate("DeskProblems", "Choose one of the request states."),
    }
    return messages.get(problem.code, problem.message)


def first_problem_text(problems: list[Problem]) -> str:
    """The sentence for the first problem (the one to fix first)."""
    return problem_text(problems[0]) if problems else ""
