"""Keeping the screen awake: one inhibition held by the app, released on request.

Backends (every one that is there is used):

- Linux and BSD desktops: ``org.freedesktop.ScreenSaver.Inhibit(app, reason) -> cookie`` and
  ``UnInhibit(cookie)`` on the session bus (KDE, Xfce, LXQt; GNOME through
  gsd-screensaver-proxy).
- Windows: ``SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED |
  ES_SYSTEM_REQUIRED)`` through ctypes, on the GUI thread.
- macOS: an IOKit ``PreventUserIdleDisplaySleep`` power assertion through ctypes
  (written from Apple's documentation, not yet tried on a Mac).

An inhibition dies with the process on every one of them: the D-Bus services drop the
inhibitions of a connection that closes, the Windows state belongs to the thread and the
macOS assertion to the process. So a crash leaves no screen kept awake.

``UnInhibit``'s cookie is a ``uint32``: PySide6 sends a Python int as ``int32``, which strict
services refuse, and has no way to say ``uint32`` in a message. So that call invokes the slot
that a ``QDBusInterface`` builds from the service's introspection (``UnInhibit(uint)``) with
``Q_ARG("uint", ...)``: QtDBus then sends ``u``.

The desktop portal (``org.freedesktop.portal.Inhibit``, for sandboxed apps) is not used: its
``Inhibit(s, u, a{sv})`` needs the same typed call, and QtDBus builds no typed slot for an
``a{sv}`` argument of an introspected method (it becomes ``QDBusRawType``; tried against a
stand-in portal with PySide6 6.11).
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Q_ARG, QGenericArgumentHolder, QMetaObject, Qt
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

log = logging.getLogger(__name__)

APP_NAME = "retrocoach"
#: A D-Bus call to a screen saver should answer at once; never hang the window for long.
CALL_TIMEOUT_MSEC = 1000
SCREENSAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
SCREENSAVER_INTERFACE = "org.freedesktop.ScreenSaver"


class Inhibitor(Protocol):
    """One way of keeping the screen awake."""

    name: str

    def inhibit(self, reason: str) -> bool:
        """Start inhibiting; False when it did not work (logged)."""

    def release(self) -> None:
        """Stop inhibiting (idempotent)."""


def _has_owner(bus: QDBusConnection, service: str) -> bool:
    interface = bus.interface()
    if interface is None:
        return False
    reply = interface.isServiceRegistered(service)
    return bool(reply.isValid() and reply.value())


def _interface(bus: QDBusConnection, where: tuple[str, str], name: str) -> QDBusInterface | None:
    interface = QDBusInterface(where[0], where[1], name, bus)
    interface.setTimeout(CALL_TIMEOUT_MSEC)
    if not interface.isValid():
        log.warning("%s not usable: %s", name, interface.lastError().message())
        return None
    return interface


def _invoke(interface: QDBusInterface, method: str, *arguments: QGenericArgumentHolder) -> bool:
    """Call `method` through the interface's introspected slot (typed arguments)."""
    try:
        called = QMetaObject.invokeMethod(
            interface, method, Qt.ConnectionType.DirectConnection, *arguments
        )
    except (RuntimeError, TypeError) as error:
        log.warning("%s failed: %s", method, error)
        return False
    failure = interface.lastError()
    if not called or failure.isValid():
        log.warning("%s failed: %s", method, failure.message() or "no such method")
        return False
    return True


def _answer(reply: QDBusMessage, what: str) -> object | None:
    """The first value of `reply`, or None (logged) for an error."""
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        log.warning("%s failed: %s", what, reply.errorMessage() or reply.errorName())
        return None
    value: object = reply.arguments()[0]
    return value


class ScreenSaverInhibitor:
    """``org.freedesktop.ScreenSaver`` on the session bus."""

    name = "org.freedesktop.ScreenSaver (D-Bus)"

    def __init__(self, bus: QDBusConnection) -> None:
        self._bus = bus
        self._cookie: int | None = None

    def inhibit(self, reason: str) -> bool:
        if self._cookie is not None:
            return True
        interface = _interface(self._bus, SCREENSAVER, SCREENSAVER_INTERFACE)
        if interface is None:
            return False
        cookie = _answer(interface.call("Inhibit", APP_NAME, reason), "ScreenSaver.Inhibit")
        if not isinstance(cookie, int):
            return False
        self._cookie = cookie
        log.info("screen saver inhibited (cookie %d)", cookie)
        return True

    def release(self) -> None:
        cookie, self._cookie = self._cookie, None
        if cookie is None:
            return
        interface = _interface(self._bus, SCREENSAVER, SCREENSAVER_INTERFACE)
        if interface is not None and _invoke(interface, "UnInhibit", Q_ARG("uint", cookie)):
            log.info("screen saver released (cookie %d)", cookie)


class WindowsInhibitor:
    """``SetThreadExecutionState``: the display and the system stay on (this thread)."""

    name = "SetThreadExecutionState (Windows)"
    ES_CONTINUOUS = 0x80000000
    ES_SYSTEM_REQUIRED = 0x00000001
    ES_DISPLAY_REQUIRED = 0x00000002

    def __init__(self) -> None:
        self._active = False

    def _set(self, flags: int) -> bool:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        kernel32.SetThreadExecutionState.restype = ctypes.c_uint32
        kernel32.SetThreadExecutionState.argtypes = [ctypes.c_uint32]
        return bool(kernel32.SetThreadExecutionState(flags))

    def inhibit(self, reason: str) -> bool:
        if not self._active:
            flags = self.ES_CONTINUOUS | self.ES_DISPLAY_REQUIRED | self.ES_SYSTEM_REQUIRED
            self._active = self._set(flags)
        return self._active

    def release(self) -> None:
        if self._active:
            self._active = False
            self._set(self.ES_CONTINUOUS)


class MacInhibitor:
    """An IOKit ``PreventUserIdleDisplaySleep`` assertion (not yet tried on a Mac)."""

    name = "IOPMAssertion (macOS)"
    _UTF8 = 0x08000100  # kCFStringEncodingUTF8
    _LEVEL_ON = 255  # kIOPMAssertionLevelOn

    def __init__(self) -> None:
        self._id: int | None = None

    def inhibit(self, reason: str) -> bool:
        if self._id is not None:
            return True
        iokit = ctypes.cdll.LoadLibrary("/System/Library/Frameworks/IOKit.framework/IOKit")
        cf = ctypes.cdll.LoadLibrary(
            "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
        )
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        kind = cf.CFStringCreateWithCString(None, b"PreventUserIdleDisplaySleep", self._UTF8)
        name = cf.CFStringCreateWithCString(None, reason.encode(), self._UTF8)
        iokit.IOPMAssertionCreateWithName.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_uint32),
        ]
        assertion = ctypes.c_uint32(0)
        result = iokit.IOPMAssertionCreateWithName(
            kind, self._LEVEL_ON, name, ctypes.byref(assertion)
        )
        cf.CFRelease.argtypes = [ctypes.c_void_p]
        cf.CFRelease(kind)
        cf.CFRelease(name)
        if result != 0:
            log.warning("IOPMAssertionCreateWithName failed: %d", result)
            return False
        self._id = assertion.value
        return True

    def release(self) -> None:
        assertion, self._id = self._id, None
        if assertion is not None:
            iokit = ctypes.cdll.LoadLibrary("/System/Library/Frameworks/IOKit.framework/IOKit")
            iokit.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
            iokit.IOPMAssertionRelease(assertion)


def available_inhibitors(bus: QDBusConnection | None) -> list[Inhibitor]:
    """The ways this machine offers (empty: nothing to keep the screen awake with)."""
    if sys.platform == "win32":
        return [WindowsInhibitor()]
    if sys.platform == "darwin":
        return [MacInhibitor()]
    if bus is not None and _has_owner(bus, SCREENSAVER[0]):
        return [ScreenSaverInhibitor(bus)]
    return []


class ScreenKeeper:
    """Holds at most one inhibition through every backend found when it starts.

    The backends are looked for at each :meth:`inhibit` (one quick bus call), so a screen
    saver that starts after the app is still used.
    """

    def __init__(self, find: Callable[[], list[Inhibitor]]) -> None:
        self._find = find
        self.inhibitors: list[Inhibitor] = []
        self.active = False

    def inhibit(self, reason: str) -> bool:
        """Start (True when at least one backend holds the screen awake now)."""
        if not self.active:
            self.inhibitors = [i for i in self._find() if i.inhibit(reason)]
            self.active = bool(self.inhibitors)
        return self.active

    def release(self) -> None:
        if self.active:
            self.active = False
            for inhibitor in self.inhibitors:
                inhibitor.release()
            self.inhibitors = []
