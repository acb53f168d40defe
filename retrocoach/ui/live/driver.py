"""SessionDriver: runs the pure :class:`Session` on precise Qt wake-ups and speaks in signals.

The driver is the only place that schedules anything. It never counts: after every wake-up
and every command it asks the session when the next whole workout second falls
(:meth:`Session.next_wakeup`, a deadline on the monotonic clock) and arms one single-shot
``PreciseTimer`` for exactly that moment. A late wake-up therefore only shows a correct time
late; it never shifts the schedule.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from retrocoach.core.commands import AT_REST, space_command, starts_a_session
from retrocoach.core.session import (
    Command,
    CommandRefused,
    Finished,
    PhaseStarted,
    SecondChanged,
    Session,
    SessionEvent,
    SleptAndPaused,
    Snapshot,
    State,
    StateChanged,
)
from retrocoach.core.workout import Plan, format_elapsed

#: How many phase boundaries :attr:`SessionDriver.boundary_log` keeps (the benchmark's window).
BOUNDARY_LOG_SIZE = 100_000


class SessionDriver(QObject):
    """Owns the current :class:`Session`, wakes it on time and re-emits its events as signals.

    Signals carry core objects: ``state_changed(State)``, ``second_changed(Snapshot)``,
    ``phase_changed(PlannedPhase)``, ``finished(Outcome)``, ``plan_changed(Plan)`` and
    ``message(str)`` (a refused command or a sleep, in words for the runner), and
    ``start_held()`` when a start waits for the start gate (see :meth:`set_start_gate`).
    """

    state_changed = Signal(object)
    second_changed = Signal(object)
    phase_changed = Signal(object)
    finished = Signal(object)
    message = Signal(str)
    plan_changed = Signal(object)
    start_held = Signal()

    def __init__(
        self,
        plan: Plan | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self._wall_clock = wall_clock
        self._session: Session | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        #: (phase index, deadline clock time, clock time the PhaseStarted was handled).
        self.boundary_log: deque[tuple[int, float, float]] = deque(maxlen=BOUNDARY_LOG_SIZE)
        self._start_gate: Callable[[], bool] | None = None
        self._start_vetoes: list[Callable[[], bool]] = []
        self._held_start: Command | None = None
        if plan is not None:
            self.load(plan)

    # --- observation ------------------------------------------------------------------------

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def plan(self) -> Plan | None:
        return self._session.plan if self._session is not None else None

    @property
    def state(self) -> State:
        return self._session.state if self._session is not None else State.IDLE

    def snapshot(self) -> Snapshot | None:
        return self._session.snapshot() if self._session is not None else None

    @property
    def armed_msec(self) -> int | None:
        """The interval of the pending wake-up in milliseconds, None when none is armed."""
        return self._timer.interval() if self._timer.isActive() else None

    # --- plan -------------------------------------------------------------------------------

    def load(self, plan: Plan) -> bool:
        """Replace the session with a fresh one for `plan`; refused while a session runs."""
        if self.state not in AT_REST:
            self.message.emit(
                self.tr("Stop the session before choosing another workout or round count.")
            )
            return False
        self._timer.stop()
        self._held_start = None
        self._session = Session(plan, clock=self.clock, wall_clock=self._wall_clock)
        self._session.subscribe(self._on_event)
        self.plan_changed.emit(plan)
        self.state_changed.emit(State.IDLE)
        self.second_changed.emit(self._session.snapshot())
        return True

    # --- commands ---------------------------------------------------------------------------

    def set_start_gate(self, gate: Callable[[], bool] | None) -> None:
        """While `gate()` is False, a start (or restart) waits: ``start_held`` is emitted and
        the session begins at :meth:`release_start`. The voice coach uses it so that the
        lead-in's safety cue is rendered before the lead-in can begin."""
        self._start_gate = gate

    def add_start_veto(self, veto: Callable[[], bool]) -> None:
        """While a `veto()` is True, a start or restart is refused (False, nothing held): the
        effort question on the end card (no key starts a session under it) and the briefing
        before the first session (it plays first) use it. Each is asked in turn, until one
        says True."""
        self._start_vetoes.append(veto)

    @property
    def start_pending(self) -> bool:
        return self._held_start is not None

    def release_start(self) -> bool:
        """Begin the start that waits for the gate, if any."""
        command, self._held_start = self._held_start, None
        return self._command(command) if command is not None else False

    def start(self) -> bool:
        return self._gated(Command.START)

    def pause(self) -> bool:
        return self._command(Command.PAUSE)

    def resume(self) -> bool:
        return self._command(Command.RESUME)

    def skip(self) -> bool:
        return self._command(Command.SKIP)

    def back(self) -> bool:
        return self._command(Command.BACK)

    def stop(self) -> bool:
        if self._held_start is not None:  # nothing began: nothing to stop but the wait
            self._held_start = None
            self.state_changed.emit(self.state)
            return True
        return self._command(Command.STOP)

    def toggle(self) -> bool:
        """Space: start when idle, restart when finished, pause when moving, resume when paused."""
        command = space_command(self.state)  # the one table: retrocoach.core.commands
        if self._held_start is not None:  # Space again while waiting: do not start twice
            return False
        return self._gated(command)

    def _gated(self, command: Command) -> bool:
        if starts_a_session(command) and self._session is not None:
            if any(veto() for veto in self._start_vetoes):
                return False
            if self._held_start is not None:
                return False
            if self._start_gate is not None and not self._start_gate():
                self._held_start = command
                self.start_held.emit()
                return True
        return self._command(command)

    def restart(self) -> bool:
        return self._gated(Command.RESTART)

    def _command(self, command: Command) -> bool:
        if self._session is None:
            self.message.emit(self.tr("Choose a workout first."))
            return False
        try:
            return self._session.command(command)
        finally:
            self._rearm()

    # --- the clock --------------------------------------------------------------------------

    def tick(self) -> None:
        """Bring the session up to the clock now and re-arm (the timer's slot; tests call it)."""
        if self._session is not None:
            try:
                self._session.update()
            finally:
                self._rearm()

    def _rearm(self) -> None:
        wakeup = self._session.next_wakeup() if self._session is not None else None
        if wakeup is None:
            self._timer.stop()
            return
        msec = max(0, math.ceil((wakeup - self.clock()) * 1000.0))
        self._timer.start(msec)

    # --- session events -> signals ----------------------------------------------------------

    def _on_event(self, event: SessionEvent) -> None:
        session = self._session
        assert session is not None
        if isinstance(event, PhaseStarted):
            deadline = session.clock_time_at(event.phase.start)
            if deadline is not None:
                self.boundary_log.append((event.phase.index, deadline, self.clock()))
            self.phase_changed.emit(event.phase)
        elif isinstance(event, SecondChanged):
            self.second_changed.emit(session.snapshot())
        elif isinstance(event, StateChanged):
            self.state_changed.emit(event.new)
        elif isinstance(event, Finished):
            self.finished.emit(event.outcome)
        elif isinstance(event, SleptAndPaused):
            slept = format_elapsed(event.slept_seconds)
            self.message.emit(
                self.tr(
                    "The computer slept for {slept}: the "
                    "session is paused where you were. Press Space to resume."
                ).format(slept=slept)
            )
        elif isinstance(event, CommandRefused):
            self.message.emit(refusal_text(event.command, event.state))


def refusal_text(command: Command, state: State) -> str:
    """Why `command` does nothing in `state`, and what would work, in the runner's words."""
    translate = QCoreApplication.translate
    if state is State.IDLE:
        return translate(
            "SessionDriver", "The session has not started yet: press Space (or Start) to begin."
        )
    if state is State.FINISHED:
        return translate(
            "SessionDriver", "The session is over: press Space (or Start) to go again."
        )
    if command is Command.PAUSE:
        return translate("SessionDriver", "Already paused: press Space to resume.")
    if command is Command.RESUME:
        return translate("SessionDriver", "Not paused: the session is already running.")
    if command is Command.START:
        return translate("SessionDriver", "Already started: use Stop first to start over.")
    return translate("SessionDriver", "'{command}' is not possible right now ({state}).").format(
        command=command.value, state=state.value
    )
