"""Every problem of a broken workout file, in the order fixing them one by one would show."""

from __future__ import annotations

from retrocoach.core.workout import parse_workout
from retrocoach.core.workout_problems import MAX_PROBLEMS, all_problems

GOOD = {
    "version": 1, "id": "ok", "name": "Fine", "default_rounds": 2,
    "round": [{"name": "Jog", "direction": "backward", "pace": "jog", "seconds": 30}],
}  # fmt: skip


def test_a_valid_workout_has_no_problems() -> None:
    parse_workout(GOOD)
    assert all_problems(GOOD) == []


def test_every_problem_is_listed_with_its_field() -> None:
    broken = {
        **GOOD,
        "version": 2,
        "name": "",
        "default_rounds": 99,
        "colour": "red",
        "round": [
            {"name": "Jog", "direction": "sideways", "pace": "jog", "seconds": 30},
            {"name": "Run", "direction": "backward", "pace": "sprint", "seconds": 0},
        ],
    }
    fields = [problem.field_path for problem in all_problems(broken, "w.json")]
    assert fields == [
        "version", "name", "round[0].direction", "round[1].pace", "round[1].seconds",
        "default_rounds", "colour",
    ]  # fmt: skip
    assert broken["version"] == 2  # the caller's data is not changed


def test_a_problem_without_a_stand_in_ends_the_list() -> None:
    assert [p.field_path for p in all_problems(["not", "an", "object"])] == [""]


def test_the_list_is_bounded() -> None:
    phase = {"name": "", "direction": "up", "pace": "fly", "seconds": -1}
    broken = {**GOOD, "round": [dict(phase) for _ in range(30)]}
    assert len(all_problems(broken)) == MAX_PROBLEMS
