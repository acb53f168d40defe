"""SessionDriver: precise wake-ups in a real event loop, signals in order, refusals in words."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from retrocoach.core.session import Outcome, Snapshot, State
from retrocoach.core.workout import Direction, Pace, Phase, Plan, PlannedPhase, Workout
from retrocoach.ui.live.driver import SessionDriver
from tests.core.clock import FakeClock

#: How late a signal may arrive in a loaded CI machine's event loop (never early).
LATE_TOLERANCE = 0.15


@pytest.fixture(autouse=True)
def _qt_app(qapp: QApplication) -> None:
    """Timers need a QApplication, also in the tests that never spin the event loop."""


def tiny_plan(*seconds: int, lead_in: int = 0) -> Plan:
    """One round of phases of the given lengths, alternating backward jog / forward walk."""
    kinds = [(Direction.BACKWARD, Pace.JOG), (Direction.FORWARD, Pace.WALK)]
    phases = tuple(Phase(f"phase {i}", *kinds[i % 2], length) for i, length in enumerate(seconds))
    workout = Workout("tiny", "Tiny", "", (), phases, (), 1)
    return workout.plan(1, lead_in_seconds=lead_in)


def state(driver: SessionDriver) -> State:
    return driver.state  # a call, so that mypy does not narrow the state between commands


def fake_driver(plan: Plan) -> tuple[SessionDriver, FakeClock]:
    clock = FakeClock()
    return SessionDriver(plan, clock=clock.monotonic, wall_clock=clock.wall), clock


def test_a_tiny_plan_runs_through_in_order_and_on_time(qtbot: QtBot) -> None:
    driver = SessionDriver(tiny_plan(1, 1))
    events: list[tuple[str, object, float]] = []
    driver.phase_changed.connect(lambda p: events.append(("phase", p, time.monotonic())))
    driver.finished.connect(lambda o: events.append(("finished", o, time.monotonic())))
    seconds: list[int] = []
    driver.second_changed.connect(lambda s: seconds.append(s.displayed_seconds))
    with qtbot.waitSignal(driver.finished, timeout=5000):
        started = time.monotonic()
        assert driver.start()
    kinds = [kind for kind, _, _ in events]
    assert kinds == ["phase", "phase", "finished"]
    phases = [payload for kind, payload, _ in events if kind == "phase"]
    assert all(isinstance(p, PlannedPhase) for p in phases)
    assert [p.index for p in phases if isinstance(p, PlannedPhase)] == [0, 1]
    assert events[-1][1] is Outcome.COMPLETED
    for (_, _, at), due in zip(events, (0.0, 1.0, 2.0), strict=True):
        assert started + due - 0.002 <= at <= started + due + LATE_TOLERANCE
    assert seconds == [1]  # both phases show "1": the same second, so one signal
    assert state(driver) is State.FINISHED
    assert driver.armed_msec is None  # nothing left to wake up for


def test_boundary_log_records_deadline_and_handling_time(qtbot: QtBot) -> None:
    driver = SessionDriver(tiny_plan(1, 1))
    with qtbot.waitSignal(driver.finished, timeout=5000):
        driver.start()
    assert [index for index, _, _ in driver.boundary_log] == [0, 1]
    (_, first_due, _), (_, second_due, second_handled) = driver.boundary_log
    assert second_due - first_due == pytest.approx(1.0, abs=1e-9)
    assert 0.0 <= second_handled - second_due <= LATE_TOLERANCE


def test_pause_freezes_the_countdown_and_resume_continues_it(qtbot: QtBot) -> None:
    driver = SessionDriver(tiny_plan(1, 1))
    started = time.monotonic()
    driver.start()
    qtbot.wait(300)
    assert driver.pause()
    assert state(driver) is State.PAUSED
    assert driver.armed_msec is None
    frozen = driver.snapshot()
    assert frozen is not None
    qtbot.wait(400)
    still = driver.snapshot()
    assert still is not None
    assert still.phase_remaining == frozen.phase_remaining
    paused_for = time.monotonic() - started - frozen.workout_time
    with qtbot.waitSignal(driver.finished, timeout=5000):
        assert driver.resume()
    ended = time.monotonic()
    assert started + 2 + paused_for - 0.002 <= ended <= started + 2 + paused_for + LATE_TOLERANCE


def test_an_illegal_command_does_nothing_and_says_why(qtbot: QtBot) -> None:
    driver = SessionDriver(tiny_plan(1, 1))
    with qtbot.waitSignal(driver.message) as blocker:
        assert driver.pause() is False
    assert blocker.args is not None
    assert "not started" in blocker.args[0]
    assert "Space" in blocker.args[0]
    assert state(driver) is State.IDLE
    driver.start()
    with qtbot.waitSignal(driver.message) as blocker:
        assert driver.resume() is False
    assert blocker.args == ["Not paused: the session is already running."]
    assert state(driver) is State.RUNNING


def test_without_a_plan_commands_ask_for_a_workout(qtbot: QtBot) -> None:
    driver = SessionDriver()
    with qtbot.waitSignal(driver.message) as blocker:
        assert driver.toggle() is False
    assert blocker.args == ["Choose a workout first."]
    assert driver.snapshot() is None


def test_wakeups_are_armed_for_the_next_whole_second_of_the_clock() -> None:
    driver, clock = fake_driver(tiny_plan(5, 5))
    driver.start()
    assert driver.armed_msec == 1000
    clock.advance(0.25)
    driver.tick()
    assert driver.armed_msec == 750
    clock.advance(0.7004)  # 49.6 ms before the next second: rounded up, never early
    driver.tick()
    assert driver.armed_msec == 50
    clock.advance(3.3)  # a very late wake-up: the display jumps to the right second
    driver.tick()
    snapshot = driver.snapshot()
    assert snapshot is not None
    assert snapshot.displayed_seconds == 1  # 4.2504 s into a 5 s phase
    assert driver.armed_msec == 750
    driver.pause()
    assert driver.armed_msec is None
    driver.resume()  # re-armed after every command
    assert driver.armed_msec == 750


def test_toggle_starts_pauses_resumes_and_restarts() -> None:
    driver, clock = fake_driver(tiny_plan(2, lead_in=3))
    states: list[State] = []
    driver.state_changed.connect(states.append)
    assert driver.toggle()
    assert state(driver) is State.LEAD_IN
    assert driver.toggle()
    assert state(driver) is State.PAUSED
    assert driver.toggle()
    assert state(driver) is State.LEAD_IN
    clock.advance(3.0)
    driver.tick()
    assert state(driver) is State.RUNNING
    assert driver.toggle()
    assert state(driver) is State.PAUSED
    assert driver.toggle()
    clock.advance(2.0)
    driver.tick()
    assert state(driver) is State.FINISHED
    assert driver.toggle()  # finished: Space goes again
    assert state(driver) is State.LEAD_IN
    assert states == [
        State.LEAD_IN, State.PAUSED, State.LEAD_IN, State.RUNNING, State.PAUSED,
        State.RUNNING, State.FINISHED, State.LEAD_IN,
    ]  # fmt: skip


def test_skip_back_and_stop_emit_phase_and_finished() -> None:
    driver, clock = fake_driver(tiny_plan(10, 10, 10))
    phases: list[int] = []
    outcomes: list[Outcome] = []
    driver.phase_changed.connect(lambda p: phases.append(p.index))
    driver.finished.connect(outcomes.append)
    driver.start()
    assert driver.skip()
    clock.advance(4.0)
    driver.tick()
    assert driver.back()  # 4 s into phase 1: back to its start
    assert driver.stop()
    assert phases == [0, 1, 1]
    assert outcomes == [Outcome.STOPPED]
    assert driver.armed_msec is None


def test_second_changed_carries_a_snapshot_only_when_the_second_changes() -> None:
    driver, clock = fake_driver(tiny_plan(3))
    snapshots: list[Snapshot] = []
    driver.second_changed.connect(snapshots.append)
    driver.start()
    for _ in range(12):
        clock.advance(0.25)
        driver.tick()
    assert [s.displayed_seconds for s in snapshots] == [3, 2, 1]  # the end is `finished`
    assert state(driver) is State.FINISHED


def test_a_machine_that_slept_comes_back_paused_with_a_message(qtbot: QtBot) -> None:
    driver, clock = fake_driver(tiny_plan(60))
    driver.start()
    clock.advance(5.0)
    driver.tick()
    clock.sleep_machine(600)
    with qtbot.waitSignal(driver.message) as blocker:
        driver.tick()
    assert state(driver) is State.PAUSED
    assert blocker.args is not None
    assert "slept for 10:00" in blocker.args[0]


def test_load_replaces_the_plan_only_when_idle_or_finished(qtbot: QtBot) -> None:
    driver, _ = fake_driver(tiny_plan(5))
    other = tiny_plan(7, 8)
    driver.start()
    with qtbot.waitSignal(driver.message):
        assert driver.load(other) is False
    assert driver.plan is not None
    assert driver.plan.total_seconds == 5
    driver.stop()
    with qtbot.waitSignal(driver.plan_changed) as blocker:
        assert driver.load(other)
    assert blocker.args == [other]
    assert state(driver) is State.IDLE
    assert driver.plan is other
