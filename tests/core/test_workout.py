"""Workout model: validation messages, expansion into a plan, JSON round trip."""

from __future__ import annotations

import json
from typing import Any

import pytest

from retrocoach.core.workout import (
    Direction,
    Pace,
    Phase,
    Workout,
    WorkoutError,
    format_duration,
    load_workout_text,
    parse_workout,
)
from retrocoach.storage.workouts import WorkoutLibrary


def valid() -> dict[str, Any]:
    return {
        "version": 1,
        "id": "test",
        "name": "Test",
        "description": "",
        "default_rounds": 2,
        "warm_up": [{"name": "Walk", "direction": "backward", "pace": "walk", "seconds": 60}],
        "round": [
            {"name": "Jog", "direction": "backward", "pace": "jog", "seconds": 30},
            {"name": "Rest", "direction": "forward", "pace": "walk", "seconds": 45},
        ],
        "cool_down": [{"name": "Easy", "direction": "forward", "pace": "walk", "seconds": 120}],
    }


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


def test_rounds_out_of_range_refused_when_planning() -> None:
    workout = parse_workout(valid())
    for rounds in (0, 51):
        with pytest.raises(WorkoutError, match="from 1 to 50"):
            workout.plan(rounds)


@pytest.mark.parametrize("text", ["", "{", "[1, 2]", "null", '"text"', "[" * 100_000])
def test_broken_json_is_a_workout_error(text: str) -> None:
    with pytest.raises(WorkoutError) as caught:
        load_workout_text(text, "broken.json")
    assert "broken.json" in str(caught.value)


def test_format_duration() -> None:
    assert format_duration(0) == "0:00"
    assert format_duration(65) == "1:05"
    assert format_duration(3600 + 62) == "1:01:02"


def test_phase_properties() -> None:
    phase = Phase("Jog", Direction.BACKWARD, Pace.JOG, 30)
    assert phase.is_backward
    workout = Workout("x", "X", "", (), (phase,), (), 3)
    assert workout.total_seconds(3) == 90


# --- names: one line of visible text (issue 8, item 14) -------------------------------------


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
