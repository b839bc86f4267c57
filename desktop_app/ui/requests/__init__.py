"""Widgets of the Requests area: the composer's parts, the list, delivery and replies.

One widget per module; :mod:`desktop_app.ui.areas.requests` puts them together and
:mod:`desktop_app.ui.areas.request_editor` owns saving. None of them holds state that is
not also in the database.
"""
