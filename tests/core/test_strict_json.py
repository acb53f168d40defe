"""Issue 17 item 9: a key written twice in a workout, tips or settings file passed silently
(the last one won). Each is refused with a message naming the key."""

from __future__ import annotations

import json

import pytest

from retrocoach.core.strict_json import DuplicateKeyError, loads
from retrocoach.core.tip_model import TipLibrary
from retrocoach.core.tip_parsing import merge_user_tips_text
from retrocoach.core.workout import WorkoutError
from retrocoach.core.workout_parsing import load_workout_text

WORKOUT = """{"version": 1, "id": "twice", "name": "Twice", "default_rounds": 2,
 "round": [{"name": "Jog", "direction": "backward", "pace": "jog",
            "seconds": 30, "seconds": 3000}]}"""


def test_a_key_written_twice_is_refused_by_name() -> None:
    with pytest.raises(DuplicateKeyError, match='the key "seconds" is written twice'):
        loads(WORKOUT)
    assert loads('{"a": {"b": 1}, "c": [{"b": 2}]}') == {"a": {"b": 1}, "c": [{"b": 2}]}
    assert loads('{"a": 1}') == json.loads('{"a": 1}')


def test_a_workout_with_a_key_twice_is_refused() -> None:
    with pytest.raises(WorkoutError) as raised:
        load_workout_text(WORKOUT, "twice.json")
    assert "twice.json" in str(raised.value)
    assert "has the key 'seconds' twice" in str(raised.value)


def test_a_tips_file_with_a_key_twice_is_refused() -> None:
    base = TipLibrary(())
    text = '{"version": 1, "tips": [], "tips": []}'
    library, [problem] = merge_user_tips_text(base, text, "tips.json")
    assert library is base
    assert "tips.json: has the key 'tips' twice" in problem.english()
