""" "How hard was that?": the effort question asked once a session is recorded.

It opens under the end card (:class:`~retrocoach.ui.screen.effort_row.EffortRow`) and is said
aloud once the finish has been said. While it is open no key, button or remote starts a new
session (the driver's start veto): the number keys (0 for 10) and the big buttons answer at
once; a clicker's next and previous move a highlight along the scale and its play/pause
confirms it (with nothing highlighted, play/pause skips). Skip, choosing another workout or
a new plan closes it unanswered: the effort is optional. An answer is kept in the history
(an effort line, through ``ui/ops``) and the plan's suggestion follows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer

from retrocoach.core import effort as scale
from retrocoach.core.cues import Cue, CueKind
from retrocoach.desktop.mpris import RemoteCommand
from retrocoach.ui.actions.history import HistoryActions
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.ops.history import HistoryStore, SessionRecord, save_effort
from retrocoach.ui.problems import ProblemBridge
from retrocoach.ui.screen.main_window import MainWindow

#: Silence after the finish before the question is said.
QUESTION_PAUSE_MSEC = 600


class EffortQuestion(QObject):
    """`say(text)` speaks (or captions) a line; `finish_seconds()` is how long the finish
    cue takes to say, so the question follows it instead of cutting it off."""

    def __init__(
        self,
        window: MainWindow,
        driver: SessionDriver,
        history: HistoryStore,
        sessions: HistoryActions,
        problems: ProblemBridge,
        say: Callable[[str], None],
        finish_seconds: Callable[[], float] = lambda: 0.0,
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        super().__init__(window)
        self.window, self.driver, self.history, self.sessions = window, driver, history, sessions
        self.problems, self._say, self._finish_seconds = problems, say, finish_seconds
        self._language = language  # the voice's: what is said is in the session's language
        self.record: SessionRecord | None = None
        self.highlighted: int | None = None
        self._speak = QTimer(self)
        self._speak.setSingleShot(True)
        self._speak.timeout.connect(lambda: self._say(scale.said_question(self._language())))
        row = window.effort_row
        row.rated.connect(self.answer)
        row.skipped.connect(self.skip)
        driver.add_start_veto(lambda: self.is_open)
        driver.plan_changed.connect(lambda _plan: self.skip())

    @property
    def is_open(self) -> bool:
        return self.record is not None

    def ask(self, record: SessionRecord) -> None:
        """Open the question for `record` (just recorded) and say it after the finish."""
        self.record, self.highlighted = record, None
        self.window.effort_row.open()
        completed = record.outcome == "completed"  # a stopped session has no finish cue
        seconds = max(0.0, self._finish_seconds()) if completed else 0.0
        self._speak.start(round(seconds * 1000) + QUESTION_PAUSE_MSEC)

    def answer(self, effort: int) -> None:
        record = self.record
        if record is None:
            return
        self._close()
        problem = save_effort(self.history, record, effort)
        if problem is not None:
            self.problems.report(problem)
        self.sessions.on_rated(record, effort)
        self._say(scale.said_answer(effort, self._language()))

    def skip(self) -> None:
        if self.is_open:
            self._close()

    def _close(self) -> None:
        self.record = None
        self._speak.stop()
        self.window.effort_row.close_question()

    def on_remote(self, command: object) -> None:
        """A clicker or headset button, after the remote control handled it (its play/pause
        started nothing: the veto)."""
        if not self.is_open:
            return
        if command in (RemoteCommand.NEXT, RemoteCommand.PREVIOUS):
            delta = 1 if command is RemoteCommand.NEXT else -1
            self.highlighted = scale.step(self.highlighted, delta)
            self.window.effort_row.highlight(self.highlighted)
            self._say(scale.said_choice(self.highlighted, self._language()))
        elif command in (RemoteCommand.PLAY_PAUSE, RemoteCommand.PLAY):
            if self.highlighted is None:
                self.skip()
            else:
                self.answer(self.highlighted)


def finish_length(cues: Sequence[Cue]) -> float:
    """Seconds the finish cues of a timeline take to say, one after the other."""
    return sum(cue.seconds for cue in cues if cue.kind is CueKind.FINISH)


def effort_texts(language: str = "en") -> list[str]:
    """Everything the effort question may say in `language`, to be rendered ahead."""
    answers = (scale.said_answer, scale.said_choice)
    numbers = [said(n, language) for n in scale.scale() for said in answers]
    return [scale.said_question(language), *numbers]
