"""How a queued help request reaches the helpdesk: a wiki section or an email."""
