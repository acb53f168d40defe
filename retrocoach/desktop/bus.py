"""The D-Bus session bus, when there is one.

Qt's ``QDBusConnection.sessionBus()`` would *autolaunch* a bus (``dbus-launch``) on an X
display without one, leaving a daemon behind for every start; a desktop session always
exports its address (``DBUS_SESSION_BUS_ADDRESS``, or the ``$XDG_RUNTIME_DIR/bus`` socket of
systemd sessions), so without either there is no bus to talk to and none is started.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtDBus import QDBusConnection


def bus_address_known() -> bool:
    """True when the environment names a session bus (it may still refuse a connection)."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and runtime != "" and Path(runtime, "bus").is_socket()


def session_bus() -> QDBusConnection | None:
    """The connected session bus, or None (no bus on this machine: the services are absent)."""
    if not bus_address_known():
        return None
    bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None


def absent_reason() -> str:
    """Why there is no session bus, in words for ``retrocoach check``."""
    if not bus_address_known():
        return "no D-Bus session bus (normal on Windows, macOS and a bare X server)"
    error = QDBusConnection.sessionBus().lastError()
    return f"the D-Bus session bus refused the connection ({error.message() or error.name()})"
