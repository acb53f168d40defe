"""The briefing before the first session (core.briefing): its content and its cues."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from retrocoach.core.briefing import briefing_cues, briefing_lines, briefing_seconds
from retrocoach.core.cues import MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE, CueKind


def test_it_says_what_a_newcomer_needs_in_about_a_minute() -> None:
    text = " ".join(briefing_lines()).lower()
    for words in (
        "dizzy", "balance", "fallen", "doctor", "flat, light shoes", "walk your route forwards",
        "grass", "track", "empty hall", "treadmill", "clip", "half your forward walking pace",
        "over your shoulder every few steps", "space to skip",
    ):  # fmt: skip
        assert words in text
    assert 40 <= briefing_seconds() <= 75


@given(st.integers(0, 60), st.integers(MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE))
def test_property_its_cues_come_before_the_lead_in_one_after_the_other(
    lead_in: int, wpm: int
) -> None:
    cues = briefing_cues(lead_in, wpm)
    assert [cue.kind for cue in cues] == [CueKind.BRIEFING] * len(briefing_lines())
    assert cues[-1].at + cues[-1].seconds < -lead_in
    for before, after in pairwise(cues):
        assert before.at + before.seconds < after.at
