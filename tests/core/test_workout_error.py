"""A workout error as parts (core.workout_error): the field, the rule, the value; no regex
needed to show the rule alone."""

from __future__ import annotations

import pytest

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.workout import WorkoutError, parse_workout
from tests.core.workout_data import valid


def test_the_rule_and_the_value_are_apart() -> None:
    data = valid()
    data["round"][0]["seconds"] = 0
    with pytest.raises(WorkoutError) as caught:
        parse_workout(data, "w.json")
    error = caught.value
    assert error.field_path == "round[0].seconds"
    assert error.rule.english() == "must be a whole number of seconds from 1 to 7200"
    assert error.got == "0"
    assert str(error) == (
        "w.json: round[0].seconds: must be a whole number of seconds from 1 to 7200, "
        "got 0 (2 hours at most)"
    )
    assert error.problem.english() == str(error)
    assert error.rule.context == "ranges"


def test_without_a_value_or_a_place() -> None:
    error = WorkoutError("", "", "is not a file")
    assert str(error) == "is not a file" and error.got is None
    assert isinstance(error, RetrocoachError)


def test_a_source_without_a_field() -> None:
    with pytest.raises(WorkoutError) as caught:
        parse_workout([], "w.json")
    assert str(caught.value) == "w.json: must be a JSON object"
    assert caught.value.rule.context == "WorkoutError"
