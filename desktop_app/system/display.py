"""Is there a graphical session for the window? Asked before Qt is, because Qt cannot say.

Without a display, Qt's xcb plugin aborts the process (exit 134) with "xcb-cursor0 or
libxcb-cursor0 is needed", which sends people hunting for a library they may well have.
On Linux and the BSDs a window needs an X11 (``DISPLAY``) or Wayland
(``WAYLAND_DISPLAY``) session, unless ``QT_QPA_PLATFORM`` names a platform that needs
neither (offscreen, a VNC server, a framebuffer). Windows and macOS always have one.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

# Platforms that draw without an X11 or Wayland session.
_HEADLESS_PLATFORMS = frozenset(
    {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}
)

NO_DISPLAY_MESSAGE = (
    "Fieldkit's window needs a graphical session (a desktop), and none was found: "
    "neither DISPLAY nor WAYLAND_DISPLAY is set.\n"
    "Everything the window does can be done from the command line: run "
    "'fieldkit --help' for the commands ('fieldkit media import', 'fieldkit upload', "
    "'fieldkit sync', ...).\n"
    "To open the window, start Fieldkit from a desktop session (over SSH: 'ssh -X')."
)


def missing_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True when a window cannot open here: a Unix system with no graphical session."""
    env = environ if environ is not None else _environ()
    system = platform or sys.platform
    if system.startswith(("win", "darwin", "cygwin")):
        return False
    requested = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if requested in _HEADLESS_PLATFORMS:
        return False
    x11 = bool(env.get("DISPLAY", "").strip())
    wayland = bool(env.get("WAYLAND_DISPLAY", "").strip())
    if requested == "xcb":
        return not x11
    if requested.startswith("wayland"):
        return not wayland
    return not (x11 or wayland)


def _environ() -> Mapping[str, str]:
    import os

    return os.environ
