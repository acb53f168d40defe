"""Measures how long the Qt event loop goes without running a 10 ms timer."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class LoopWatch(QObject):
    """A 10 ms precise timer; ``max_gap`` is the longest time between two of its ticks."""

    def __init__(self, interval_ms: int = 10) -> None:
        super().__init__()
        self.interval = interval_ms / 1000.0
        self.ticks = 0
        self.max_gap = 0.0
        self._last: float | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> LoopWatch:
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.max_gap = max(self.max_gap, now - self._last)
        self._last = now
        self.ticks += 1
