"""A speech engine that hangs in every render (``RETROCOACH_SPEECH_ENGINE``): the injected fault
for "the worker must not outlive the app even while it is stuck inside the engine"."""

from __future__ import annotations

import time
from typing import Any

HANG_SECONDS = 120.0


class HungEngine:
    def connect(self, _topic: str, _callback: Any) -> None:
        return None

    def getProperty(self, _name: str) -> Any:
        return None

    def setProperty(self, _name: str, _value: Any) -> None:
        return None

    def save_to_file(self, _text: str, _path: str) -> None:
        return None

    def runAndWait(self) -> None:
        time.sleep(HANG_SECONDS)


def make_engine() -> HungEngine:
    return HungEngine()
