"""An MPRIS 2 media-player service on the session bus, so headset buttons, desktop media keys
and ``playerctl`` control the session while the window is not focused.

Bus name ``org.mpris.MediaPlayer2.retrocoach`` (a second app, for another data folder, takes
``...retrocoach.instance<pid>`` as the spec asks), object ``/org/mpris/MediaPlayer2``.

The object is a ``QDBusVirtualObject`` that answers each message itself: PySide6 6.11 does
not export the properties of a Python ``QDBusAbstractAdaptor`` reliably, and answering by hand
keeps the D-Bus types under control (``Get`` replies with one variant; metadata is
``a{sv}``). What the service cannot type exactly is left out: PySide6 turns a small Python
int into ``int32`` and offers no ``int64``, so ``Position`` and ``mpris:length`` (both
``int64`` in the spec) are absent; the time left is in ``retrocoach:secondsLeft`` and
``xesam:comment``.

The service never acts: each remote command is emitted as :attr:`MprisService.command`
(see :class:`RemoteCommand`) for the ui layer to carry out and confirm by voice. ``Stop``
asks nothing remotely, so the ui pauses (stopping needs the window).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QMetaType, QObject, Signal
from PySide6.QtDBus import (
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusVariant,
    QDBusVirtualObject,
)

from retrocoach.desktop import APP_ID
from retrocoach.desktop.mpris_introspection import INTERFACES_XML, answer_standard
from retrocoach.desktop.player_status import PlayerStatus

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

BUS_NAME = "org.mpris.MediaPlayer2.retrocoach"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"


class RemoteCommand(StrEnum):
    """What a remote (MPRIS, a media key, a clicker) asks of the session."""

    PLAY_PAUSE = "play-pause"
    PLAY = "play"
    PAUSE = "pause"
    NEXT = "next"
    PREVIOUS = "previous"
    STOP = "stop"  # remotely: pause (stopping asks first, in the window)
    RAISE = "raise"


_METHODS: dict[tuple[str, str], RemoteCommand] = {
    (PLAYER_INTERFACE, "PlayPause"): RemoteCommand.PLAY_PAUSE,
    (PLAYER_INTERFACE, "Play"): RemoteCommand.PLAY,
    (PLAYER_INTERFACE, "Pause"): RemoteCommand.PAUSE,
    (PLAYER_INTERFACE, "Next"): RemoteCommand.NEXT,
    (PLAYER_INTERFACE, "Previous"): RemoteCommand.PREVIOUS,
    (PLAYER_INTERFACE, "Stop"): RemoteCommand.STOP,
    (ROOT_INTERFACE, "Raise"): RemoteCommand.RAISE,
}
#: Methods of the spec that do nothing here (no seeking in a workout, no files to open).
_IGNORED = {
    (PLAYER_INTERFACE, "Seek"),
    (PLAYER_INTERFACE, "SetPosition"),
    (PLAYER_INTERFACE, "OpenUri"),
    (ROOT_INTERFACE, "Quit"),
}


def _dbus_value(value: object) -> object:
    """A plain value as QtDBus should marshal it (object paths in metadata, nested dicts)."""
    if isinstance(value, dict):
        return {key: _dbus_value(item) for key, item in value.items()}
    if isinstance(value, str) and value.startswith("/org/"):
        return QDBusObjectPath(value)
    return value


class _MprisObject(QDBusVirtualObject):
    """Answers every message sent to ``/org/mpris/MediaPlayer2``."""

    def __init__(self, service: MprisService) -> None:
        super().__init__()
        self._service = service

    def introspect(self, path: str) -> str:
        return INTERFACES_XML

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        try:
            reply = self._service.answer(message)
        except Exception:  # a bug must not leave the caller waiting for its timeout
            log.exception("MPRIS: %s.%s failed", message.interface(), message.member())
            reply = message.createErrorReply("org.freedesktop.DBus.Error.Failed", "internal error")
        if reply is None:
            return False
        connection.send(reply)
        return True


class MprisService(QObject):
    """The registered MPRIS object and bus name; :meth:`close` removes both.

    `status` is asked for the current :class:`PlayerStatus` on every ``Get``; call
    :meth:`update` when the session changes, so listeners get ``PropertiesChanged``.
    """

    command = Signal(object)  # RemoteCommand

    def __init__(
        self,
        bus: QDBusConnection,
        status: Callable[[], PlayerStatus],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus, self._status = bus, status
        self._object = _MprisObject(self)
        self._sent: dict[str, object] = status().properties()
        self.bus_name = ""
        if not bus.registerVirtualObject(OBJECT_PATH, self._object):
            raise OSError(f"D-Bus object {OBJECT_PATH} is taken: {bus.lastError().message()}")
        for name in (BUS_NAME, f"{BUS_NAME}.instance{os.getpid()}"):
            if bus.registerService(name):
                self.bus_name = name
                break
        else:
            bus.unregisterObject(OBJECT_PATH)
            raise OSError(f"D-Bus name {BUS_NAME} is taken: {bus.lastError().message()}")
        log.info("MPRIS service on the session bus as %s", self.bus_name)

    @classmethod
    def register(
        cls,
        bus: QDBusConnection | None,
        status: Callable[[], PlayerStatus],
        parent: QObject | None = None,
    ) -> MprisService | None:
        """The service, or None without a bus or when registering fails (logged)."""
        if bus is None:
            return None
        try:
            return cls(bus, status, parent)
        except OSError as error:
            log.warning("MPRIS service not available: %s", error)
            return None

    def close(self) -> None:
        """Leave the bus (idempotent)."""
        if self.bus_name:
            self._bus.unregisterService(self.bus_name)
            self._bus.unregisterObject(OBJECT_PATH)
            self.bus_name = ""

    def root_properties(self) -> dict[str, object]:
        return {
            "CanQuit": False,
            "CanRaise": True,
            "HasTrackList": False,
            "Identity": "retrocoach",
            "DesktopEntry": APP_ID,
            "SupportedUriSchemes": [],
            "SupportedMimeTypes": [],
        }

    def player_properties(self) -> dict[str, object]:
        fixed: dict[str, object] = {
            "Rate": 1.0,
            "MinimumRate": 1.0,
            "MaximumRate": 1.0,
            "CanSeek": False,
            "CanControl": True,
        }
        return {**self._status().properties(), **fixed}

    def update(self) -> None:
        """Tell listeners (``PropertiesChanged``) what changed since the last update."""
        now = self._status().properties()
        changed = {key: value for key, value in now.items() if self._sent.get(key) != value}
        self._sent = now
        if not changed or not self.bus_name:
            return
        signal = QDBusMessage.createSignal(OBJECT_PATH, PROPERTIES_INTERFACE, "PropertiesChanged")
        signal.setArguments([PLAYER_INTERFACE, _dbus_value(changed), _empty_strings()])
        self._bus.send(signal)

    # --- answering ---------------------------------------------------------------------------

    def answer(self, message: QDBusMessage) -> QDBusMessage | None:
        """The reply to one method call (None: not ours, QtDBus answers)."""
        interface, member = message.interface(), message.member()
        standard = answer_standard(message)  # Introspect, Ping
        if standard is not None:
            return standard
        if interface == PROPERTIES_INTERFACE:
            return self._answer_properties(message, member)
        key = (interface, member)
        if not interface:  # dbus-send may leave the interface out: find it by the name
            key = next((k for k in (*_METHODS, *_IGNORED) if k[1] == member), key)
        remote = _METHODS.get(key)
        if remote is not None:
            log.info("MPRIS: %s", member)
            self.command.emit(remote)
            return message.createReply()
        if key in _IGNORED:
            return message.createReply()
        return message.createErrorReply(
            "org.freedesktop.DBus.Error.UnknownMethod", f"no method {member} on {interface}"
        )

    def _interface_properties(self, interface: str) -> dict[str, object] | None:
        if interface == ROOT_INTERFACE:
            return self.root_properties()
        if interface == PLAYER_INTERFACE:
            return self.player_properties()
        return None

    def _answer_properties(self, message: QDBusMessage, member: str) -> QDBusMessage:
        arguments = message.arguments()
        interface = str(arguments[0]) if arguments else ""
        properties = self._interface_properties(interface)
        if properties is None:
            return message.createErrorReply(
                "org.freedesktop.DBus.Error.UnknownInterface", f"no interface {interface!r}"
            )
        if member == "GetAll":
            reply = message.createReply()
            reply.setArguments([_dbus_value(properties)])
            return reply
        name = str(arguments[1]) if len(arguments) > 1 else ""
        if member == "Get":
            if name not in properties:
                return message.createErrorReply(
                    "org.freedesktop.DBus.Error.UnknownProperty", f"no property {name!r}"
                )
            return message.createReply(QDBusVariant(_dbus_value(properties[name])))
        if member == "Set":
            return message.createErrorReply(
                "org.freedesktop.DBus.Error.PropertyReadOnly", f"{name!r} is read-only"
            )
        return message.createErrorReply(
            "org.freedesktop.DBus.Error.UnknownMethod", f"no method {member}"
        )


def _empty_strings() -> QDBusArgument:
    """An empty ``as``. QtDBus sends an empty Python list as ``av``, and GDBus clients
    (playerctl) then drop the whole PropertiesChanged signal as mistyped."""
    argument = QDBusArgument()
    argument.beginArray(QMetaType(QMetaType.Type.QString.value))
    argument.endArray()
    return argument
