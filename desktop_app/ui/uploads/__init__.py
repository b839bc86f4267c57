"""Widgets, models and the worker host of the Uploads area (see ``ui/areas/uploads.py``)."""
