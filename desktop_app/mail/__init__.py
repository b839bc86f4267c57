"""Mail to and from the helpdesk: SMTP sending (IMAP reading later); no Qt."""
