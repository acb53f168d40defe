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
from retrocoach.core.phrases import phrasebook
from retrocoach.core.session import Command, State
from retrocoach.core.workout import Plan, PlannedPhase
from retrocoach.desktop.mpris import PlayerStatus, RemoteCommand, player_status
from retrocoach.ui.live.driver import SessionDriver

log = logging.getLogger(__name__)

#: The confirmations' wording (the phrasebook of the coach's language: English for now).
PHRASES = phrasebook("en")
PAUSED = PHRASES.PAUSED
RESUMED = PHRASES.RESUMED


def skipped_text(phase: PlannedPhase) -> str:
    """ "Skipped: walk forwards": the confirmation of a skip names the phase now running."""
    return PHRASES.skipped(phase.name)


def back_text(phase: PlannedPhase) -> str:
    return PHRASES.went_back(phase.name)


def confirmation_texts(plan: Plan) -> list[str]:
    """Every confirmation a session of `plan` may say: rendered with its cues, so that a
    confirmation is heard at once."""
    texts = [PAUSED, RESUMED]
    for phase in plan.phases:
        texts += [skipped_text(phase), back_text(phase)]
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
    ) -> None:
        super().__init__(parent)
        self.driver, self._confirm = driver, confirm
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
            return self._said(driver.pause(), PAUSED)
        if command is RemoteCommand.NEXT:
            return self._moved(driver.skip(), skipped_text)
        if command is RemoteCommand.PREVIOUS:
            return self._moved(driver.back(), back_text)
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
            return self._said(self.driver.resume(), RESUMED)
        if command is Command.PAUSE:
            return self._said(self.driver.pause(), PAUSED)
        return self.driver.toggle()  # a start: the lead-in speaks for itself

    def _said(self, done: bool, text: str) -> bool:
        if done:
            self._confirm(text)
        return done

    def _moved(self, done: bool, words: Callable[[PlannedPhase], str]) -> bool:
        snapshot = self.driver.snapshot()
        over = self.driver.state is State.FINISHED  # the finish cue says it
        if done and not over and snapshot is not None and snapshot.phase is not None:
            self._confirm(words(snapshot.phase))
        return done
