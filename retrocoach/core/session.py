"""The session timer: a state machine on a workout-time axis, driven by an injected clock.

Workout time runs from ``-lead_in`` (the "Get ready" lead-in) through 0 (first phase) to
``plan.total_seconds``. While the session moves, workout time is ``clock() - anchor``; pausing
freezes it; skip and back move the anchor. Nothing is ever decremented, so the timer cannot
drift however late the caller's wake-ups are: a late wake-up only shows a correct time late.

The session never schedules anything itself. Its driver (a QTimer in the app, a fake clock in
tests) calls :meth:`Session.update` at the moments :meth:`Session.next_wakeup` names; events
reach listeners synchronously.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from retrocoach.core.lived_time import LivedTime
from retrocoach.core.session_events import (
    CommandRefused,
    Finished,
    Listener,
    PhaseStarted,
    SecondChanged,
    SessionEvent,
    SleptAndPaused,
    Snapshot,
    StateChanged,
    take_snapshot,
)
from retrocoach.core.session_states import (
    ALLOWED,
    AT_REST,
    MOVING,
    UNDER_WAY,
    Command,
    Outcome,
    State,
)
from retrocoach.core.workout import Plan

#: The names other modules import from here (states and events have their own modules).
__all__ = [
    "ALLOWED",
    "AT_REST",
    "BACK_TO_PREVIOUS_WINDOW",
    "COMPLETED_SHARE",
    "MOVING",
    "SLEEP_THRESHOLD",
    "UNDER_WAY",
    "Command",
    "CommandRefused",
    "Finished",
    "Listener",
    "Outcome",
    "PhaseStarted",
    "SecondChanged",
    "Session",
    "SessionEvent",
    "SleptAndPaused",
    "Snapshot",
    "State",
    "StateChanged",
]

#: Back within this many seconds of a phase's start goes to the previous phase.
BACK_TO_PREVIOUS_WINDOW = 2.0
#: Reaching the end counts as completed only after living this share of the plan's time.
COMPLETED_SHARE = 0.5
#: A wall clock that jumps this much further than the monotonic one means the machine slept.
SLEEP_THRESHOLD = 2.0


class Session:
    """One run of a plan. Commands return True when applied, False (and say why) when not."""

    def __init__(
        self,
        plan: Plan,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.plan = plan
        self._clock = clock
        self._wall_clock = wall_clock
        self._listeners: list[Listener] = []
        self._state = State.IDLE
        self._reset_run()

    def _reset_run(self) -> None:
        self._anchor = 0.0  # clock() at workout time 0 while moving
        self._frozen = -float(self.plan.lead_in_seconds)  # workout time while not moving
        self._phase_index: int | None = None
        self._displayed: int | None = None
        self._outcome: Outcome | None = None
        self._last_seen_time = self._frozen
        self._last_mono = 0.0
        self._last_wall = 0.0
        self._lived = LivedTime(self.plan)

    # --- observation ------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: SessionEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    @property
    def state(self) -> State:
        return self._state

    @property
    def outcome(self) -> Outcome | None:
        return self._outcome

    @property
    def active_seconds(self) -> float:
        """Workout seconds lived through up to the last update (skipped stretches don't count)."""
        return self._lived.active

    @property
    def backward_seconds(self) -> float:
        """The part of :attr:`active_seconds` spent in backward phases."""
        return self._lived.backward

    def lived_seconds_by_phase(self) -> dict[int, float]:
        """Seconds lived in each phase (by plan index) up to the last update."""
        return dict(self._lived.by_phase)

    @property
    def rounds_done(self) -> int:
        """Rounds whose last phase was lived to its end (skipping through a round is not it)."""
        return self._lived.rounds_done()

    def workout_time(self) -> float:
        if self._state in MOVING:
            return self._clock() - self._anchor
        return self._frozen

    def is_moving(self) -> bool:
        return self._state in MOVING

    def clock_time_at(self, workout_time: float) -> float | None:
        """The clock() value at which the session reaches `workout_time`, if it is moving."""
        return self._anchor + workout_time if self.is_moving() else None

    def next_wakeup(self) -> float | None:
        """Clock time of the next whole workout second (when the display or phase changes)."""
        if not self.is_moving():
            return None
        now_time = self._clock() - self._anchor
        return self._anchor + math.floor(now_time + 1e-9) + 1

    def snapshot(self) -> Snapshot:
        return take_snapshot(self.plan, self._state, self.workout_time(), self._outcome)

    # --- the clock --------------------------------------------------------------------------

    def update(self) -> None:
        """Bring the session up to the clock: sleep detection, lead-in end, phases, finish."""
        if not self.is_moving():
            return
        mono, wall = self._clock(), self._wall_clock()
        slept = (wall - self._last_wall) - (mono - self._last_mono)
        if slept > SLEEP_THRESHOLD:
            # The monotonic clock stood still (or nearly) while the machine slept: come back
            # paused where the runner last was, never finished in absentia.
            self._pause_at(self._last_seen_time)
            self._emit(SleptAndPaused(slept))
            return
        self._last_mono, self._last_wall = mono, wall
        self._advance_to(mono - self._anchor)

    def _advance_to(self, t: float) -> None:
        self._lived.add(self._last_seen_time, t)
        self._last_seen_time = t
        if self._state is State.LEAD_IN and t >= 0:
            self._set_state(State.RUNNING)
        if t >= self.plan.total_seconds:
            self._finish(Outcome.COMPLETED)
            return
        if self._state is State.RUNNING:
            phase = self.plan.phase_at(t)
            if phase is not None and phase.index != self._phase_index:
                self._phase_index = phase.index
                self._emit(PhaseStarted(phase, t - phase.start))
        self._emit_second_if_changed()

    def _emit_second_if_changed(self) -> None:
        displayed = self.snapshot().displayed_seconds
        if displayed != self._displayed:
            self._displayed = displayed
            self._emit(SecondChanged(displayed))

    # --- commands ---------------------------------------------------------------------------

    def command(self, command: Command) -> bool:
        """Apply `command` if the state allows it; otherwise emit CommandRefused."""
        if command not in ALLOWED[self._state]:
            self._emit(CommandRefused(command, self._state))
            return False
        self.update()
        if command not in ALLOWED[self._state]:  # update() may have finished or paused
            self._emit(CommandRefused(command, self._state))
            return False
        getattr(self, f"_do_{command.value}")()
        return True

    def start(self) -> bool:
        return self.command(Command.START)

    def pause(self) -> bool:
        return self.command(Command.PAUSE)

    def resume(self) -> bool:
        return self.command(Command.RESUME)

    def skip(self) -> bool:
        return self.command(Command.SKIP)

    def back(self) -> bool:
        return self.command(Command.BACK)

    def stop(self) -> bool:
        return self.command(Command.STOP)

    def restart(self) -> bool:
        return self.command(Command.RESTART)

    def _do_start(self) -> None:
        self._begin()

    def _do_restart(self) -> None:
        if self._state is not State.FINISHED:
            self._finish(Outcome.STOPPED)  # the run so far ends (and is recorded) first
        self._reset_run()
        self._begin()

    def _begin(self) -> None:
        self._move_from(-float(self.plan.lead_in_seconds))
        self._set_state(State.LEAD_IN if self.plan.lead_in_seconds else State.RUNNING)
        self._advance_to(self.workout_time())

    def _do_pause(self) -> None:
        self._pause_at(self.workout_time())

    def _pause_at(self, t: float) -> None:
        self._frozen = t
        self._last_seen_time = t
        self._set_state(State.PAUSED)

    def _do_resume(self) -> None:
        self._move_from(self._frozen)
        self._set_state(State.LEAD_IN if self._frozen < 0 else State.RUNNING)
        self._advance_to(self.workout_time())

    def _do_skip(self) -> None:
        t = self.workout_time()
        phase = self.plan.phase_at(t)
        if t < 0:
            target = 0.0
        elif phase is None or phase.index + 1 >= len(self.plan.phases):
            target = float(self.plan.total_seconds)
        else:
            target = float(phase.end)
        self._jump_to(target)

    def _do_back(self) -> None:
        t = self.workout_time()
        phase = self.plan.phase_at(t)
        if t < 0 or phase is None:
            target = -float(self.plan.lead_in_seconds) if t < 0 else 0.0
        elif t - phase.start < BACK_TO_PREVIOUS_WINDOW and phase.index > 0:
            target = float(self.plan.phases[phase.index - 1].start)
        else:
            target = float(phase.start)
        self._jump_to(target)

    def _jump_to(self, target: float) -> None:
        """Move workout time to `target` (skip/back); a paused session stays paused."""
        self._last_seen_time = target
        self._phase_index = None  # the phase at the target (re)starts: its cues play again
        self._displayed = None
        if self._state is State.PAUSED:
            self._frozen = target
            if target >= self.plan.total_seconds:
                self._finish(Outcome.COMPLETED)
                return
            phase = self.plan.phase_at(target)
            if phase is not None:
                self._phase_index = phase.index
                self._emit(PhaseStarted(phase, 0.0))
            self._emit_second_if_changed()
            return
        self._move_from(target)
        if self._state is State.LEAD_IN and target >= 0:
            self._set_state(State.RUNNING)
        self._advance_to(self.workout_time())

    def _do_stop(self) -> None:
        self._finish(Outcome.STOPPED)

    # --- state changes ----------------------------------------------------------------------

    def _move_from(self, t: float) -> None:
        now = self._clock()
        self._anchor = now - t
        self._last_seen_time = t
        self._last_mono, self._last_wall = now, self._wall_clock()

    def _finish(self, outcome: Outcome) -> None:
        t = self.workout_time()
        if outcome is Outcome.COMPLETED:
            self._lived.add(self._last_seen_time, float(self.plan.total_seconds))
            t = float(self.plan.total_seconds)
            if self._lived.active < COMPLETED_SHARE * self.plan.total_seconds:
                outcome = Outcome.STOPPED  # reached the end by skipping most of it
        elif self.is_moving():
            self._lived.add(self._last_seen_time, t)
        self._frozen = t
        self._outcome = outcome
        self._set_state(State.FINISHED)
        self._emit(Finished(outcome))

    def _set_state(self, new: State) -> None:
        old = self._state
        if new is old:
            return
        self._state = new
        self._emit(StateChanged(old, new))
