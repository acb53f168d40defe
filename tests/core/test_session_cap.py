"""A whole session's length is capped (MAX_SESSION_SECONDS, 4 hours): the trial's workout of
98 phases of 2 hours at 50 rounds was valid field by field, a 9,800-hour session whose plan
took a minute and half a gigabyte. Refused when read, with the workout, its length and the
cap named; a round count that would pass the cap is refused too."""

from __future__ import annotations

import pytest

from retrocoach.core.workout import (
    MAX_ROUNDS,
    MAX_SESSION_SECONDS,
    WorkoutError,
    load_workout_text,
    parse_workout,
)
from retrocoach.storage.workouts import WorkoutLibrary


def workout_json(
    seconds: int, phases: int, default_rounds: int, *, warm_up: int = 0
) -> dict[str, object]:
    kinds = [("backward", "jog"), ("forward", "walk")]
    data: dict[str, object] = {
        "version": 1,
        "id": "monster",
        "name": "Monster",
        "default_rounds": default_rounds,
        "round": [
            {"name": "a", "direction": d, "pace": p, "seconds": seconds}
            for d, p in (kinds * phases)[:phases]
        ],
    }
    if warm_up:
        data["warm_up"] = [
            {"name": "w", "direction": "forward", "pace": "walk", "seconds": warm_up}
        ]
    return data


def test_the_trials_9800_hour_workout_is_refused_naming_it_its_length_and_the_cap() -> None:
    with pytest.raises(WorkoutError) as raised:
        parse_workout(workout_json(7200, 98, 50), "m.json")
    message = str(raised.value)
    assert message.startswith("m.json: default_rounds: 'Monster' would last 9800:00:00")
    assert "more than the 4 hours a session may last" in message
    assert "shorten its phases" in message


def test_too_many_rounds_are_refused_with_the_most_that_fit() -> None:
    # 1 hour a round: 4 fit, 5 do not
    with pytest.raises(WorkoutError) as raised:
        parse_workout(workout_json(1800, 2, 5), "x.json")
    assert raised.value.field_path == "default_rounds"
    assert "'Monster' would last 5:00:00 with 5 rounds" in str(raised.value)
    assert "(at most 4)" in str(raised.value)


def test_a_session_of_exactly_the_cap_is_accepted_and_its_rounds_stop_there() -> None:
    workout = parse_workout(workout_json(1800, 2, 3, warm_up=3600))
    assert workout.total_seconds(3) == MAX_SESSION_SECONDS
    assert workout.max_rounds == 3
    assert workout.plan(3).total_seconds == MAX_SESSION_SECONDS
    with pytest.raises(WorkoutError) as raised:
        workout.plan(4)
    assert str(raised.value).startswith("rounds: 'Monster' would last 5:00:00 with 4 rounds")


def test_short_rounds_keep_the_full_range_and_so_do_the_built_ins() -> None:
    assert parse_workout(workout_json(60, 2, 4)).max_rounds == MAX_ROUNDS
    for workout in WorkoutLibrary().workouts():
        assert workout.max_rounds == MAX_ROUNDS, workout.id


def test_the_file_form_is_checked_too() -> None:
    import json

    with pytest.raises(WorkoutError, match="9800:00:00"):
        load_workout_text(json.dumps(workout_json(7200, 98, 50)), "m.json")


def test_listing_every_problem_names_a_too_long_session_once() -> None:
    from retrocoach.core.workout_problems import all_problems

    problems = all_problems(workout_json(7200, 98, 50), "m.json")
    assert [p.field_path for p in problems] == ["default_rounds"]
    assert "9800:00:00" in str(problems[0])
