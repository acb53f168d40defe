"""The coaching rules of issues 3 and 9, checked on a `plan --json` document.

Shared by the property tests over random workouts (tests/core/test_coaching_properties.py)
and over the built-in workouts (tests/cli/test_plan_rules.py). Each check reads only the JSON
(cue times, kinds, lengths, tip ids), so it holds for what a user sees in `plan --json`,
in every language (the document names its ``language``; English when it names none).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from typing import Any

from retrocoach.core.coaching import MIN_CUE_GAP_SECONDS
from retrocoach.core.cues import (
    LOOK_BACK_MIN_PHASE_SECONDS,
    NEXT_MIN_PHASE_SECONDS,
    TIP_CLEAR_BEFORE_COUNTDOWN_SECONDS,
    TURN_NEXT_MIN_PHASE_SECONDS,
    tip_categories,
)
from retrocoach.core.phrases import phrasebook
from retrocoach.core.tips import REPEAT_GAP_SECONDS, TipCategory, TipLibrary

TOLERANCE = 1e-6
LOOK_BACK = "look-back"
OPENING_KINDS = ("announce", "safety", "round")
GUARANTEE = frozenset({TipCategory.POSTURE, TipCategory.FEET, TipCategory.SAFETY})

Doc = dict[str, Any]


def cues_of(doc: Doc, index: int) -> list[dict[str, Any]]:
    return [cue for cue in doc["cues"] if cue["phase"] == index]


def key_of(phase: dict[str, Any]) -> str:
    return f"{phase['direction']}-{phase['pace']}"


def needs_look_back(phase: dict[str, Any]) -> bool:
    return bool(
        phase["direction"] == "backward"
        and phase["pace"] != "walk"
        and phase["seconds"] >= LOOK_BACK_MIN_PHASE_SECONDS
    )


def turns(doc: Doc, index: int) -> bool:
    phases = doc["phases"]
    return bool(
        index + 1 < len(phases) and phases[index + 1]["direction"] != phases[index]["direction"]
    )


def check_timing(doc: Doc) -> None:
    """Sorted; no cue starts before the previous one is said plus the 0.3 s gap; every phase
    announced at its start; countdowns on its last three seconds."""
    cues = doc["cues"]
    for earlier, later in pairwise(cues):
        said = earlier["at"] + earlier["seconds"] + MIN_CUE_GAP_SECONDS
        assert later["at"] >= said - TOLERANCE, (earlier, later)
    for phase in doc["phases"]:
        mine = cues_of(doc, phase["index"])
        start, end = phase["start"], phase["start"] + phase["seconds"]
        assert mine[0]["kind"] == "announce" and mine[0]["at"] == start
        for cue in mine:
            assert start <= cue["at"] and cue["at"] + cue["seconds"] <= end + TOLERANCE
        counts = [cue["at"] for cue in mine if cue["kind"] == "countdown"]
        assert counts == ([end - 3.0, end - 2.0, end - 1.0] if phase["seconds"] >= 10 else [])
    finish = [cue for cue in cues if cue["kind"] == "finish"]
    assert finish and finish[0]["at"] == doc["total_seconds"] and cues[-1] == finish[-1]


def check_look_back(doc: Doc, library: TipLibrary) -> None:
    """Every backward jog or run of 15 s or more opens, right after its announcement (and the
    safety and round cues), with a look-back tip: before any other tip."""
    place = doc["place"]
    for phase in doc["phases"]:
        if not needs_look_back(phase):
            continue
        if not library.suitable(key_of(phase), {TipCategory.LOOK_BACK}, place):
            continue  # a user may switch every look-back tip off
        mine = cues_of(doc, phase["index"])
        opening = 0
        while mine[opening]["kind"] in OPENING_KINDS:
            opening += 1
        first = mine[opening]
        assert first["kind"] == "tip" and first["categories"] == [LOOK_BACK], (phase, mine)
        tips = [cue for cue in mine if cue["kind"] == "tip"]
        assert tips[0] == first


def check_next(doc: Doc) -> None:
    """Every turn of direction is previewed in the phase before it (15 s or more), before the
    countdown and after the look-back cue; backwards to forwards says to slow down. Phases of
    45 s or more always preview."""
    book = phrasebook(doc.get("language", "en"))  # the session's words
    ease_off = book.EASE_OFF_SHORT
    for phase in doc["phases"]:
        index, seconds = phase["index"], phase["seconds"]
        mine = cues_of(doc, index)
        nexts = [cue for cue in mine if cue["kind"] == "next"]
        wanted = seconds >= NEXT_MIN_PHASE_SECONDS or (
            turns(doc, index) and seconds >= TURN_NEXT_MIN_PHASE_SECONDS
        )
        assert len(nexts) == (1 if wanted else 0), (phase, mine)
        if not nexts:
            continue
        cue = nexts[0]
        end = phase["start"] + seconds
        countdown = end - 3 if seconds >= 10 else end
        assert cue["at"] + cue["seconds"] + MIN_CUE_GAP_SECONDS <= countdown + TOLERANCE
        look_backs = [c for c in mine if c["kind"] == "tip" and c["categories"] == [LOOK_BACK]]
        assert all(c["at"] < cue["at"] for c in look_backs[:1])
        if doc["place"] == "treadmill":  # every turn: how to turn on a moving belt
            assert (book.TREADMILL_TURN_SHORT in cue["text"]) == turns(doc, index), cue
            assert ease_off not in cue["text"], cue
            continue
        backward_to_forward = turns(doc, index) and phase["direction"] == "backward"
        assert (ease_off in cue["text"]) == backward_to_forward, cue


def check_tips(doc: Doc, library: TipLibrary) -> None:
    """Tips suit their phase and place; none within 4 s of a countdown (look-back cues are
    part of the opening); quiet says only look-back tips."""
    place = doc["place"]
    for phase in doc["phases"]:
        key = key_of(phase)
        end = phase["start"] + phase["seconds"]
        for cue in cues_of(doc, phase["index"]):
            if cue["kind"] != "tip":
                continue
            tip = library.get(cue["tip_id"])
            assert tip is not None and tip.text == cue["text"]
            assert sorted(tip.categories) == cue["categories"]
            assert key in tip.phases and place in tip.places, (tip, place)
            if cue["categories"] == [LOOK_BACK]:
                continue
            assert doc["density"] != "quiet", cue
            assert tip.categories & tip_categories(key)
            if phase["seconds"] >= 10:
                limit = end - 3 - TIP_CLEAR_BEFORE_COUNTDOWN_SECONDS
                assert cue["at"] + cue["seconds"] <= limit + TOLERANCE


def check_no_repeats(doc: Doc, library: TipLibrary, *, strict_look_back: bool) -> None:
    """A tip comes back only once every other tip of its pool that was not said in the last
    five minutes was used as often; never within five minutes (look-back cues: only with
    `strict_look_back`, as a look-back cue is said even when all were said recently)."""
    place = doc["place"]
    phases = doc["phases"]
    uses: dict[str, int] = defaultdict(int)
    said_at: dict[str, float] = {}
    seen: set[int] = set()
    for cue in doc["cues"]:
        if cue["kind"] != "tip":
            continue
        phase = phases[cue["phase"]]
        key = key_of(phase)
        look_back = cue["categories"] == [LOOK_BACK]
        first_in_phase = not look_back and cue["phase"] not in seen
        if not look_back:
            seen.add(cue["phase"])
        pools = [{TipCategory.LOOK_BACK}] if look_back else [set(tip_categories(key))]
        if first_in_phase and phase["direction"] == "backward" and phase["seconds"] >= 20:
            pools.append(set(GUARANTEE))

        def fresh(tip_id: str, at: float = cue["at"]) -> bool:
            return at - said_at.get(tip_id, -1e9) >= REPEAT_GAP_SECONDS - TOLERANCE

        tip_id = cue["tip_id"]
        if not look_back or strict_look_back:
            assert fresh(tip_id), (cue, said_at.get(tip_id))
        ok = False
        for categories in pools:
            pool = [t for t in library.suitable(key, categories, place) if fresh(t.id)]
            if not pool and look_back:
                ok = True  # nothing fresh: the one said longest ago
            elif pool and uses[tip_id] == min(uses[t.id] for t in pool):
                ok = True
        assert ok, (cue, dict(uses))
        uses[tip_id] += 1
        said_at[tip_id] = cue["at"]


def check_all(doc: Doc, library: TipLibrary, *, strict_look_back: bool = True) -> None:
    check_timing(doc)
    check_look_back(doc, library)
    check_next(doc)
    check_tips(doc, library)
    check_no_repeats(doc, library, strict_look_back=strict_look_back)
