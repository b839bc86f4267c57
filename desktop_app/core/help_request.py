"""The helpdesk request form: its choices, its limits, and what makes it ready to send.

Modelled on the Content Partnerships Helpdesk's request template: who asks, what the
material is, why it matters, what help is wanted. Validation returns :class:`Problem`
values tied to form fields, so the UI can show each next to its field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.core.form_checks import field_error, field_warning
from desktop_app.core.problems import Problem
from desktop_app.core.settings import AppSettings
from desktop_app.core.text_checks import control_characters

HELP_WANTED = (
    "agreement",
    "licence-advocacy",
    "batch-upload",
    "metadata",
    "sharing-outcomes",
    "other",
)
HELP_WANTED_LABELS = {
    "agreement": "Partnership agreement",
    "licence-advocacy": "Talking with the partner about free licences",
    "batch-upload": "Batch upload",
    "metadata": "Metadata",
    "sharing-outcomes": "Sharing outcomes with the partner",
    "other": "Other",
}
AFFILIATION_KINDS = ("affiliate", "user-group", "individual")
SUBJECT_MAX_LENGTH = 300
# Attachments are samples, not the collection: a few photos or a metadata excerpt. Mail
# servers commonly refuse messages above 10–25 MB, and base64 adds a third.
ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024
ATTACHMENTS_TOTAL_MAX_BYTES = 10 * 1024 * 1024

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\.]+(\.[^@\s<>()\[\],;:\"\\.]+)+$")
# Characters MediaWiki never allows in user names (plus the ones that would break a link).
_BAD_USERNAME = re.compile(r"[#<>\[\]|{}/@:=\n\r\t]")


@dataclass(frozen=True)
class AttachmentInfo:
    """What validation and rendering need to know of an attachment (not its bytes)."""

    filename: str
    size: int


@dataclass(frozen=True)
class RequestForm:
    """Everything the volunteer fills in; strings are as typed (empty when not given)."""

    subject: str = ""
    body: str = ""  # the free description: what the material is, what is planned
    requester_name: str = ""
    requester_username: str = ""
    requester_affiliation_kind: str = ""
    requester_affiliation: str = ""
    requester_country: str = ""
    requester_languages: str = ""
    requester_email: str = ""
    partner_name: str = ""
    material_kind: str = ""
    volume: str = ""
    expected_outcome: str = ""
    impact: str = ""
    knowledge_gap: str = ""
    partner_commitment: str = ""
    licence_status: str = ""
    help_wanted: tuple[str, ...] = ()
    help_other: str = ""
    attachments: tuple[AttachmentInfo, ...] = ()


FORM_FIELDS = tuple(
    name for name in RequestForm.__dataclass_fields__ if name not in ("attachments",)
)
# Who is asking comes from the settings, so it is typed once, not per request.
_FROM_SETTINGS = (
    "requester_name",
    "requester_affiliation_kind",
    "requester_affiliation",
    "requester_country",
    "requester_languages",
    "requester_email",
)


class RequestNotFound(LookupError):
    """No help request has this id."""


def requester_defaults(settings: AppSettings) -> dict[str, str]:
    """The form fields a new request starts with: who is asking, from the settings."""
    values = {name: str(getattr(settings, name)) for name in _FROM_SETTINGS}
    if settings.wiki_username:
        values["requester_username"] = settings.wiki_username.partition("@")[0]
    return values


def form_changes(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Form fields as stored: ``help_wanted`` a list, ``None`` an empty string.

    Raises ``TypeError`` for a name that is not a form field (a caller's mistake).
    """
    unknown = sorted(set(fields) - set(FORM_FIELDS))
    if unknown:
        raise TypeError(f"not request fields: {', '.join(unknown)}")
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "help_wanted":
            cleaned[name] = list(value or [])
        else:
            cleaned[name] = "" if value is None else value
    return cleaned


def is_valid_email(address: str) -> bool:
    """A plausible single address (no display name, no header tricks)."""
    return bool(_EMAIL.match(address.strip())) and len(address) <= 254


def is_valid_username(username: str) -> bool:
    """A name MediaWiki could have given an account (safe to put in a user link)."""
    name = username.strip()
    return bool(name) and len(name) <= 255 and not _BAD_USERNAME.search(name)


def parse_help_wanted(text: str) -> tuple[str, ...]:
    """``"batch-upload, metadata"`` → ``("batch-upload", "metadata")`` (order kept, no repeats)."""
    seen: list[str] = []
    for part in text.split(","):
        value = part.strip().lower().replace("_", "-").replace(" ", "-")
        if value and value not in seen:
            seen.append(value)
    return tuple(seen)


def validate_attachment(
    info: AttachmentInfo, others: Iterable[AttachmentInfo] = ()
) -> list[Problem]:
    """Size limits for one attachment, given those already attached."""
    problems = []
    if info.size > ATTACHMENT_MAX_BYTES:
        problems.append(
            field_error(
                "attachment.too_large",
                "attachments",
                f"{info.filename} is {_mb(info.size)}; attachments may be at most "
                f"{_mb(ATTACHMENT_MAX_BYTES)}. Attach a few sample files or an excerpt instead.",
                filename=info.filename,
                size=info.size,
                limit=ATTACHMENT_MAX_BYTES,
            )
        )
    total = info.size + sum(other.size for other in others)
    if total > ATTACHMENTS_TOTAL_MAX_BYTES:
        problems.append(
            field_error(
                "attachment.total_too_large",
                "attachments",
                f"All attachments together would be {_mb(total)}; the limit is "
                f"{_mb(ATTACHMENTS_TOTAL_MAX_BYTES)}.",
                filename=info.filename,
                total=total,
                limit=ATTACHMENTS_TOTAL_MAX_BYTES,
            )
        )
    return problems


def validate_request(form: RequestForm) -> list[Problem]:
    """Errors block sending; warnings point at what the helpdesk will probably ask for."""
    problems: list[Problem] = []
    add = problems.append
    if not form.subject.strip():
        add(field_error("request.subject_missing", "subject", "Give the request a subject."))
    elif len(form.subject) > SUBJECT_MAX_LENGTH:
        add(
            field_error(
                "request.subject_too_long",
                "subject",
                f"The subject is longer than {SUBJECT_MAX_LENGTH} characters.",
                max=SUBJECT_MAX_LENGTH,
            )
        )
    if not form.body.strip():
        add(
            field_error(
                "request.description_missing",
                "body",
                "Describe the partner's material and what you plan to do with it.",
            )
        )
    if form.requester_email.strip() and not is_valid_email(form.requester_email):
        add(
            field_error(
                "email.invalid",
                "requester_email",
                f"{form.requester_email!r} is not an email address (name@example.org).",
                address=form.requester_email,
            )
        )
    if form.requester_username.strip() and not is_valid_username(form.requester_username):
        add(
            field_error(
                "request.username_invalid",
                "requester_username",
                "A wiki user name cannot contain # < > [ ] | { } / @ : =.",
                username=form.requester_username,
            )
        )
    kind = form.requester_affiliation_kind
    if kind and kind not in AFFILIATION_KINDS:
        add(
            field_error(
                "request.affiliation_kind_unknown",
                "requester_affiliation_kind",
                f"Unknown affiliation {kind!r}; one of: {', '.join(AFFILIATION_KINDS)}.",
                kind=kind,
                allowed=AFFILIATION_KINDS,
            )
        )
    unknown = [value for value in form.help_wanted if value not in HELP_WANTED]
    if unknown:
        add(
            field_error(
                "request.help_unknown",
                "help_wanted",
                f"Unknown kind of help: {', '.join(unknown)}; one of: {', '.join(HELP_WANTED)}.",
                values=unknown,
                allowed=HELP_WANTED,
            )
        )
    if "other" in form.help_wanted and not form.help_other.strip():
        add(field_error("request.help_other_missing", "help_other", "Say what other help."))
    for index, info in enumerate(form.attachments):
        problems.extend(validate_attachment(info, form.attachments[:index]))
    problems.extend(control_character_problems(form))
    problems.extend(_warnings(form))
    return problems


def control_character_problems(form: RequestForm) -> list[Problem]:
    """Fields holding control characters (a NUL byte from a binary file read as text):
    they cannot go on a wiki page or into a mail, so they block sending."""
    problems = []
    for name in FORM_FIELDS:
        value = getattr(form, name)
        found = control_characters(value) if isinstance(value, str) else []
        if found:
            problems.append(
                field_error(
                    "request.control_characters",
                    name,
                    f"The text contains control characters ({', '.join(found)}), as a binary "
                    "file read as text does; remove them.",
                    characters=", ".join(found),
                )
            )
    return problems


def _warnings(form: RequestForm) -> list[Problem]:
    recommended: Sequence[tuple[str, str]] = (
        ("requester_name", "Your name helps the helpdesk address you."),
        ("requester_username", "Your wiki user name lets the helpdesk reply on your talk page."),
        ("partner_name", "Which institution is this about?"),
        ("impact", "A line on the expected impact helps the helpdesk prioritise."),
        ("licence_status", "Say whether the partner has agreed to a free licence yet."),
    )
    problems = [
        field_warning("request.recommended_missing", name, hint)
        for name, hint in recommended
        if not str(getattr(form, name)).strip()
    ]
    if not form.help_wanted:
        problems.append(
            field_warning(
                "request.recommended_missing", "help_wanted", "Tick the kind of help you want."
            )
        )
    return problems


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
