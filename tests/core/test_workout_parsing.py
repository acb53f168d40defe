"""Reading a workout file (core.workout_parsing): every problem names the field, the rule and
the value; names are one line of visible text."""

from __future__ import annotations

from typing import Any

import pytest

from retrocoach.core.workout import (
    WorkoutError,
    load_workout_text,
    parse_workout,
)
from tests.core.workout_data import valid


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"version": 2}, "version", "must be 1"),
        ({"id": "Bad Id"}, "id", "a-z"),
        ({"name": ""}, "name", "1 to 60"),
        ({"name": "x" * 61}, "name", "1 to 60"),
        ({"default_rounds": 0}, "default_rounds", "from 1 to 50"),
        ({"default_rounds": 51}, "default_rounds", "from 1 to 50"),
        ({"default_rounds": True}, "default_rounds", "whole number"),
        ({"round": []}, "round", "at least 1"),
        ({"warm_up": "walk"}, "warm_up", "list"),
        ({"colour": "red"}, "colour", "unknown field"),
    ],
)
def test_invalid_workouts_name_the_field(change: dict[str, Any], field: str, words: str) -> None:
    data = valid() | change
    with pytest.raises(WorkoutError) as caught:
        parse_workout(data, "my.json")
    assert caught.value.field_path == field
    assert str(caught.value).startswith(f"my.json: {field}: ")
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("phase_change", "field", "words"),
    [
        ({"seconds": 0}, "seconds", "from 1 to 7200"),
        ({"seconds": 7201}, "seconds", "from 1 to 7200"),
        ({"seconds": 1.5}, "seconds", "whole number"),
        ({"direction": "sideways"}, "direction", "backward, forward"),
        ({"pace": "sprint"}, "pace", "walk, jog, run"),
        ({"name": None}, "name", "1 to 60"),
    ],
)
def test_invalid_phases_name_the_field(
    phase_change: dict[str, Any], field: str, words: str
) -> None:
    data = valid()
    data["round"][1] = data["round"][1] | phase_change
    with pytest.raises(WorkoutError) as caught:
        parse_workout(data, "my.json")
    assert caught.value.field_path == f"round[1].{field}"
    assert words in str(caught.value)


def test_at_most_100_phases() -> None:
    data = valid()
    data["round"] = [data["round"][0]] * 99
    with pytest.raises(WorkoutError, match="at most 100 phases"):
        parse_workout(data)


@pytest.mark.parametrize("text", ["", "{", "[1, 2]", "null", '"text"', "[" * 100_000])
def test_broken_json_is_a_workout_error(text: str) -> None:
    with pytest.raises(WorkoutError) as caught:
        load_workout_text(text, "broken.json")
    assert "broken.json" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Walk\x1b[31m red", "control characters (U+001B at character 5"),
        ("\x1b]0;owned\x07", "control characters (U+001B at character 1"),
        ("Walk\nbackwards", "must be one line"),
        ("Walk\rbackwards", "must be one line"),
        ("Walk\u2028backwards", "must be one line"),
        ("Walk\tbackwards", "control characters (U+0009"),
        ("Walk\x00", "control characters (U+0000"),
        ("Walk \ud800", "lone surrogate"),
        ("\u200b\u200b", "must have a visible character"),
        ("\u200d\ufeff\u2060", "must have a visible character"),
        ("   ", "must have a visible character"),
        ("Walk \u202egnoj", "text direction override (U+202E at character 6"),
        ("\u2067Walk\u2069 back", "text direction override (U+2069 at character 5"),
    ],
)
def test_names_must_be_one_line_of_visible_text(name: str, words: str) -> None:
    for where, data in _with_names(name):
        with pytest.raises(WorkoutError) as caught:
            parse_workout(data, "my.json")
        assert caught.value.field_path == where
        assert words in str(caught.value)


# --- names: one line of visible text (issue 8, item 14) -------------------------------------


def _with_names(name: str) -> list[tuple[str, dict[str, Any]]]:
    """`valid()` with `name` as the workout's name, and as a phase's name."""
    phase = valid()
    phase["round"][0] = phase["round"][0] | {"name": name}
    return [("name", valid() | {"name": name}), ("round[0].name", phase)]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("  Walk  ", "Walk"),
        ("\tWalk\n", "Walk"),
        ("\u200bWalk\ufeff", "Walk"),
        ("Walk \u200d back", "Walk \u200d back"),  # a joiner inside a name is text
        ("Run \U0001f3c3\u200d\u2640\ufe0f", "Run \U0001f3c3\u200d\u2640\ufe0f"),
        ("Ré\u0301sumé", "Ré\u0301sumé"),
        ("\u05e8\u05d9\u05e6\u05d4 \u200f2", "\u05e8\u05d9\u05e6\u05d4 \u200f2"),  # RTL + mark
        (" " * 100 + "Walk" + " " * 100, "Walk"),  # the length counts after trimming
    ],
)
def test_names_are_trimmed(name: str, kept: str) -> None:
    workout = parse_workout(_with_names(name)[0][1])
    phase = parse_workout(_with_names(name)[1][1]).round[0]
    assert (workout.name, phase.name) == (kept, kept)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"id": "x" * 200_000}, "id"),
        ({"version": "v" * 200_000}, "version"),
        ({"name": "n" * 200_000}, "name"),
        ({"k" * 200_000: 1}, "k" * 59 + "\u2026"),
    ],
)
def test_errors_cut_a_huge_value(change: dict[str, Any], field: str) -> None:
    with pytest.raises(WorkoutError) as caught:
        parse_workout(valid() | change, "my.json")
    assert caught.value.field_path == field
    assert len(str(caught.value)) < 300
    assert "\u2026" in str(caught.value)


@pytest.mark.parametrize("field", ["seconds", "direction", "pace", "z" * 200_000])
def test_phase_errors_cut_a_huge_value(field: str) -> None:
    data = valid()
    data["round"][0] = data["round"][0] | {field: "s" * 200_000}
    with pytest.raises(WorkoutError) as caught:
        parse_workout(data, "my.json")
    assert len(str(caught.value)) < 300
    assert "\u2026" in str(caught.value)
