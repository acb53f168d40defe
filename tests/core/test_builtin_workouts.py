"""The built-in workout files: all valid, and the 8-week plan as in the coaching facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrocoach.assets_path import assets_dir
from retrocoach.core.progression import FIRST_STEPS_ID, WEEK_COUNT, week_id
from retrocoach.core.workout import Direction, Pace, Phase, Workout, load_workout_text

WORKOUT_DIR = assets_dir() / "workouts"
FILES = sorted(WORKOUT_DIR.glob("*.json"))
B, F = Direction.BACKWARD, Direction.FORWARD
WALK, JOG, RUN = Pace.WALK, Pace.JOG, Pace.RUN
FIVE_MINUTES_FORWARD_WALK = (F, WALK, 300)

#: The plan from coaching-facts.md ("Programmes"): default rounds and one round as
#: (direction, pace, seconds).
PLAN: dict[int, tuple[int, list[tuple[Direction, Pace, int]]]] = {
    1: (6, [(B, WALK, 60), (F, WALK, 60)]),
    2: (8, [(B, WALK, 60), (F, WALK, 60)]),
    3: (5, [(B, WALK, 60), (B, JOG, 15), (B, WALK, 45), (F, WALK, 60)]),
    4: (4, [(B, JOG, 30), (F, WALK, 60), (B, RUN, 20), (F, WALK, 60)]),
    5: (5, [(B, JOG, 30), (F, WALK, 60), (B, RUN, 20), (F, WALK, 60)]),
    6: (5, [(B, JOG, 45), (F, WALK, 60), (B, RUN, 30), (F, WALK, 60)]),
    7: (6, [(B, JOG, 60), (F, WALK, 60)]),
    8: (5, [(B, JOG, 120), (F, WALK, 60)]),
}


def load(path: Path) -> Workout:
    return load_workout_text(path.read_text(encoding="utf-8"), str(path), built_in=True)


def by_id(workout_id: str) -> Workout:
    return load(WORKOUT_DIR / f"{workout_id}.json")


def shape(phases: tuple[Phase, ...]) -> list[tuple[Direction, Pace, int]]:
    return [(p.direction, p.pace, p.seconds) for p in phases]


WEEKS = [week_id(n) for n in range(1, WEEK_COUNT + 1)]


def test_the_expected_built_ins_are_there() -> None:
    names = {path.stem for path in FILES}
    assert {"beginner", FIRST_STEPS_ID, *WEEKS} <= names


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_built_in_validates_and_its_id_is_its_file_name(path: Path) -> None:
    workout = load(path)
    assert workout.id == path.stem
    assert workout.description.strip()
    # the file is valid for its default and for the whole range of rounds a user may pick
    assert workout.plan().total_seconds > 0
    assert workout.plan(1).total_seconds < workout.plan(50).total_seconds


def test_built_in_ids_and_names_are_unique() -> None:
    workouts = [load(path) for path in FILES]
    assert len({w.id for w in workouts}) == len(workouts)
    assert len({w.name for w in workouts}) == len(workouts)


def test_first_steps_is_about_ten_minutes_of_walking_backwards_only() -> None:
    workout = by_id(FIRST_STEPS_ID)
    plan = workout.plan()
    assert all(p.phase.direction is B and p.phase.pace is WALK for p in plan.phases)
    assert 8 * 60 <= plan.total_seconds <= 12 * 60
    assert plan.backward_seconds == plan.total_seconds
    assert "day one" in workout.description.lower()


@pytest.mark.parametrize("workout_id", WEEKS)
def test_each_week_follows_the_plan(workout_id: str) -> None:
    workout = by_id(workout_id)
    week = int(workout_id.removeprefix("week-"))
    rounds, round_shape = PLAN[week]
    assert workout.default_rounds == rounds
    assert shape(workout.round) == round_shape
    assert workout.name.startswith(f"Week {week}: ")


@pytest.mark.parametrize("workout_id", WEEKS)
def test_each_week_warms_up_and_cools_down_with_5_minutes_forward_walk(workout_id: str) -> None:
    workout = by_id(workout_id)
    assert shape(workout.warm_up)[0] == FIVE_MINUTES_FORWARD_WALK
    assert shape(workout.cool_down) == [FIVE_MINUTES_FORWARD_WALK]
    if workout_id in ("week-4", "week-5"):  # the seed workout keeps its 5-minute backward walk
        assert shape(workout.warm_up) == [FIVE_MINUTES_FORWARD_WALK, (B, WALK, 300)]
    else:
        assert len(workout.warm_up) == 1


@pytest.mark.parametrize("workout_id", ["week-4", "week-5"])
def test_weeks_4_and_5_are_the_beginner_workout(workout_id: str) -> None:
    beginner, week = by_id("beginner"), by_id(workout_id)
    assert week.round == beginner.round  # same phases, names included
    assert week.warm_up[1:] == beginner.warm_up
    assert week.default_rounds == {"week-4": 4, "week-5": 5}[workout_id]


@pytest.mark.parametrize("workout_id", WEEKS)
def test_week_durations_are_plausible(workout_id: str) -> None:
    plan = by_id(workout_id).plan()
    assert 20 * 60 <= plan.total_seconds <= 35 * 60
    assert 5 * 60 <= plan.backward_seconds <= 12 * 60


def test_week_durations_match_the_plan_by_hand() -> None:
    seconds = {w: by_id(w).plan().total_seconds for w in WEEKS}
    five = 300
    assert seconds == {
        "week-1": five + 6 * 120 + five,  # 22:00
        "week-2": five + 8 * 120 + five,  # 26:00
        "week-3": five + 5 * 180 + five,  # 25:00
        "week-4": five + five + 4 * 170 + five,  # 26:20
        "week-5": five + five + 5 * 170 + five,  # 29:10
        "week-6": five + 5 * 195 + five,  # 26:15
        "week-7": five + 6 * 120 + five,  # 22:00
        "week-8": five + 5 * 180 + five,  # 25:00
    }


def test_running_backwards_only_starts_after_walking_weeks() -> None:
    for workout_id in ("week-1", "week-2"):
        assert all(p.phase.pace is WALK for p in by_id(workout_id).plan().phases)
    assert sum(p.pace is JOG for p in by_id("week-3").round) == 1


@pytest.mark.parametrize("workout_id", WEEKS)
def test_week_descriptions_say_it_is_a_suggestion_that_can_be_repeated(workout_id: str) -> None:
    text = by_id(workout_id).description.lower()
    assert "suggestion" in text
    assert "no published" in text
    assert "repeat a week" in text
    assert "sore or unsteady" in text
    assert "3 sessions a week" in text
