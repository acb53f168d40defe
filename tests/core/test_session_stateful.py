"""Random command sequences and clock jumps against the session's invariants (hypothesis)."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from retrocoach.core.session import (
    ALLOWED,
    Command,
    Finished,
    PhaseStarted,
    Session,
    SessionEvent,
    State,
    StateChanged,
)
from retrocoach.core.workout import Direction, Pace, Phase, Workout
from tests.core.clock import FakeClock

PHASES = (
    Phase("Jog backwards", Direction.BACKWARD, Pace.JOG, 7),
    Phase("Walk forwards", Direction.FORWARD, Pace.WALK, 5),
    Phase("Run backwards", Direction.BACKWARD, Pace.RUN, 3),
)
WORKOUT = Workout("s", "Stateful", "", (PHASES[1],), PHASES, (PHASES[1],), 3)


class SessionMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.plan = WORKOUT.plan(3, lead_in_seconds=4)
        self.session = Session(self.plan, self.clock.monotonic, self.clock.wall)
        self.events: list[SessionEvent] = []
        self.session.subscribe(self.events.append)
        self.run_started_at = self.clock.now

    @rule(command=st.sampled_from(list(Command)))
    def command(self, command: Command) -> None:
        before = self.session.state
        allowed = command in ALLOWED[before]
        applied = self.session.command(command)
        if not allowed:
            assert not applied and self.session.state is before
        if applied and command in (Command.START, Command.RESTART):
            self.run_started_at = self.clock.now

    @rule(seconds=st.floats(min_value=0, max_value=40, allow_nan=False))
    def time_passes(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.session.update()

    @rule(seconds=st.floats(min_value=2.5, max_value=10_000, allow_nan=False))
    def machine_sleeps(self, seconds: float) -> None:
        was_moving = self.session.is_moving()
        t_before = self.session.workout_time()
        self.clock.sleep_machine(seconds)
        self.clock.advance(0.01)
        self.session.update()
        if was_moving:
            assert self.session.state is State.PAUSED
            assert self.session.workout_time() <= t_before + 1e-9

    @precondition(lambda self: self.session.state is State.PAUSED)
    @rule(seconds=st.floats(min_value=0, max_value=1000, allow_nan=False))
    def paused_time_stands_still(self, seconds: float) -> None:
        before = self.session.snapshot()
        self.clock.advance(seconds)
        self.session.update()
        assert self.session.snapshot() == before

    @invariant()
    def finished_at_most_once_per_run(self) -> None:
        finishes = 0
        for event in self.events:
            if isinstance(event, StateChanged) and event.old is State.FINISHED:
                finishes = 0  # a restart begins a new run
            if isinstance(event, Finished):
                finishes += 1
                assert finishes == 1, "a run finished twice"

    @invariant()
    def snapshot_is_consistent(self) -> None:
        snap = self.session.snapshot()
        total = self.plan.total_seconds
        assert 0 <= snap.session_progress <= 1
        assert 0 <= snap.phase_progress <= 1
        assert 0 <= snap.total_remaining <= total
        assert snap.displayed_seconds >= 0
        assert -self.plan.lead_in_seconds - 1e-9 <= snap.workout_time
        if snap.state in (State.RUNNING, State.PAUSED) and not snap.in_lead_in:
            assert snap.phase is not None
            assert snap.phase.start <= snap.workout_time < snap.phase.end
            assert 0 < snap.phase_remaining <= snap.phase.seconds
            assert snap.round == snap.phase.round
        if snap.state is State.FINISHED:
            assert snap.phase is None and snap.outcome is not None
        if snap.state is State.IDLE:
            assert snap.outcome is None

    @invariant()
    def lived_time_is_bounded(self) -> None:
        active = self.session.active_seconds
        assert 0 <= self.session.backward_seconds <= active + 1e-6
        # Back re-lives a stretch, so only the clock bounds the lived time, not the plan.
        assert active <= self.clock.now - self.run_started_at + 1e-6
        assert 0 <= self.session.rounds_done <= self.plan.rounds

    @invariant()
    def phase_events_name_the_running_phase(self) -> None:
        started = [e for e in self.events if isinstance(e, PhaseStarted)]
        if started and self.session.state is State.RUNNING:
            snap = self.session.snapshot()
            assert snap.phase == started[-1].phase


TestSessionMachine = SessionMachine.TestCase
TestSessionMachine.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)
