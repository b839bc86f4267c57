"""One module per area of the main window; each area is a widget with a ``nav_label()``."""
