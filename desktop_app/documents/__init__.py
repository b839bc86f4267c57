"""Documents for people to read: HTML laid out as PDF or ODT by Qt's text engine (QtGui only)."""
