"""The briefing before the first session, and Help > Before your first session.

On a fresh data folder the first start (Space, the Start button, a remote, ``--start``) plays
the briefing instead (the driver's start veto), and the session starts when it ends. Space
(or any start) while it plays skips it and starts at once. Heard or skipped, it is kept as
given (a flag in the data folder) and never forced again; Help plays it on demand. Stop (or
Esc) while it plays cancels it: no session starts, and a briefing cut off that way is not
kept as given (the next start plays it again, and Space skips it then).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from retrocoach.core.briefing import briefing_lines
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.live.briefing import BriefingPlayer
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.ops.briefing import briefing_due, mark_done
from retrocoach.ui.problems import ProblemBridge


class BriefingActions(QObject):
    #: True when the briefing begins, False when it ends or is skipped (the panel's hint).
    playing = Signal(bool)

    def __init__(
        self,
        driver: SessionDriver,
        paths: DataPaths,
        problems: ProblemBridge,
        say: Callable[[str], None],
        parent: QObject | None = None,
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        super().__init__(parent)
        self.driver, self.paths, self.problems = driver, paths, problems
        self._language = language  # the voice's: the briefing is said in the session's language
        self.player = BriefingPlayer(say, parent=self)
        self.player.finished.connect(self._on_finished)
        self.given = not briefing_due(paths)  # read once: a start must not wait for a disk
        self._start_after = False
        self._cancelled = False
        self.times_played = 0
        driver.add_start_veto(self._holds_start)

    @property
    def running(self) -> bool:
        return self.player.running

    def lines(self) -> tuple[str, ...]:
        return briefing_lines(self._language())

    def play(self) -> None:
        """Help > Before your first session: the briefing now (no start after it)."""
        self._start_after = False
        self.times_played += 1
        self.player.play(self.lines())
        self.playing.emit(True)

    def cancel(self) -> None:
        """Stop or Esc while the briefing plays: it ends, and no session starts."""
        if self.player.running:
            self._start_after, self._cancelled = False, True
            self.player.skip()

    def _holds_start(self) -> bool:
        """The start veto: True (the start waits) while the briefing is due and begins."""
        if self.player.running:
            self._start_after = False  # this start goes ahead: it is the skip
            self.player.skip()
            return False
        if self.given:
            return False
        self.play()
        self._start_after = True
        return True

    def _on_finished(self, _heard: bool) -> None:
        cancelled, self._cancelled = self._cancelled, False
        self.playing.emit(False)
        if not self.given and not cancelled:
            self.given = True
            problem = mark_done(self.paths)
            if problem is not None:
                self.problems.report(problem)
        if self._start_after:
            self._start_after = False
            self.driver.start()
