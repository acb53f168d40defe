"""Progression through the 8-week plan: every rule of suggest_next."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retrocoach.core.progression import (
    COMPLETIONS_TO_MOVE_ON,
    EASY_EFFORT,
    FIRST_STEPS_ID,
    HARD_EFFORT,
    STEP_BACK_EFFORT,
    WEEK_COUNT,
    SessionResult,
    Suggestion,
    suggest_next,
    week_id,
    week_number,
)


def done(workout_id: str) -> SessionResult:
    return SessionResult(workout_id, "completed")


def stopped(workout_id: str) -> SessionResult:
    return SessionResult(workout_id, "stopped")


def interrupted(workout_id: str) -> SessionResult:
    return SessionResult(workout_id, "interrupted")


def test_the_plan_has_eight_weeks_each_completed_twice() -> None:
    assert WEEK_COUNT == 8
    assert COMPLETIONS_TO_MOVE_ON == 2


def in_english(suggestion: Suggestion) -> tuple[str, str]:
    return suggestion.workout_id, suggestion.reason


# --- no plan week yet -------------------------------------------------------------------


def test_an_empty_history_suggests_first_steps() -> None:
    suggestion = suggest_next([])
    assert suggestion == Suggestion(FIRST_STEPS_ID, suggestion.why)
    assert suggestion.workout_id == "first-steps"
    assert "day one" in suggestion.reason


def test_only_unfinished_sessions_still_suggest_first_steps() -> None:
    history = [stopped("first-steps"), interrupted("beginner")]
    assert suggest_next(history).workout_id == "first-steps"


@pytest.mark.parametrize("workout_id", ["first-steps", "beginner", "my-own-workout"])
def test_any_completed_session_without_a_plan_week_suggests_week_1(workout_id: str) -> None:
    suggestion = suggest_next([done(workout_id)])
    assert suggestion.workout_id == "week-1"
    assert suggestion.reason.startswith("Week 1")


# --- after a completed week ---------------------------------------------------------------


def test_a_week_completed_once_is_suggested_again() -> None:
    suggestion = suggest_next([done("week-1"), done("week-2"), done("week-2"), done("week-3")])
    assert in_english(suggestion) == (
        "week-3",
        "Week 3 again: completed once, twice before moving on.",
    )


def test_a_week_completed_twice_moves_on_to_the_next() -> None:
    suggestion = suggest_next([done("week-3"), done("week-3")])
    assert in_english(suggestion) == ("week-4", "Week 4: week 3 completed twice.")


def test_completions_count_even_when_other_sessions_come_between() -> None:
    history = [done("week-3"), stopped("week-3"), done("beginner"), done("week-3")]
    assert suggest_next(history).workout_id == "week-4"


def test_completions_of_a_week_count_across_the_whole_history() -> None:
    # went on to week 5, came back to week 2 (already completed twice before): next is week 3
    history = [done("week-2"), done("week-2"), done("week-5"), done("week-2")]
    suggestion = suggest_next(history)
    assert suggestion.workout_id == "week-3"
    assert suggestion.reason == "Week 3: week 2 completed 3 times."


def test_the_latest_plan_week_decides_not_the_highest() -> None:
    history = [done("week-5"), done("week-5"), done("week-2")]
    assert suggest_next(history).workout_id == "week-2"


@pytest.mark.parametrize("week", range(1, 8))
def test_each_week_leads_to_the_next(week: int) -> None:
    history = [done(f"week-{week}")]
    assert suggest_next(history).workout_id == f"week-{week}"
    history.append(done(f"week-{week}"))
    assert suggest_next(history).workout_id == f"week-{week + 1}"


def test_week_8_completed_twice_stays_on_week_8() -> None:
    suggestion = suggest_next([done("week-8"), done("week-8")])
    assert suggestion.workout_id == "week-8"
    assert suggestion.reason.startswith("Week 8 again")
    assert "plan is done" in suggestion.reason


def test_walking_through_the_whole_plan() -> None:
    history: list[SessionResult] = []
    seen = []
    for _ in range(2 * WEEK_COUNT + 1):
        suggestion = suggest_next(history)
        seen.append(suggestion.workout_id)
        history.append(done(suggestion.workout_id))
    assert seen == [
        "first-steps",
        "week-1",
        *[f"week-{n}" for n in range(1, 9) for _ in range(2)][1:],
    ]
    assert suggest_next(history).workout_id == "week-8"


# --- after an unfinished week -------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "words"),
    [(stopped("week-4"), "was stopped early"), (interrupted("week-4"), "was interrupted")],
)
def test_a_stopped_or_interrupted_week_is_suggested_again(
    record: SessionResult, words: str
) -> None:
    history = [done("week-3"), done("week-3"), record]
    assert in_english(suggest_next(history)) == (
        "week-4",
        f"Week 4 again: the last session {words}.",
    )


def test_an_unfinished_session_holds_the_week_even_after_two_completions() -> None:
    history = [done("week-4"), done("week-4"), stopped("week-4")]
    assert suggest_next(history).workout_id == "week-4"


def test_an_unfinished_session_of_week_8_stays_on_week_8() -> None:
    assert suggest_next([interrupted("week-8")]).workout_id == "week-8"


def test_an_unknown_outcome_counts_as_not_completed() -> None:
    suggestion = suggest_next([done("week-2"), done("week-2"), SessionResult("week-3", "??")])
    assert in_english(suggestion) == ("week-3", "Week 3 again: the last session was not completed.")


# --- sessions outside the plan ---------------------------------------------------------------


def test_sessions_of_other_workouts_do_not_move_the_plan() -> None:
    history = [done("week-2"), done("beginner"), stopped("first-steps"), done("my-week-2")]
    assert in_english(suggest_next(history)) == (
        "week-2",
        "Week 2 again: completed once, twice before moving on.",
    )


@pytest.mark.parametrize("workout_id", ["week-0", "week-9", "week-10", "week-01", "week-", "week3"])
def test_ids_that_look_like_weeks_but_are_not_in_the_plan_are_ignored(workout_id: str) -> None:
    assert week_number(workout_id) is None
    assert suggest_next([done("week-6"), done(workout_id)]).workout_id == "week-6"


def test_week_ids_and_numbers_round_trip() -> None:
    for week in range(1, WEEK_COUNT + 1):
        assert week_number(week_id(week)) == week
    for bad in (0, 9):
        with pytest.raises(ValueError):
            week_id(bad)


# --- record types -------------------------------------------------------------------------


class Outcome(StrEnum):
    COMPLETED = "completed"
    STOPPED = "stopped"


class Row(NamedTuple):
    started_at: str
    workout_id: str
    outcome: Outcome
    rounds_done: int


def test_any_record_with_workout_id_and_outcome_works_including_str_enums() -> None:
    history = [
        Row("2026-11-01T08:00", "week-1", Outcome.COMPLETED, 6),
        Row("2026-11-03T08:00", "week-1", Outcome.COMPLETED, 6),
        Row("2026-11-05T08:00", "week-2", Outcome.STOPPED, 3),
    ]
    assert in_english(suggest_next(history)) == (
        "week-2",
        "Week 2 again: the last session was stopped early.",
    )
    assert suggest_next(iter(history[:2])).workout_id == "week-2"


# --- how it felt (issue 19) ---------------------------------------------------------------


def rated(workout_id: str, effort: int | None, outcome: str = "completed") -> SessionResult:
    return SessionResult(workout_id, outcome, effort)


def test_a_week_completed_but_rated_8_is_repeated_and_says_why() -> None:
    history = [done("week-3"), done("week-3"), rated("week-3", 8)]
    assert in_english(suggest_next(history)) == ("week-3", "Week 3 again: last time felt 8/10.")


def test_rated_9_twice_in_a_row_steps_back_a_week() -> None:
    history = [done("week-3"), rated("week-4", 9), rated("week-4", 10)]
    suggestion = suggest_next(history)
    assert suggestion.workout_id == "week-3"
    assert suggestion.reason == "Week 3, a step back: the last two sessions felt 9/10 or harder."


def test_rated_6_or_less_moves_on_after_one_completion() -> None:
    suggestion = suggest_next([rated("week-2", 6)])
    assert in_english(suggestion) == ("week-3", "Week 3: week 2 completed and it felt 6/10.")


def test_an_unrated_or_7_week_still_needs_two_completions() -> None:
    assert suggest_next([rated("week-2", 7)]).workout_id == "week-2"
    assert suggest_next([rated("week-2", None)]).workout_id == "week-2"


efforts = st.one_of(st.none(), st.integers(1, 10))
plan_sessions = st.lists(
    st.builds(
        SessionResult,
        st.sampled_from([week_id(w) for w in range(1, WEEK_COUNT + 1)] + ["beginner"]),
        st.sampled_from(["completed", "stopped", "interrupted"]),
        efforts,
    ),
    max_size=30,
)


def plan_only(history: list[SessionResult]) -> list[SessionResult]:
    return [r for r in history if week_number(r.workout_id) is not None]


@given(plan_sessions, st.integers(1, WEEK_COUNT), st.integers(HARD_EFFORT, 10))
def test_property_a_hard_completed_week_is_never_left_behind(
    history: list[SessionResult], week: int, effort: int
) -> None:
    history = [*history, rated(week_id(week), effort)]
    suggestion = suggest_next(history)
    previous = plan_only(history)[-2] if len(plan_only(history)) > 1 else None
    twice = (
        effort >= STEP_BACK_EFFORT
        and previous is not None
        and (previous.effort or 0) >= STEP_BACK_EFFORT
    )
    expected = week - 1 if twice and week > 1 else week
    assert suggestion.workout_id == week_id(expected)
    assert f"{effort}/10" in suggestion.reason or twice


@given(plan_sessions, st.integers(1, WEEK_COUNT - 1), st.integers(1, EASY_EFFORT))
def test_property_an_easy_completion_always_moves_on(
    history: list[SessionResult], week: int, effort: int
) -> None:
    suggestion = suggest_next([*history, rated(week_id(week), effort)])
    assert suggestion.workout_id == week_id(week + 1)
    assert suggestion.reason == f"Week {week + 1}: week {week} completed and it felt {effort}/10."


@given(
    plan_sessions, st.integers(1, WEEK_COUNT), efforts, st.sampled_from(["stopped", "interrupted"])
)
def test_property_an_unfinished_session_repeats_unless_two_hard_in_a_row(
    history: list[SessionResult], week: int, effort: int | None, outcome: str
) -> None:
    history = [*history, rated(week_id(week), effort, outcome)]
    plan = plan_only(history)
    twice = len(plan) > 1 and all((r.effort or 0) >= STEP_BACK_EFFORT for r in plan[-2:])
    expected = week - 1 if twice and week > 1 else week
    assert suggest_next(history).workout_id == week_id(expected)


@given(plan_sessions)
def test_property_the_suggestion_is_always_a_week_next_to_the_last(
    history: list[SessionResult],
) -> None:
    plan = plan_only(history)
    suggestion = suggest_next(history)
    if plan:
        last = week_number(plan[-1].workout_id)
        assert last is not None
        assert abs((week_number(suggestion.workout_id) or 0) - last) <= 1
