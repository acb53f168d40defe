"""The coaching rules of issue 9 hold in `plan --json` for every built-in workout, at every
density and place, in every language, with estimated and with other (measured-like) cue
lengths."""

from __future__ import annotations

import zlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrocoach.cli.plan import plan_document
from retrocoach.core.coaching import CoachingSettings, Density
from retrocoach.core.cues import DEFAULT_WORDS_PER_MINUTE, estimate_speaking_seconds
from retrocoach.core.languages import LANGUAGES
from retrocoach.core.problem import english
from retrocoach.core.tips import Place, TipLibrary
from retrocoach.core.workout import Workout
from retrocoach.storage.tips_files import load_tips
from retrocoach.storage.workouts import WorkoutLibrary, in_language
from tests.core.coaching_rules import check_all, needs_look_back

BUILT_IN = [w for w in WorkoutLibrary().workouts() if w.built_in]
TIPS, found_TIP_PROBLEMS = load_tips(None)
TIP_PROBLEMS = english(found_TIP_PROBLEMS)
LIBRARIES = {language: load_tips(None, language) for language in LANGUAGES}
EACH_LANGUAGE = pytest.mark.parametrize("language", LANGUAGES)


def document(
    workout: Workout,
    density: Density,
    place: Place,
    *,
    rounds: int | None = None,
    wpm: int = DEFAULT_WORDS_PER_MINUTE,
    seed: int = 0,
    stretch: float = 0.0,
    language: str = "en",
) -> dict[str, Any]:
    """`plan --json --lang language` of `workout`; with `stretch`, each text takes a fixed
    pseudo-random 0.7..1.3 times (at 0.3: up to 30 % off) its estimate, as measured audio
    does."""

    def measured(text: str) -> float:
        factor = 1.0 + stretch * ((zlib.crc32(text.encode()) % 2001) / 1000.0 - 1.0)
        return estimate_speaking_seconds(text, wpm) * factor

    coaching = CoachingSettings(
        density=density, words_per_minute=wpm, seed=seed, place=place, language=language
    )
    plan = in_language(workout.plan(rounds, lead_in_seconds=10), language)
    tips = LIBRARIES[language][0]
    return plan_document(plan, tips, coaching, measured if stretch else None)


def test_shipped_tips_load_cleanly() -> None:
    assert TIP_PROBLEMS == []
    assert {w.id for w in BUILT_IN} >= {"beginner", "first-steps", "week-1", "week-8"}
    for language, (_library, problems) in LIBRARIES.items():
        assert english(problems) == [], language


@EACH_LANGUAGE
@pytest.mark.parametrize("workout", BUILT_IN, ids=lambda w: w.id)
@pytest.mark.parametrize("density", list(Density), ids=str)
@pytest.mark.parametrize("place", list(Place), ids=str)
def test_rules_hold_for_every_built_in_workout(
    workout: Workout, density: Density, place: Place, language: str
) -> None:
    tips = LIBRARIES[language][0]
    doc = document(workout, density, place, language=language)
    assert doc["language"] == language
    check_all(doc, tips)
    measured = document(workout, density, place, stretch=0.3, language=language)
    check_all(measured, tips)
    assert all(cue["measured"] for cue in measured["cues"])
    assert not any(cue["measured"] for cue in doc["cues"])


@settings(max_examples=40, deadline=None)
@EACH_LANGUAGE
@given(
    workout=st.sampled_from(BUILT_IN),
    density=st.sampled_from(list(Density)),
    place=st.sampled_from(list(Place)),
    rounds=st.integers(1, 12),
    wpm=st.integers(140, 260),
    seed=st.integers(0, 2**32),
    stretch=st.sampled_from([0.0, 0.15, 0.3]),
)
def test_rules_hold_for_any_rounds_rate_and_seed(
    workout: Workout,
    density: Density,
    place: Place,
    rounds: int,
    wpm: int,
    seed: int,
    stretch: float,
    language: str,
) -> None:
    doc = document(
        workout,
        density,
        place,
        rounds=rounds,
        wpm=wpm,
        seed=seed,
        stretch=stretch,
        language=language,
    )
    check_all(doc, LIBRARIES[language][0])


@EACH_LANGUAGE
@pytest.mark.parametrize("workout", BUILT_IN, ids=lambda w: w.id)
def test_quiet_says_all_but_the_other_tips(workout: Workout, language: str) -> None:
    for place in Place:
        quiet = document(workout, Density.QUIET, place, language=language)["cues"]
        for density in (Density.NORMAL, Density.CHATTY):
            cues = document(workout, density, place, language=language)["cues"]
            kept = [c for c in cues if c["kind"] != "tip" or c["categories"] == ["look-back"]]
            assert kept == quiet


@EACH_LANGUAGE
def test_look_back_coverage_is_complete_and_rotates(language: str) -> None:
    for workout in BUILT_IN:
        for place in Place:
            doc = document(workout, Density.QUIET, place, language=language)
            backward = [p for p in doc["phases"] if needs_look_back(p)]
            look_backs = [
                c for c in doc["cues"] if c["kind"] == "tip" and c["categories"] == ["look-back"]
            ]
            assert len(look_backs) == len(backward)
            if len(backward) >= 3:
                assert len({c["tip_id"] for c in look_backs}) >= 3  # several, rotating


def test_places_pick_their_tips() -> None:
    beginner = next(w for w in BUILT_IN if w.id == "beginner")
    for place in Place:
        doc = document(beginner, Density.CHATTY, place)
        tips = [TIPS.get(c["tip_id"]) for c in doc["cues"] if c["kind"] == "tip"]
        texts = " ".join(c["text"] for c in doc["cues"]).lower()
        treadmill_only = [t for t in tips if t is not None and t.places == {Place.TREADMILL}]
        if place is Place.TREADMILL:
            # the treadmill's safety: clip, rails and half your walking pace, said in the lead-in
            lead_in = doc["cues"][0]
            assert lead_in["kind"] == "safety" and lead_in["at"] < 0
            for word in ("clip", "rails", "half"):
                assert word in lead_in["text"].lower()
            assert treadmill_only
            assert "roots" not in texts and "path behind you" not in texts
        else:
            assert treadmill_only == []
            assert "treadmill" not in texts and "belt" not in texts


def test_finish_says_what_to_expect_and_what_next() -> None:
    beginner = next(w for w in BUILT_IN if w.id == "beginner")
    finish = [c for c in document(beginner, Density.QUIET, Place.TRACK)["cues"]][-3:]
    assert [c["kind"] for c in finish] == ["finish"] * 3
    assert "calves and thighs" in finish[1]["text"] and "next time" in finish[2]["text"]


def _library_ids(library: TipLibrary) -> set[str]:
    return set(library.ids)


@EACH_LANGUAGE
def test_every_tip_category_and_place_is_in_use(language: str) -> None:
    used: set[str] = set()
    for workout in BUILT_IN:
        for place in Place:
            for cue in document(workout, Density.CHATTY, place, language=language)["cues"]:
                if cue["kind"] == "tip":
                    used.add(cue["tip_id"])
    # most of the library is heard somewhere (a tip nobody hears is a tip nobody checks)
    assert len(used) >= 0.8 * len(_library_ids(TIPS)), sorted(_library_ids(TIPS) - used)
