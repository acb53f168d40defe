"""The briefing before the first session (core.briefing): its content and its cues."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retrocoach.core.briefing import LINES, briefing_cues, briefing_lines, briefing_seconds
from retrocoach.core.cues import MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE, CueKind
from retrocoach.core.phrases import LANGUAGES


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


def test_every_phrasebook_language_has_the_briefing() -> None:
    assert set(LINES) == set(LANGUAGES)


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != "en"])
def test_each_language_says_every_line_in_its_own_words_and_as_briefly(language: str) -> None:
    """Line for line the English (none left in English), in about as long."""
    english, ours = briefing_lines("en"), briefing_lines(language)
    assert len(ours) == len(english)
    for line, theirs in zip(ours, english, strict=True):
        assert line.strip() and line != theirs
    assert 40 <= briefing_seconds(language=language) <= 1.2 * briefing_seconds()
    cues = briefing_cues(5, language=language)
    assert [cue.text for cue in cues] == list(ours)
