"""The tip model (core.tip_model): the library, the phase keys, spoken word counts."""

from __future__ import annotations

import pytest

from retrocoach.core.problem import english
from retrocoach.core.tips import (
    Tip,
    TipCategory,
    TipLibrary,
    parse_tips,
    phase_key,
    spoken_word_count,
)
from retrocoach.core.workout import Direction, Pace
from tests.core.tip_data import BACKWARD, entry, tips_file


def test_library_rejects_duplicate_ids() -> None:
    tip = Tip("a", "Text.", frozenset({TipCategory.ARMS}), frozenset(BACKWARD), "seed")
    with pytest.raises(ValueError, match="duplicate tip id 'a'"):
        TipLibrary((tip, tip))


def test_to_json_round_trips() -> None:
    library, _ = parse_tips(tips_file(entry("a"), entry("b", categories=["feet", "arms"])))
    again, found_problems = parse_tips(library.to_json())
    problems = english(found_problems)
    assert problems == []
    assert again.tips == library.tips


def test_spoken_word_count_and_phase_key() -> None:
    assert spoken_word_count("Chest up, stand tall.") == 4
    assert spoken_word_count("Round 12 of 50") == 6
    assert spoken_word_count("Round 2 of 4") == 4
    assert spoken_word_count("3") == 1
    assert spoken_word_count("Walk - then run") == 3
    assert spoken_word_count("") == 0
    assert phase_key(Direction.BACKWARD, Pace.JOG) == "backward-jog"
    assert phase_key(Direction.FORWARD, Pace.WALK) == "forward-walk"
