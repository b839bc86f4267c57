"""Help requests to the Content Partnerships Helpdesk, one module per kind of user action.

``drafts`` writes and reads requests, ``queueing`` puts them in the outbox (and takes them
out again), ``attachments`` and ``replies`` handle what travels with a request and what
comes back; ``views`` holds the plain values all of them return to the UI and the CLI.
Every call commits before it returns: a draft is on disk the moment the user (or a
script) is told it was saved.
"""
