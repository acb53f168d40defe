"""The workout model (core.workout_model): expansion into a plan, JSON round trip, the phase
at a time; the built-in seed workout."""

from __future__ import annotations

import json

import pytest

from retrocoach.core.workout import (
    Direction,
    Pace,
    Phase,
    Workout,
    WorkoutError,
    parse_workout,
)
from retrocoach.storage.workouts import WorkoutLibrary
from tests.core.workout_data import valid


def test_beginner_is_the_seed_workout() -> None:
    workout = WorkoutLibrary().get("beginner")
    assert workout.default_rounds == 4
    assert [(p.direction, p.pace, p.seconds) for p in workout.warm_up] == [
        (Direction.BACKWARD, Pace.WALK, 300)
    ]
    assert [(p.direction, p.pace, p.seconds) for p in workout.round] == [
        (Direction.BACKWARD, Pace.JOG, 30),
        (Direction.FORWARD, Pace.WALK, 60),
        (Direction.BACKWARD, Pace.RUN, 20),
        (Direction.FORWARD, Pace.WALK, 60),
    ]
    assert workout.cool_down == ()
    assert workout.plan().total_seconds == 980


def test_plan_expands_rounds_on_the_workout_time_axis() -> None:
    plan = parse_workout(valid()).plan(3, lead_in_seconds=5)
    assert [p.section for p in plan.phases] == ["warm_up"] + ["round"] * 6 + ["cool_down"]
    assert [p.round for p in plan.phases] == [None, 1, 1, 2, 2, 3, 3, None]
    assert [p.start for p in plan.phases] == [0, 60, 90, 135, 165, 210, 240, 285]
    assert plan.total_seconds == 405
    assert plan.backward_seconds == 60 + 3 * 30
    assert plan.to_json()["phases"][1] == {
        "index": 1,
        "section": "round",
        "round": 1,
        "name": "Jog",
        "direction": "backward",
        "pace": "jog",
        "start": 60,
        "seconds": 30,
    }


def test_phase_at_finds_the_phase_by_time() -> None:
    plan = parse_workout(valid()).plan(2)
    assert plan.phase_at(-0.1) is None
    assert plan.phase_at(0) is plan.phases[0]
    assert plan.phase_at(59.999) is plan.phases[0]
    assert plan.phase_at(60) is plan.phases[1]
    assert plan.phase_at(plan.total_seconds - 0.001) is plan.phases[-1]
    assert plan.phase_at(plan.total_seconds) is None


def test_json_round_trip() -> None:
    workout = parse_workout(valid())
    assert parse_workout(json.loads(json.dumps(workout.to_json()))) == workout


def test_rounds_out_of_range_refused_when_planning() -> None:
    workout = parse_workout(valid())
    for rounds in (0, 51):
        with pytest.raises(WorkoutError, match="from 1 to 50"):
            workout.plan(rounds)


def test_phase_properties() -> None:
    phase = Phase("Jog", Direction.BACKWARD, Pace.JOG, 30)
    assert phase.is_backward
    workout = Workout("x", "X", "", (), (phase,), (), 3)
    assert workout.total_seconds(3) == 90
