"""A stand-in ``org.freedesktop.ScreenSaver`` for tests: prints each call it receives.

Run it on a private bus (``dbus-run-session``); it prints ``ready`` once it owns its name,
then one line per call: ``<member> <signature> <arguments as JSON>``. Inhibit answers
cookies 1, 2, 3...; it runs until it is killed.
"""

from __future__ import annotations

import itertools
import json
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

INTROSPECTION = """\
  <interface name="org.freedesktop.ScreenSaver">
    <method name="Inhibit">
      <arg name="application_name" type="s" direction="in"/>
      <arg name="reason_for_inhibit" type="s" direction="in"/>
      <arg name="cookie" type="u" direction="out"/>
    </method>
    <method name="UnInhibit"><arg name="cookie" type="u" direction="in"/></method>
  </interface>
"""


class FakeScreenSaver(QDBusVirtualObject):
    def __init__(self) -> None:
        super().__init__()
        self.cookies = itertools.count(1)

    def introspect(self, path: str) -> str:
        return INTROSPECTION

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        member = message.member()
        if member not in ("Inhibit", "UnInhibit"):
            return False
        print(member, message.signature(), json.dumps(message.arguments()), flush=True)
        reply = message.createReply(next(self.cookies)) if member == "Inhibit" else None
        connection.send(reply if reply is not None else message.createReply())
        return True


def main() -> int:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    fake = FakeScreenSaver()
    if not bus.registerVirtualObject("/org/freedesktop/ScreenSaver", fake):
        return 1
    if not bus.registerService("org.freedesktop.ScreenSaver"):
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
