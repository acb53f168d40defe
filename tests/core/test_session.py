"""The session state machine, on a fake clock: transitions, exact timing, skip/back, sleep."""

from __future__ import annotations

import pytest

from retrocoach.core.session import (
    ALLOWED,
    Command,
    CommandRefused,
    Finished,
    Outcome,
    PhaseStarted,
    SecondChanged,
    Session,
    SessionEvent,
    SleptAndPaused,
    State,
    StateChanged,
)
from retrocoach.core.workout import Direction, Pace, Phase, Plan, Workout
from tests.core.clock import FakeClock

WALK = Phase("Walk backwards", Direction.BACKWARD, Pace.WALK, 60)
JOG = Phase("Jog backwards", Direction.BACKWARD, Pace.JOG, 30)
REST = Phase("Walk forwards", Direction.FORWARD, Pace.WALK, 45)
WORKOUT = Workout("t", "Test", "", (WALK,), (JOG, REST), (), 2)


def make(lead_in: int = 10, rounds: int = 2) -> tuple[Session, FakeClock, list[SessionEvent]]:
    clock = FakeClock()
    session = Session(WORKOUT.plan(rounds, lead_in), clock.monotonic, clock.wall)
    events: list[SessionEvent] = []
    session.subscribe(events.append)
    return session, clock, events


def bring_to(state: State) -> tuple[Session, FakeClock, list[SessionEvent]]:
    session, clock, events = make()
    if state is not State.IDLE:
        session.start()
    if state in (State.RUNNING, State.PAUSED):
        clock.advance(15)  # 5 s into the first phase
        session.update()
    if state is State.PAUSED:
        session.pause()
    if state is State.FINISHED:
        session.stop()
    assert session.state is state
    events.clear()
    return session, clock, events


# Where each legal command leads, from each state (the rest must be refused).
EXPECTED = {
    (State.IDLE, Command.START): State.LEAD_IN,
    (State.LEAD_IN, Command.PAUSE): State.PAUSED,
    (State.LEAD_IN, Command.SKIP): State.RUNNING,
    (State.LEAD_IN, Command.BACK): State.LEAD_IN,
    (State.LEAD_IN, Command.STOP): State.FINISHED,
    (State.LEAD_IN, Command.RESTART): State.LEAD_IN,
    (State.RUNNING, Command.PAUSE): State.PAUSED,
    (State.RUNNING, Command.SKIP): State.RUNNING,
    (State.RUNNING, Command.BACK): State.RUNNING,
    (State.RUNNING, Command.STOP): State.FINISHED,
    (State.RUNNING, Command.RESTART): State.LEAD_IN,
    (State.PAUSED, Command.RESUME): State.RUNNING,
    (State.PAUSED, Command.SKIP): State.PAUSED,
    (State.PAUSED, Command.BACK): State.PAUSED,
    (State.PAUSED, Command.STOP): State.FINISHED,
    (State.PAUSED, Command.RESTART): State.LEAD_IN,
    (State.FINISHED, Command.RESTART): State.LEAD_IN,
}


def test_expected_table_matches_the_allowed_table() -> None:
    assert {(s, c) for s, commands in ALLOWED.items() for c in commands} == set(EXPECTED)


@pytest.mark.parametrize("state", list(State))
@pytest.mark.parametrize("command", list(Command))
def test_every_state_command_pair(state: State, command: Command) -> None:
    session, _clock, events = bring_to(state)
    applied = session.command(command)
    expected = EXPECTED.get((state, command))
    if expected is None:
        assert not applied
        assert session.state is state
        assert len(events) == 1
        refused = events[0]
        assert isinstance(refused, CommandRefused)
        assert (refused.command, refused.state) == (command, state)
    else:
        assert applied
        assert session.state is expected


def test_lead_in_counts_down_then_first_phase_starts() -> None:
    session, clock, events = make(lead_in=10)
    session.start()
    snap = session.snapshot()
    assert snap.in_lead_in and snap.displayed_seconds == 10 and snap.phase is None
    assert snap.next_phase is not None and snap.next_phase.index == 0
    clock.advance(9.5)
    session.update()
    assert session.snapshot().displayed_seconds == 1
    clock.advance(0.5)
    session.update()
    assert session.state is State.RUNNING
    assert next(e for e in events if isinstance(e, PhaseStarted)).phase.index == 0
    assert session.snapshot().displayed_seconds == 60


def test_zero_lead_in_starts_running() -> None:
    session, _clock, events = make(lead_in=0)
    session.start()
    assert session.state is State.RUNNING
    assert StateChanged(State.IDLE, State.RUNNING) in events
    assert isinstance(events[-2], PhaseStarted)


def test_pause_resume_keeps_remaining_time_exact_to_the_millisecond() -> None:
    session, clock, _events = make(lead_in=0)
    session.start()
    clock.advance(12.345)
    session.pause()
    before = session.snapshot()
    clock.advance(600.0)  # a long pause
    session.update()
    assert session.snapshot().phase_remaining == pytest.approx(before.phase_remaining, abs=1e-3)
    session.resume()
    clock.advance(0.655)
    session.update()
    assert session.snapshot().phase_remaining == pytest.approx(60 - 13.0, abs=1e-3)
    assert session.active_seconds == pytest.approx(13.0, abs=1e-3)


def test_many_pauses_do_not_drift() -> None:
    session, clock, _events = make(lead_in=0)
    session.start()
    for _ in range(1000):
        clock.advance(0.01)
        session.pause()
        clock.advance(3.0)
        session.resume()
    assert session.workout_time() == pytest.approx(10.0, abs=1e-6)


def test_phase_events_carry_their_lateness() -> None:
    session, clock, events = make(lead_in=0)
    session.start()
    clock.advance(60.004)
    session.update()
    started = [e for e in events if isinstance(e, PhaseStarted)]
    assert started[-1].phase.index == 1
    assert started[-1].late_by == pytest.approx(0.004)


def test_second_changed_only_when_the_display_changes() -> None:
    session, clock, events = make(lead_in=0)
    session.start()
    events.clear()
    for _ in range(10):
        clock.advance(0.1)
        session.update()
    assert [e for e in events if isinstance(e, SecondChanged)] == [SecondChanged(59)]


def test_next_wakeup_is_the_next_whole_workout_second() -> None:
    session, clock, _events = make(lead_in=10)
    assert session.next_wakeup() is None
    session.start()
    clock.advance(0.25)
    assert session.next_wakeup() == pytest.approx(clock.now + 0.75)
    assert session.clock_time_at(0.0) == pytest.approx(clock.now + 9.75)
    session.pause()
    assert session.next_wakeup() is None and session.clock_time_at(0.0) is None


def test_skip_moves_to_the_next_phase_and_back_returns() -> None:
    session, clock, _events = make(lead_in=0)
    session.start()
    clock.advance(20)
    session.skip()
    snap = session.snapshot()
    assert snap.phase is not None and snap.phase.index == 1 and snap.round == 1
    assert snap.phase_remaining == 30
    clock.advance(5)
    session.back()  # 5 s in: to the start of this phase
    assert session.snapshot().phase_remaining == 30
    clock.advance(1)
    session.back()  # within 2 s of the start: to the previous phase
    snap = session.snapshot()
    assert snap.phase is not None and snap.phase.index == 0 and snap.phase_remaining == 60


def test_back_in_the_first_phase_restarts_it() -> None:
    session, clock, _events = make(lead_in=0)
    session.start()
    clock.advance(1)
    session.back()
    assert session.workout_time() == 0


def test_skip_while_paused_stays_paused_and_announces_the_phase() -> None:
    session, clock, events = bring_to(State.PAUSED)
    session.skip()
    assert session.state is State.PAUSED
    assert any(isinstance(e, PhaseStarted) and e.phase.index == 1 for e in events)
    remaining = session.snapshot().phase_remaining
    clock.advance(100)
    assert session.snapshot().phase_remaining == remaining


def test_skip_in_lead_in_starts_the_first_phase() -> None:
    session, _clock, _events = bring_to(State.LEAD_IN)
    session.skip()
    assert session.state is State.RUNNING and session.workout_time() == 0


def test_skipping_past_the_last_phase_finishes() -> None:
    session, _clock, events = make(lead_in=0, rounds=1)
    session.start()
    for _ in range(3):
        session.skip()
    assert session.state is State.FINISHED
    # Skipped through: it reached the end but does not count as done (nor for progression).
    assert events.count(Finished(Outcome.STOPPED)) == 1
    assert session.active_seconds == 0
    assert session.rounds_done == 0


def test_skipping_only_the_last_phase_still_completes() -> None:
    session, clock, events = make(lead_in=0, rounds=1)
    session.start()
    clock.advance(60 + 30 + 5)  # warm-up and the jog lived, 5 s into the rest
    session.update()
    session.skip()
    assert events.count(Finished(Outcome.COMPLETED)) == 1
    assert session.rounds_done == 0  # the round's last phase was not lived to its end


def test_session_finishes_exactly_once() -> None:
    session, clock, events = make(lead_in=3, rounds=1)
    session.start()
    for _ in range(300):
        clock.advance(0.7)
        session.update()
    assert [e for e in events if isinstance(e, Finished)] == [Finished(Outcome.COMPLETED)]
    assert session.snapshot().total_remaining == 0
    assert session.snapshot().session_progress == 1
    assert session.active_seconds == pytest.approx(WORKOUT.total_seconds(1))
    assert session.backward_seconds == pytest.approx(90)
    assert session.rounds_done == 1
    assert not session.stop()


def test_stop_records_what_was_done() -> None:
    session, clock, events = make(lead_in=0)
    session.start()
    clock.advance(100)  # in round 1's rest
    session.update()
    session.stop()
    assert Finished(Outcome.STOPPED) in events
    assert session.outcome is Outcome.STOPPED
    assert session.active_seconds == pytest.approx(100)
    assert session.backward_seconds == pytest.approx(90)
    assert session.rounds_done == 0
    assert session.lived_seconds_by_phase() == {0: 60, 1: 30, 2: 10}
    assert session.snapshot().phase is None


def test_restart_after_finish_runs_again_and_finishes_again() -> None:
    session, clock, events = make(lead_in=0, rounds=1)
    session.start()
    clock.advance(1000)
    session.update()
    session.restart()
    assert session.state is State.RUNNING and session.active_seconds == 0
    clock.advance(1000)
    session.update()
    assert events.count(Finished(Outcome.COMPLETED)) == 2


def test_sleep_mid_session_comes_back_paused_not_finished() -> None:
    session, clock, events = make(lead_in=0)
    session.start()
    clock.advance(10)
    session.update()
    clock.sleep_machine(3600)  # an hour in suspend: the monotonic clock did not move
    clock.advance(0.5)
    session.update()
    assert session.state is State.PAUSED
    assert any(isinstance(e, SleptAndPaused) for e in events)
    assert session.workout_time() == pytest.approx(10)
    assert session.resume()
    assert session.is_moving()


def test_small_wall_clock_adjustments_are_not_sleep() -> None:
    session, clock, _events = make(lead_in=0)
    session.start()
    clock.advance(1)
    clock.sleep_machine(1.5)  # an NTP nudge
    session.update()
    assert session.state is State.RUNNING


def test_round_and_next_in_snapshot() -> None:
    session, clock, _events = make(lead_in=0, rounds=2)
    session.start()
    clock.advance(60 + 75 + 10)  # round 2, jog
    snap = session.snapshot()
    assert snap.round == 2 and snap.rounds == 2
    assert snap.next_phase is not None and snap.next_phase.name == "Walk forwards"
    assert snap.phase_progress == pytest.approx(10 / 30)


def test_a_long_plan_stays_cheap() -> None:
    """5,000 phases (short ones: a session may last 4 hours at most)."""
    short_jog = Phase("Jog backwards", Direction.BACKWARD, Pace.JOG, 2)
    plan: Plan = Workout("long", "Long", "", (), (short_jog,) * 100, (), 50).plan(50)
    assert len(plan.phases) == 5000
    clock = FakeClock()
    session = Session(plan, clock.monotonic, clock.wall)
    session.start()
    for _ in range(500):
        clock.advance(1)
        session.update()
    assert session.snapshot().phase is not None


def test_restart_mid_session_ends_the_run_as_stopped_first() -> None:
    session, clock, events = make(lead_in=0)
    session.start()
    clock.advance(100)
    session.update()
    events.clear()
    session.restart()
    assert events[:2] == [StateChanged(State.RUNNING, State.FINISHED), Finished(Outcome.STOPPED)]
    assert session.state is State.RUNNING and session.active_seconds == 0
