"""The player's arbitration rules on plain numbers (item 6: pure, no Qt, no clock)."""

from __future__ import annotations

from retrocoach.speech.arbitration import Action, Decision, Playing, arrive, queue_behind, stale

HOLD_MAX, TOLERANCE = 0.6, 1.0
SAFETY, COUNTDOWN, TIP = 3, 2, 1


def decide(priority: int, playing: Playing | None, lateness: float = 0.0) -> Decision:
    return arrive(
        priority, "new", playing, lateness=lateness, hold_max=HOLD_MAX, late_tolerance=TOLERANCE
    )


def test_silence_plays() -> None:
    assert decide(TIP, None) == Decision(Action.PLAY)


def test_a_higher_priority_cuts_at_once_however_long_the_playing_one_has_left() -> None:
    assert decide(SAFETY, Playing(TIP, "tip", 5.0)).action is Action.CUT
    assert decide(SAFETY, Playing(TIP, "tip", 0.1)).action is Action.CUT


def test_a_cue_waits_for_one_that_ends_within_the_hold_window() -> None:
    assert decide(TIP, Playing(COUNTDOWN, "countdown", 0.4)) == Decision(Action.HOLD, wait=0.4)
    assert decide(TIP, Playing(TIP, "tip", HOLD_MAX)).action is Action.HOLD


def test_past_the_hold_window_an_equal_one_cuts_and_a_lower_one_is_dropped() -> None:
    assert decide(TIP, Playing(TIP, "tip", 2.0)) == Decision(Action.CUT, reason="cut by new")
    assert decide(TIP, Playing(SAFETY, "safety", 2.0)) == Decision(
        Action.DROP, reason="safety playing"
    )


def test_no_hold_that_would_make_the_cue_too_late() -> None:
    assert decide(TIP, Playing(TIP, "tip", 0.5), lateness=0.6).action is Action.CUT
    assert decide(TIP, Playing(SAFETY, "safety", 0.5), lateness=0.6).action is Action.DROP


def test_stale_cues_are_dropped_not_played_late() -> None:
    assert stale(True, 0.0, TOLERANCE) == "phase over"
    assert stale(False, 1.5, TOLERANCE) == "late by 1.5 s"
    assert stale(False, 0.9, TOLERANCE) is None
    assert stale(False, -0.1, TOLERANCE) is None  # handed over early: on time


def test_of_two_waiting_cues_the_higher_priority_waits() -> None:
    assert queue_behind(TIP, "tip", None) == (None, None)
    assert queue_behind(TIP, "tip", (TIP, "tip")) == ("tip waiting", None)
    assert queue_behind(SAFETY, "safety", (TIP, "tip")) == (None, "superseded by safety")
