"""Picking tips without repeats (core.tip_picker)."""

from __future__ import annotations

import random
from itertools import pairwise

from retrocoach.core.problem import english
from retrocoach.core.tips import (
    Tip,
    TipLibrary,
    TipPicker,
    parse_tips,
    spoken_word_count,
)
from tests.core.tip_data import entry, tips_file


def picker_library(count: int) -> TipLibrary:
    library, found_problems = parse_tips(
        tips_file(*(entry(f"t{i}", text=f"Tip number {i}.") for i in range(count)))
    )
    problems = english(found_problems)
    assert problems == []
    return library


def test_picker_does_not_repeat_until_all_suitable_were_used() -> None:
    library = picker_library(7)
    picker = TipPicker(library, random.Random(3))
    picks = [picker.pick("backward-jog", ["posture"]) for _ in range(21)]
    ids = [tip.id for tip in picks if tip is not None]
    assert len(ids) == 21
    for cycle in range(3):
        assert sorted(ids[cycle * 7 : cycle * 7 + 7]) == sorted(library.ids)
    assert all(a != b for a, b in pairwise(ids))  # no back-to-back repeat
    assert picker.times_used("t0") == 3


def test_picker_is_deterministic_for_a_seed() -> None:
    library = picker_library(10)

    def run(seed: int) -> list[str]:
        picker = TipPicker(library, random.Random(seed))
        return [
            tip.id
            for tip in (picker.pick("backward-walk", ["posture"]) for _ in range(10))
            if tip is not None
        ]

    assert run(1) == run(1)
    assert len({tuple(run(seed)) for seed in range(5)}) > 1


def test_picker_filters_by_phase_and_category() -> None:
    library, _ = parse_tips(
        tips_file(
            entry("back", categories=["feet"]),
            entry("fwd", categories=["recovery"], phases=["forward-walk"]),
            entry("both", categories=["motivation"], phases=["forward-walk", "backward-run"]),
        )
    )
    picker = TipPicker(library)
    assert picker.pick("forward-walk", ["feet"]) is None
    assert picker.pick("forward-run", ["recovery", "motivation"]) is None
    got = {picker.pick("forward-walk", ["recovery", "motivation"]) for _ in range(2)}
    assert {tip.id for tip in got if tip} == {"fwd", "both"}
    tip = picker.pick("backward-run", ["feet"])
    assert tip is not None
    assert tip.id == "back"


def test_picker_returns_nothing_rather_than_repeat_when_fresh_tips_do_not_fit() -> None:
    library, _ = parse_tips(
        tips_file(entry("short", text="Short."), entry("long", text="A much longer tip here."))
    )
    picker = TipPicker(library)

    def short_only(tip: Tip) -> bool:
        return spoken_word_count(tip.text) <= 1

    first = picker.pick("backward-walk", ["posture"], short_only)
    assert first is not None
    assert first.id == "short"
    assert picker.pick("backward-walk", ["posture"], short_only) is None  # no early repeat
    second = picker.pick("backward-walk", ["posture"])
    assert second is not None
    assert second.id == "long"
    again = picker.pick("backward-walk", ["posture"], short_only)
    assert again is not None
    assert again.id == "short"


def test_picker_never_repeats_a_tip_within_five_minutes() -> None:
    library = picker_library(3)
    picker = TipPicker(library, random.Random(1))
    first = [picker.pick("backward-jog", ["posture"], at=float(at)) for at in (0, 10, 20)]
    assert sorted(tip.id for tip in first if tip) == ["t0", "t1", "t2"]
    # every tip was said in the last five minutes: nothing, rather than a repeat
    assert picker.fresh("backward-jog", ["posture"], at=299.0) == []
    assert picker.pick("backward-jog", ["posture"], at=299.0) is None
    again = picker.pick("backward-jog", ["posture"], at=300.0)
    assert again is not None and first[0] is not None and again.id == first[0].id
    # the one said longest ago first, for a cue that must be said anyway
    assert next(tip.id for tip in picker.oldest("backward-jog", ["posture"])) == (
        first[1].id if first[1] else ""
    )


def test_picker_without_times_keeps_the_old_rule() -> None:
    picker = TipPicker(picker_library(2), random.Random(0))
    picks = [picker.pick("backward-jog", ["posture"]) for _ in range(4)]
    assert [tip.id for tip in picks if tip] and all(picks)
