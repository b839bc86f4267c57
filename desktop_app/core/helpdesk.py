"""Where help requests go: the helpdesk's wiki page, address and mail server.

What the user types (``fieldkit helpdesk set`` or the Settings area) is checked here and
turned into :class:`~desktop_app.core.settings.AppSettings` fields; problems name the
settings field they concern, so each face can point at its own flag or widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.core.form_checks import InvalidInput, field_error
from desktop_app.core.help_request import is_valid_email
from desktop_app.core.settings import SMTP_SECURITY

# The usual port of each kind of SMTP security, used when the server is given without one.
SECURITY_PORTS = {"starttls": 587, "tls": 465, "none": 25}


@dataclass(frozen=True)
class HelpdeskChanges:
    """What the user changes: ``None`` leaves a setting as it is, ``""`` clears it."""

    wiki_page: str | None = None
    email: str | None = None
    smtp_server: str | None = None  # "HOST" or "HOST:PORT"
    smtp_security: str | None = None  # one of SMTP_SECURITY
    smtp_user: str | None = None
    from_address: str | None = None
    # The requester's own mailbox, where mailed replies arrive ("HOST:PORT", "" = none).
    reply_imap: str | None = None
    reply_imap_user: str | None = None


def settings_changes(changes: HelpdeskChanges) -> dict[str, Any]:
    """The settings fields to store; raises :class:`InvalidInput` for what cannot be used.

    A server given without a port gets the usual one for its security (STARTTLS when
    the security is not changed at the same time).
    """
    fields: dict[str, Any] = {}
    problems = []
    if changes.wiki_page is not None:
        fields["helpdesk_page"] = changes.wiki_page.strip()
    for key, value in (
        ("helpdesk_email", changes.email),
        ("helpdesk_from_address", changes.from_address),
    ):
        if value is None:
            continue
        if value.strip() and not is_valid_email(value):
            problems.append(
                field_error(
                    "email.invalid", key, f"{value!r} is not an email address.", address=value
                )
            )
        fields[key] = value.strip()
    security = changes.smtp_security
    if security is not None:
        if security not in SMTP_SECURITY:
            problems.append(
                field_error(
                    "smtp.security_unknown",
                    "helpdesk_smtp_security",
                    f"Unknown SMTP security {security!r}; one of: {', '.join(SMTP_SECURITY)}.",
                )
            )
        fields["helpdesk_smtp_security"] = security
    if changes.smtp_server is not None:
        server = changes.smtp_server
        host, _, port = server.rpartition(":") if ":" in server else (server, "", "")
        if port and not port.isdigit():
            problems.append(
                field_error(
                    "smtp.port_invalid", "helpdesk_smtp_host", f"{port!r} is not a port number."
                )
            )
        fields["helpdesk_smtp_host"] = host.strip()
        default_port = SECURITY_PORTS.get(security or "starttls", SECURITY_PORTS["starttls"])
        fields["helpdesk_smtp_port"] = int(port) if port.isdigit() else default_port
    if changes.smtp_user is not None:
        fields["helpdesk_smtp_user"] = changes.smtp_user.strip()
    if changes.reply_imap is not None:
        host, _, port = changes.reply_imap.strip().rpartition(":")
        if changes.reply_imap.strip() and not (host and port.isdigit()):
            problems.append(
                field_error("imap.server_invalid", "reply_imap_host", "Give it as HOST:PORT.")
            )
        elif port.isdigit():
            fields["reply_imap_host"], fields["reply_imap_port"] = host.strip("[]"), int(port)
            fields["reply_imap_security"] = "starttls" if int(port) == 143 else "tls"
        else:
            fields["reply_imap_host"] = ""
    if changes.reply_imap_user is not None:
        fields["reply_imap_user"] = changes.reply_imap_user.strip()
    if problems:
        raise InvalidInput(problems)
    return fields
