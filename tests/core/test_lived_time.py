"""The seconds a runner lived through (core.lived_time): skipped stretches do not count."""

from __future__ import annotations

from retrocoach.core.lived_time import LivedTime, longest_backward_run
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


RUNS = Workout(
    "r",
    "R",
    "",
    (),
    (
        Phase("Jog", Direction.BACKWARD, Pace.JOG, 30),
        Phase("Run", Direction.BACKWARD, Pace.RUN, 20),
        Phase("Walk", Direction.BACKWARD, Pace.WALK, 60),
    ),
    (),
    2,
).plan(2)


def test_the_longest_backward_run_joins_a_jog_and_a_run_and_a_walk_ends_it() -> None:
    whole = {p.index: float(p.seconds) for p in RUNS.phases}
    assert longest_backward_run(RUNS, whole) == 50.0
    # the second round's jog was cut short: its run starts a new stretch
    cut = {**whole, 3: 10.0}
    assert longest_backward_run(RUNS, cut) == 50.0
    assert longest_backward_run(RUNS, {3: 10.0, 4: 20.0}) == 20.0
    assert longest_backward_run(PLAN, {}) == 0.0
