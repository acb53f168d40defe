"""``retrocoach check``'s lines for the operating system's services.

An absent service is not a failure (``absent`` lines do not change the exit status): Windows
and macOS have no D-Bus session bus, and the app runs fine without remote control.
"""

from __future__ import annotations

import sys

from retrocoach.desktop.bus import absent_reason, session_bus
from retrocoach.desktop.inhibit import available_inhibitors
from retrocoach.desktop.mpris import BUS_NAME


def _line(status: str, what: str, detail: str) -> str:
    return f"{status:<8} {what}: {detail}"


def desktop_lines() -> list[str]:
    """One line for the MPRIS remote control, one for keeping the screen awake."""
    bus = session_bus()
    if bus is None:
        mpris = _line("absent", "remote control (MPRIS)", absent_reason())
    else:
        mpris = _line("ok", "remote control (MPRIS)", f"the app registers {BUS_NAME}")
    inhibitors = available_inhibitors(bus)
    if inhibitors:
        names = ", ".join(inhibitor.name for inhibitor in inhibitors)
        awake = _line("ok", "keep the screen awake", names)
        if sys.platform == "darwin":
            awake += " (not yet tried on a Mac)"
    else:
        detail = (
            "no screen saver service on the session bus (org.freedesktop.ScreenSaver); "
            "turn off screen blanking by hand for long sessions"
            if bus is not None
            else f"{absent_reason()}; turn off screen blanking by hand for long sessions"
        )
        awake = _line("absent", "keep the screen awake", detail)
    return [mpris, awake]
