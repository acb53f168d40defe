"""The cue vocabulary (core.cues): settings checked, per-phase rules, names as said aloud."""

from __future__ import annotations

import pytest

from retrocoach.core.cues import (
    BACKWARD_CATEGORIES,
    FORWARD_WALK_CATEGORIES,
    CoachingSettings,
    Cue,
    CueKind,
    estimate_speaking_seconds,
    needs_look_back,
    spoken_name,
    tip_categories,
)
from retrocoach.core.workout import Direction, Pace, Phase, Workout


def _planned(name: str, direction: Direction, pace: Pace, seconds: int) -> object:
    workout = Workout("x", "X", "", (), (Phase(name, direction, pace, seconds),), (), 1)
    return workout.plan(1).phases[0]


def test_a_rate_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="words_per_minute"):
        CoachingSettings(words_per_minute=10)


def test_the_name_is_said_without_its_parentheses() -> None:
    phase = _planned("Walk forwards (recovery)", Direction.FORWARD, Pace.WALK, 60)
    assert spoken_name(phase) == "Walk forwards"  # type: ignore[arg-type]


def test_look_back_only_in_backward_jogs_and_runs() -> None:
    assert needs_look_back(_planned("J", Direction.BACKWARD, Pace.JOG, 20))  # type: ignore[arg-type]
    assert not needs_look_back(_planned("W", Direction.BACKWARD, Pace.WALK, 20))  # type: ignore[arg-type]
    assert not needs_look_back(_planned("J", Direction.BACKWARD, Pace.JOG, 10))  # type: ignore[arg-type]


def test_tip_categories_by_phase() -> None:
    assert tip_categories("backward-jog") is BACKWARD_CATEGORIES
    assert tip_categories("forward-walk") is FORWARD_WALK_CATEGORIES


def test_cue_priority_and_speaking_time() -> None:
    assert Cue(0.0, CueKind.SAFETY, "x", None).priority > Cue(0.0, CueKind.TIP, "x", 1).priority
    assert estimate_speaking_seconds("one two three", 180) == 1.0
