"""Remote commands (MPRIS, media keys, a presenter clicker) carried out on the session, and
confirmed by voice, since the runner who pressed a headset button is not looking.

One button is enough: play-pause starts an idle session, pauses a moving one and resumes a
paused one. On the end card a first press does nothing: a second within a few seconds starts
a new session (``core.commands.REMOTE``: a headset bumped after the finish must not record a
second session). A remote ``Stop`` pauses (stopping asks first, in the window). A start or restart
is not confirmed: the lead-in's own "check the path behind you" follows at once, and a
confirmation would cut it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from retrocoach.core.commands import MOVING, remote_command
from retrocoach.core.phrases import Phrasebook, phrasebook
from retrocoach.core.session import Command, State
from retrocoach.core.workout import Plan, PlannedPhase
from retrocoach.desktop.mpris import RemoteCommand
from retrocoach.desktop.player_status import PlayerStatus, player_status
from retrocoach.storage.workouts import in_language
from retrocoach.ui.live.driver import SessionDriver

log = logging.getLogger(__name__)

#: The confirmations' wording in English (each language's is in its phrasebook).
PHRASES = phrasebook("en")
PAUSED = PHRASES.PAUSED
RESUMED = PHRASES.RESUMED


def skipped_text(phase: PlannedPhase, language: str = "en") -> str:
    """ "Skipped: walk forwards": the confirmation of a skip names the phase now running."""
    return phrasebook(language).skipped(phase.name)


def back_text(phase: PlannedPhase, language: str = "en") -> str:
    return phrasebook(language).went_back(phase.name)


def confirmation_texts(plan: Plan, language: str = "en") -> list[str]:
    """Every confirmation a session of `plan` may say in `language`: rendered with its cues,
    so that a confirmation is heard at once (`plan` has its names in `language`)."""
    book = phrasebook(language)
    texts = [book.PAUSED, book.RESUMED]
    for phase in plan.phases:
        texts += [skipped_text(phase, language), back_text(phase, language)]
    return list(dict.fromkeys(texts))


class RemoteControl(QObject):
    """Carries out :class:`RemoteCommand` on `driver`; `confirm(text)` says what happened.

    ``raise_requested`` asks for the window (MPRIS ``Raise``).
    """

    raise_requested = Signal()
    #: After each handled command (the MPRIS service updates its properties on it).
    handled = Signal(object)

    def __init__(
        self,
        driver: SessionDriver,
        confirm: Callable[[str], None],
        parent: QObject | None = None,
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        """`language` says the session's language when a command is confirmed."""
        super().__init__(parent)
        self.driver, self._confirm, self._language = driver, confirm, language
        self._armed_at: float | None = None  # the end card's first play/pause (driver's clock)

    def status(self) -> PlayerStatus:
        """The MPRIS view of the session now."""
        plan = self.driver.plan
        return player_status(self.driver.snapshot(), plan.workout.name if plan else "")

    def handle(self, command: object) -> bool:
        """Carry out `command` (a RemoteCommand); True when it changed something."""
        if not isinstance(command, RemoteCommand):
            return False
        log.info("remote command: %s (state %s)", command.value, self.driver.state.value)
        done = self._carry_out(command)
        self.handled.emit(command)
        return done

    def _carry_out(self, command: RemoteCommand) -> bool:
        driver, state = self.driver, self.driver.state
        moving = state in MOVING
        if command is RemoteCommand.RAISE:
            self.raise_requested.emit()
            return True
        if command is RemoteCommand.PLAY_PAUSE or (command is RemoteCommand.PLAY and not moving):
            return self._toggle(state)
        if command in (RemoteCommand.PAUSE, RemoteCommand.STOP) and moving:
            return self._said(driver.pause(), self._book().PAUSED)
        if command is RemoteCommand.NEXT:
            return self._moved(driver.skip(), self._book().skipped)
        if command is RemoteCommand.PREVIOUS:
            return self._moved(driver.back(), self._book().went_back)
        return False

    def _toggle(self, state: State) -> bool:
        now = self.driver.clock()
        since = None if self._armed_at is None else now - self._armed_at
        command = remote_command(state, since)  # the one table: core.commands.REMOTE
        self._armed_at = now if command is None else None
        if command is None:
            log.info("remote play/pause on the end card: a second press starts a new session")
            return False
        if command is Command.RESUME:
            return self._said(self.driver.resume(), self._book().RESUMED)
        if command is Command.PAUSE:
            return self._said(self.driver.pause(), self._book().PAUSED)
        return self.driver.toggle()  # a start: the lead-in speaks for itself

    def _book(self) -> Phrasebook:
        return phrasebook(self._language())

    def _said(self, done: bool, text: str) -> bool:
        if done:
            self._confirm(text)
        return done

    def _moved(self, done: bool, words: Callable[[str], str]) -> bool:
        snapshot = self.driver.snapshot()
        over = self.driver.state is State.FINISHED  # the finish cue says it
        if done and not over and snapshot is not None and snapshot.phase is not None:
            phase = snapshot.phase
            if self.driver.plan is not None:  # the name in the voice's language
                spoken = in_language(self.driver.plan, self._language()).phases
                phase = spoken[phase.index] if phase.index < len(spoken) else phase
            self._confirm(words(phase.name))
        return done
