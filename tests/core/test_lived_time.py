"""The seconds a runner lived through (core.lived_time): skipped stretches do not count."""

from __future__ import annotations

from retrocoach.core.lived_time import LivedTime
from retrocoach.core.workout import Direction, Pace, Phase, Workout

PLAN = Workout(
    "x",
    "X",
    "",
    (),
    (
        Phase("Jog", Direction.BACKWARD, Pace.JOG, 30),
        Phase("Walk", Direction.FORWARD, Pace.WALK, 30),
    ),
    (),
    2,
).plan(2)


def test_stretches_add_up_by_phase_and_direction() -> None:
    lived = LivedTime(PLAN)
    lived.add(-5.0, 40.0)  # the lead-in does not count
    assert lived.active == 40.0 and lived.backward == 30.0
    assert lived.by_phase == {0: 30.0, 1: 10.0}


def test_a_round_counts_once_its_last_phase_is_lived_to_the_end() -> None:
    lived = LivedTime(PLAN)
    lived.add(0.0, 59.0)
    assert lived.rounds_done() == 0
    lived.add(59.0, 60.0)
    lived.add(90.0, 120.0)  # the second round's jog was skipped: its walk still ends it
    assert lived.rounds_done() == 2 and lived.active == 90.0
