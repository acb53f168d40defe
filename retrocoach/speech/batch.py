"""A render job's texts, shared by the render lanes (one thread per worker process).

The texts are handed out strictly in their order (a session's cues in timeline order: the
lead-in and the first minutes first), one at a time to whichever lane is free, so with N
lanes at most N texts are being rendered at once and a text is never started before the
ones ahead of it. Every count and every decision shared by the lanes (the timeouts in a row,
stopping the job) is made under :attr:`Batch.lock`; the renderer posts its results while
holding it, so the GUI thread gets them in the order they were counted.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence

#: Render processes for one job at most: two, for two cores (issue 16 item 7: a fresh data
#: folder's first session waits for every cue to be measured). More would mostly share the
#: same cores with the app's audio.
MAX_LANES = 2


def default_lanes() -> int:
    """One render lane per CPU this process may run on, at most :data:`MAX_LANES`."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(MAX_LANES, cpus))


class Batch:
    """The texts of one job still to render, and its tallies.

    `cancelled` is asked before each text is handed out (a newer job replaced this one).
    """

    def __init__(self, texts: Sequence[str], cancelled: Callable[[], bool]) -> None:
        self.lock = threading.Lock()
        self._texts = iter(tuple(texts))
        self._cancelled = cancelled
        self.size = len(texts)
        self.finished = 0  # rendered or failed
        self.rendered_now = 0  # the rest failed, or were not tried once the job stopped
        self.timeouts = 0  # in a row, across the lanes
        self.stopped = False  # the engine is unavailable or hung: hand out nothing more

    @property
    def cancelled(self) -> bool:
        return self._cancelled()

    def take(self) -> str | None:
        """The next text to render, None when there is none (all handed out, stopped or
        cancelled)."""
        with self.lock:
            if self.stopped or self._cancelled():
                return None
            return next(self._texts, None)

    def stop(self) -> bool:
        """Hand out nothing more (call with :attr:`lock` held); True the first time only."""
        first, self.stopped = not self.stopped, True
        return first

    @property
    def failed(self) -> int:
        """The texts not rendered: those that failed and those never tried."""
        return self.size - self.rendered_now
