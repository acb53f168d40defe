"""Ducking wired to the app: the output's sounds go to the ducker, its problems to the runner.

QtCore only. :attr:`problem` is emitted on the GUI thread (the ducker calls back on its own
thread; the signal crosses over queued).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from retrocoach.desktop.ducking.ducker import Ducker
from retrocoach.desktop.ducking.places import StatePlaces
from retrocoach.desktop.ducking.platform import make_ducker


class DuckingLink(QObject):
    """Other sounds lowered around the sounds of whatever :meth:`follow` is given (a
    ``CuePlayer`` or an ``AudioOut``: signals ``sounding(channel, at, seconds)`` and
    ``silenced(channel)``). Without a way to duck here (:mod:`~retrocoach.desktop.ducking.
    platform`) it does nothing."""

    problem = Signal(object)  # a Problem

    def __init__(
        self, state_file: Path | StatePlaces, *, enabled: bool, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.ducker: Ducker | None = make_ducker(
            state_file, enabled=enabled, on_problem=self.problem.emit
        )

    def follow(self, source: QObject) -> None:
        ducker = self.ducker
        if ducker is not None:
            source.sounding.connect(ducker.sound)  # type: ignore[attr-defined]
            source.silenced.connect(ducker.stop)  # type: ignore[attr-defined]

    def set_enabled(self, enabled: bool) -> None:
        if self.ducker is not None:
            self.ducker.set_enabled(enabled)

    def close(self) -> None:
        """Give every stream its volume back and stop (idempotent)."""
        if self.ducker is not None:
            self.ducker.close()
