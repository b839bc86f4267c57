"""The Helpdesk desk's widgets: the request list, the request as text, triage, review,
the reply composer (the area itself is ``ui/areas/desk.py``)."""
