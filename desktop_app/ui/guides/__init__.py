"""The guidance library in the window: a searchable list and the guide's text."""
