"""The helpdesk's desk: set it up, gather requests, triage, review, reply, pack.

One module per use case group; the GUI's Helpdesk desk area and ``fieldkit desk`` call
these and nothing below them.
"""
