"""The effort scale asked at the finish (core.effort)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retrocoach.core.effort import (
    CLICKER_START,
    HIGHEST,
    LOWEST,
    answer,
    from_digit,
    said_answer,
    said_choice,
    said_question,
    said_word,
    scale,
    step,
    word,
)
from retrocoach.core.phrases import LANGUAGES


def test_every_number_has_its_own_word_from_very_easy_to_maximal() -> None:
    words = [word(n).english() for n in scale()]
    assert len(set(words)) == 10 and words[0] == "very easy" and words[-1] == "maximal"
    with pytest.raises(ValueError, match="effort"):
        word(0)


def test_number_keys_give_1_to_9_and_0_gives_10() -> None:
    assert [from_digit(d) for d in range(10)] == [10, *range(1, 10)]
    with pytest.raises(ValueError):
        from_digit(10)


def test_the_answer_says_the_number_and_its_word() -> None:
    assert answer(8).english() == "Effort 8: very, very hard. Saved."


@given(st.lists(st.sampled_from([1, -1]), max_size=40))
def test_property_a_clicker_starts_in_the_middle_and_stays_on_the_scale(
    presses: list[int],
) -> None:
    value: int | None = None
    for press in presses:
        before = value
        value = step(value, press)
        assert LOWEST <= value <= HIGHEST
        if before is None:
            assert value == CLICKER_START
        else:
            assert abs(value - before) <= 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_voice_says_the_scale_in_the_sessions_language(language: str) -> None:
    words = [said_word(effort, language) for effort in scale()]
    assert len(set(words)) == 10
    assert said_answer(7, language).count(said_word(7, language)) == 1
    assert "7" in said_answer(7, language)
    assert said_choice(3, language) == f"3, {said_word(3, language)}"
    assert said_question(language)
    if language != "en":
        assert said_question(language) != said_question("en")
        assert said_word(1, language) != said_word(1, "en")


def test_the_english_voice_says_what_the_window_shows() -> None:
    assert [said_word(effort, "en") for effort in scale()] == [str(word(n)) for n in scale()]
    assert said_answer(7, "en") == "Effort 7: very hard. Saved."


def test_said_word_refuses_a_number_off_the_scale() -> None:
    with pytest.raises(ValueError):
        said_word(11, "de")
