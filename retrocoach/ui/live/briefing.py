"""Plays the briefing before the first session: one line after the other, each said (or
shown as a caption when it cannot be heard) and then a short silence, until the end or a skip.

Each line is given the longer of its estimated speaking time (with a margin) and its rendered
length (`length(text)`, None when not rendered), so a slow voice is not cut off by the next
line. The first line waits, at most :data:`READY_TIMEOUT` seconds, until `ready()` says the
voice exists (with ``--start`` the briefing begins before it does). The app sets both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from retrocoach.core.briefing import LINE_GAP_SECONDS
from retrocoach.core.cues import DEFAULT_WORDS_PER_MINUTE, estimate_speaking_seconds

READY_TIMEOUT = 4.0
#: An estimated length is stretched by this much: a line cut by the next one is lost.
ESTIMATE_MARGIN = 1.15
_READY_POLL_MSEC = 100


class BriefingPlayer(QObject):
    """`finished(heard)`: True at the end, False when skipped."""

    finished = Signal(bool)

    def __init__(
        self,
        say: Callable[[str], None],
        ready: Callable[[], bool] = lambda: True,
        length: Callable[[str], float | None] = lambda _text: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._say, self.ready, self.length = say, ready, length
        self.words_per_minute = DEFAULT_WORDS_PER_MINUTE
        self._lines: list[str] = []
        self._next = 0
        self._waited = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    @property
    def running(self) -> bool:
        return bool(self._lines)

    def play(self, lines: Sequence[str]) -> None:
        """Begin (again, from the first line)."""
        self._lines, self._next, self._waited = list(lines), 0, 0
        self._timer.start(0)

    def skip(self) -> None:
        if self.running:
            self._stop()
            self.finished.emit(False)

    def _stop(self) -> None:
        self._timer.stop()
        self._lines, self._next = [], 0

    def _step(self) -> None:
        if self._next == 0 and not self.ready():
            self._waited += _READY_POLL_MSEC
            if self._waited < READY_TIMEOUT * 1000:
                self._timer.start(_READY_POLL_MSEC)
                return
        if self._next >= len(self._lines):
            self._stop()
            self.finished.emit(True)
            return
        text = self._lines[self._next]
        self._next += 1
        self._say(text)
        estimate = estimate_speaking_seconds(text, self.words_per_minute)
        seconds = max(estimate * ESTIMATE_MARGIN, self.length(text) or 0.0) + LINE_GAP_SECONDS
        self._timer.start(round(seconds * 1000))
