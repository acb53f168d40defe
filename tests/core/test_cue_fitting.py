"""Fitting a phase's opening (core.cue_fitting): shorter forms first, then optional cues
dropped in order; the announcement always stays."""

from __future__ import annotations

from retrocoach.core.cue_fitting import (
    DROP_ORDER,
    Line,
    Slot,
    block_end,
    choose_opening,
    drop_patterns,
    snap_down,
    snap_up,
)
from retrocoach.core.cues import CueKind


def _say(text: str) -> float:
    return float(len(text.split()))  # a second a word


def _never(_text: str, _end: float) -> float:
    raise AssertionError("no Next line here")


def _slot(kind: CueKind, *texts: str, optional: bool = False) -> Slot:
    return Slot(kind, [Line(kind, text) for text in texts], optional)


def test_times_snap_to_ten_milliseconds() -> None:
    assert snap_up(1.001) == 1.01 and snap_down(1.009) == 1.0 and snap_up(2.0) == 2.0


def test_drop_patterns_keep_earlier_cues_longest() -> None:
    patterns = list(drop_patterns(["round", "safety"]))
    assert patterns == [
        frozenset(),
        frozenset({"round"}),
        frozenset({"safety"}),
        frozenset({"safety", "round"}),
    ]
    assert DROP_ORDER[0] == "safety"


def test_the_longest_forms_that_fit() -> None:
    announce = Slot(
        CueKind.ANNOUNCE, [Line(CueKind.ANNOUNCE, "a b c d"), Line(CueKind.ANNOUNCE, "a")], False
    )
    rounds = Slot(CueKind.ROUND, [Line(CueKind.ROUND, "r r r")], True)
    block, following, _ = choose_opening([announce, rounds], [], 0.0, 5.0, _say, _never)
    assert [line.text for line in block] == ["a", "r r r"] and following is None
    assert block_end(block, 0.0, _say) == 4.0


def test_with_nothing_fitting_the_shortest_announcement_stays() -> None:
    announce = Slot(
        CueKind.ANNOUNCE, [Line(CueKind.ANNOUNCE, "a b c"), Line(CueKind.ANNOUNCE, "a b")], False
    )
    block, following, at = choose_opening([announce], [], 0.0, 1.0, _say, _never)
    assert [line.text for line in block] == ["a b"] and following is None and at == 0.0
