"""What a display reads of a session at one moment (core.session_events.take_snapshot)."""

from __future__ import annotations

from retrocoach.core.session_events import take_snapshot
from retrocoach.core.session_states import Outcome, State
from retrocoach.core.workout import Direction, Pace, Phase, Workout

PLAN = Workout(
    "x",
    "X",
    "",
    (),
    (
        Phase("Jog", Direction.BACKWARD, Pace.JOG, 30),
        Phase("Walk", Direction.FORWARD, Pace.WALK, 60),
    ),
    (),
    1,
).plan(1, lead_in_seconds=10)


def test_idle_shows_the_whole_lead_in_and_the_first_phase_next() -> None:
    snap = take_snapshot(PLAN, State.IDLE, -10.0, None)
    assert snap.phase is None and snap.next_phase is PLAN.phases[0]
    assert snap.phase_remaining == 10.0 and snap.displayed_seconds == 10


def test_mid_phase_counts_down_and_shows_progress() -> None:
    snap = take_snapshot(PLAN, State.RUNNING, 40.2, None)
    assert snap.phase is PLAN.phases[1] and snap.displayed_seconds == 50
    assert abs(snap.phase_progress - 0.17) < 1e-9 and snap.total_remaining == 90 - 40.2


def test_finished_has_no_phase_and_keeps_the_outcome() -> None:
    snap = take_snapshot(PLAN, State.FINISHED, 90.0, Outcome.COMPLETED)
    assert snap.phase is None and snap.next_phase is None and snap.outcome is Outcome.COMPLETED
    assert snap.session_progress == 1.0
