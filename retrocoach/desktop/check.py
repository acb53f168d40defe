"""``retrocoach check``'s lines for the operating system's services (remote control, screen
kept awake, other sounds lowered while the coach speaks).

An absent service is not a failure (``absent`` lines do not change the exit status): Windows
and macOS have no D-Bus session bus, and the app runs fine without remote control.
"""

from __future__ import annotations

import sys

from retrocoach.desktop.bus import absent_reason, session_bus
from retrocoach.desktop.ducking.platform import probe
from retrocoach.desktop.inhibit import available_inhibitors
from retrocoach.desktop.mpris import BUS_NAME


def _line(status: str, what: str, detail: str) -> str:
    return f"{status:<8} {what}: {detail}"


def ducking_line() -> str:
    """Whether other sounds can be lowered while the coach speaks, and through what or why not."""
    found = probe()
    what = "lower other sounds while the coach speaks"
    if found.works:
        return _line("ok", what, found.detail.english())
    return _line("absent", what, found.detail.english())


def desktop_lines() -> list[str]:
    """One line each for the MPRIS remote control, keeping the screen awake, and ducking."""
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
    return [mpris, awake, ducking_line()]
