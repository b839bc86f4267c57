"""Words the partnership widgets share: kinds, stages, step states, problems, progress.

The core names kinds and statuses with stable English keys (they are stored and used by
the CLI); the user sees them translated here, in one place, so the list, the filters and
the form always say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.checklists import Progress
from desktop_app.core.form_checks import field_of
from desktop_app.core.problems import Problem


def kind_label(kind: str) -> str:
    """A partnership kind (``museum`` …) in the user's language."""
    labels = {
        "museum": QCoreApplication.translate("PartnershipTexts", "Museum"),
        "archive": QCoreApplication.translate("PartnershipTexts", "Archive"),
        "library": QCoreApplication.translate("PartnershipTexts", "Library"),
        "university": QCoreApplication.translate("PartnershipTexts", "University"),
        "government": QCoreApplication.translate("PartnershipTexts", "Government body"),
        "community": QCoreApplication.translate("PartnershipTexts", "Community group"),
        "other": QCoreApplication.translate("PartnershipTexts", "Other"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    """A partnership stage (``talking`` …) in the user's language."""
    labels = {
        "idea": QCoreApplication.translate("PartnershipTexts", "Idea"),
        "talking": QCoreApplication.translate("PartnershipTexts", "In talks"),
        "agreed": QCoreApplication.translate("PartnershipTexts", "Agreed"),
        "preparing": QCoreApplication.translate("PartnershipTexts", "Preparing files"),
        "uploading": QCoreApplication.translate("PartnershipTexts", "Uploading"),
        "reporting": QCoreApplication.translate("PartnershipTexts", "Reporting back"),
        "done": QCoreApplication.translate("PartnershipTexts", "Done", "partnership stage"),
        "paused": QCoreApplication.translate("PartnershipTexts", "Paused"),
    }
    return labels.get(status, status)


def step_status_label(status: str) -> str:
    """A checklist step's state (``open``/``done``/``not_applicable``) in words."""
    labels = {
        "open": QCoreApplication.translate("PartnershipTexts", "Not done"),
        "done": QCoreApplication.translate("PartnershipTexts", "Done", "checklist step"),
        "not_applicable": QCoreApplication.translate("PartnershipTexts", "Not applicable"),
    }
    return labels.get(status, status)


def progress_text(progress: Progress) -> str:
    """Progress in words as well as a bar, for screen readers and clarity."""
    if progress.total == 0:
        return QCoreApplication.translate("PartnershipTexts", "No checklist yet")
    done = progress.done  # a plain name: PySide6 6.11's lupdate skips an expression here
    return QCoreApplication.translate(
        "PartnershipTexts", "%n of {applicable} steps done", "", done
    ).format(applicable=progress.applicable)


def agreement_part_label(name: str) -> str:
    """A part of the agreement draft that ``core.agreement.missing_fields`` reports blank."""
    labels = {
        "partner_name": QCoreApplication.translate("PartnershipTexts", "the partner's name"),
        "partner_contact": QCoreApplication.translate(
            "PartnershipTexts", "the contact at the partner"
        ),
        "volunteer_name": QCoreApplication.translate("PartnershipTexts", "your name (Settings)"),
        "material": QCoreApplication.translate("PartnershipTexts", "the material"),
        "credit_line": QCoreApplication.translate("PartnershipTexts", "the credit line"),
        "licence": QCoreApplication.translate("PartnershipTexts", "the licence"),
    }
    return labels.get(name, name)


def problem_text(problem: Problem) -> str:
    """The translated sentence for a partnership or checklist problem (English if new)."""
    params = problem.params
    code = problem.code
    if code == "partnership.name_missing":
        return QCoreApplication.translate("PartnershipTexts", "A name is needed.")
    if code == "partnership.name_too_long":
        return QCoreApplication.translate(
            "PartnershipTexts", "The name is longer than {max} characters."
        ).format(max=params.get("max"))
    if code == "partnership.name_control_characters":
        return QCoreApplication.translate(
            "PartnershipTexts",
            "The name contains control characters ({characters}), such as a line break; "
            "write it on one line.",
        ).format(characters=params.get("characters", ""))
    if code == "partnership.name_taken":
        return QCoreApplication.translate(
            "PartnershipTexts", "There already is a partnership called “{name}”."
        ).format(name=params.get("name", ""))
    if code == "partnership.country_not_iso":
        return QCoreApplication.translate(
            "PartnershipTexts", "Countries are best written as two-letter codes (SE, FR, EG)."
        )
    if code == "date.invalid":
        return QCoreApplication.translate(
            "PartnershipTexts", "Write the date as YYYY-MM-DD, for example 2024-05-31."
        )
    if code == "partnership.kind_unknown":
        return QCoreApplication.translate("PartnershipTexts", "Choose the kind from the list.")
    if code in ("partnership.status_unknown", "checklist.status_unknown"):
        return QCoreApplication.translate("PartnershipTexts", "Choose the status from the list.")
    if problem.message:
        return problem.message
    return QCoreApplication.translate("PartnershipTexts", "Problem with {field}: {code}").format(
        field=field_of(problem), code=code
    )
