"""Measures how long the Qt event loop goes without running a 10 ms timer, and whose fault it is.

A gap between two ticks is either the app keeping its thread busy (slow work on the GUI thread,
another of its threads holding the GIL) or the operating system not giving the process a CPU
when its timer fell due (a loaded 2-core machine: the process sleeps in ``poll`` and wakes late).
The GUI thread's own CPU time across each gap tells the two apart: a gap the app caused is
filled with it; a gap the machine caused is nearly empty of it. (Another Python thread cannot
hold the GIL from the GUI thread for long: the interpreter hands it over every 5 ms.)
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class LoopWatch(QObject):
    """A 10 ms precise timer.

    ``max_gap`` is the longest time between two of its ticks; ``max_gap_cpu`` the CPU time
    the whole process (every thread) used during that gap; ``max_busy`` the most CPU time the
    GUI thread used within any one gap (how long the app itself kept its loop busy: close to
    the gap when the app stalled it, near zero when the machine did).
    """

    def __init__(self, interval_ms: int = 10) -> None:
        super().__init__()
        self.interval = interval_ms / 1000.0
        self.ticks = 0
        self.max_gap = 0.0
        self.max_gap_cpu = 0.0
        self.max_busy = 0.0
        self._last: float | None = None
        self._last_cpu = 0.0
        self._last_thread_cpu = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> LoopWatch:
        self._last = time.perf_counter()
        self._last_cpu = time.process_time()
        self._last_thread_cpu = time.thread_time()
        self._timer.start()
        return self

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now, cpu, thread_cpu = time.perf_counter(), time.process_time(), time.thread_time()
        if self._last is not None:
            gap = now - self._last
            if gap > self.max_gap:
                self.max_gap, self.max_gap_cpu = gap, cpu - self._last_cpu
            self.max_busy = max(self.max_busy, min(thread_cpu - self._last_thread_cpu, gap))
        self._last, self._last_cpu, self._last_thread_cpu = now, cpu, thread_cpu
        self.ticks += 1
