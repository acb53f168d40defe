"""The shipped tip library (core.tips gathers the model, parsing and the picker, each tested
in its own file): valid, short, sourced, and said only where it makes sense."""

from __future__ import annotations

import json
from collections import Counter

from retrocoach.assets_path import assets_dir
from retrocoach.core.tips import (
    MAX_TIP_WORDS,
    PHASE_KEYS,
    Focus,
    Place,
    TipCategory,
    spoken_word_count,
)
from tests.core.tip_data import BACKWARD, shipped

# --- the shipped tips -----------------------------------------------------------------------


def test_shipped_tips_are_valid_short_and_sourced() -> None:
    library = shipped()
    assert len(library) >= 40
    texts = [tip.text for tip in library]
    assert len(set(texts)) == len(texts)
    for tip in library:
        assert 1 <= spoken_word_count(tip.text) <= MAX_TIP_WORDS, tip.id
        assert len(tip.text.split()) <= MAX_TIP_WORDS, tip.id
        assert len(tip.source) >= 4, tip.id


def test_shipped_tips_cover_every_phase_key() -> None:
    library = shipped()
    for key in BACKWARD:
        for category in ("posture", "feet", "arms", "safety"):
            assert len(library.suitable(key, [category])) >= 3, (key, category)
        assert len(library.suitable(key, ["posture", "feet", "arms", "safety"])) >= 20, key
    for category in ("effort", "recovery", "motivation"):
        assert len(library.suitable("forward-walk", [category])) >= 4, category
    assert len(library.suitable("forward-walk", ["effort", "recovery", "motivation"])) >= 15
    for key in ("forward-jog", "forward-run"):
        assert len(library.suitable(key, ["effort", "motivation"])) >= 5, key
    covered = {key for tip in library for key in tip.phases}
    assert covered == set(PHASE_KEYS)


def test_shipped_tips_avoid_claims_the_facts_file_corrects() -> None:
    for tip in shipped():
        text = tip.text.lower()
        if any(word in text for word in ("calorie", "energy", "burns more", "burn more")):
            assert "same speed" in text, tip.id  # true only at the same speed
        assert "impact" not in text, tip.id  # backwards is "not a smoother ride"
        if "knee" in text:
            assert "normal speeds" in text, tip.id


def test_shipped_ids_counted_once() -> None:
    data = json.loads((assets_dir() / "tips" / "en.json").read_text(encoding="utf-8"))
    counts = Counter(item["id"] for item in data["tips"])
    assert max(counts.values()) == 1


# --- places and the five-minute rule (issue 9) ------------------------------------------------


def test_shipped_look_back_tips_rotate_in_every_place() -> None:
    library = shipped()
    for place in Place:
        for key in ("backward-jog", "backward-run"):
            pool = library.suitable(key, [TipCategory.LOOK_BACK], place)
            assert len(pool) >= 5, (place, key)
    for tip in library:
        if TipCategory.LOOK_BACK in tip.categories:
            assert tip.categories == {TipCategory.LOOK_BACK}, tip.id  # heard only as openers


def test_shipped_tips_are_said_only_where_they_make_sense() -> None:
    for tip in shipped():
        text = tip.text.lower()
        if any(word in text for word in ("treadmill", "belt", "rails", "clip")):
            assert tip.places == {Place.TREADMILL}, tip.id
        if any(word in text for word in ("stones", "roots", "kerbs", "grass", "route")):
            assert tip.places == {Place.TRACK}, tip.id
        looks_back = "glance" in text or ("look back" in text and "no need" not in text)
        if "path" in text or "partner" in text or looks_back:
            assert Place.TREADMILL not in tip.places, tip.id


#: What a source says, in words a tip citing it must use (issue 9: hip-width feet, feet not
#: crossing and shoulders down cited the posture line, "elbows ninety degrees" the arms line).
SOURCE_WORDS = {
    "seed blog: Focus on posture": ("chest", "core", "short quick steps"),
    "seed blog: Use your arms": ("arm",),
    "NYT 2012 on Cavagna": ("forefoot", "heel", "lean", "ball of your foot"),
    "Cavagna 2012": ("quicker", "stride"),
    "Verywell Health": ("toe to heel",),
    "Schweizer Illustrierte": ("neck",),
    "retrorunning.de: glance back": ("glance", "look back", "peek"),
    "Achilles Running": ("grass", "track"),
    "Runner's World DE: flat, light, flexible shoes": ("shoes",),
}


def test_shipped_tips_say_what_their_source_says() -> None:
    checked = 0
    for tip in shipped():
        for source, words in SOURCE_WORDS.items():
            if tip.source.startswith(source):
                checked += 1
                assert any(word in tip.text.lower() for word in words), (tip.id, tip.source)
    assert checked >= 20
    ids = set(shipped().ids)
    assert not ids & {"feet-hip-width", "feet-straight-line", "posture-shoulders-down"}
    assert "ninety" not in " ".join(tip.text for tip in shipped()).lower()


def test_shipped_tips_cover_the_facts_files_topics() -> None:
    texts = {tip.id: tip.text.lower() for tip in shipped()}
    everything = " ".join(texts.values())
    for words in (
        ("shoes",),
        ("clinician", "dizziness", "falls"),
        ("half your forward walking pace",),
        ("five to ten minutes",),
        ("walk it forwards first",),
        ("grass or a track",),
    ):
        assert all(word in everything for word in words), words


#: Technique tips (issue 19): each says where it puts the runner's attention.
TECHNIQUE = {TipCategory.POSTURE, TipCategory.FEET, TipCategory.ARMS}


def test_every_shipped_technique_tip_says_its_focus_and_most_say_the_effect() -> None:
    technique = [tip for tip in shipped() if tip.categories & TECHNIQUE]
    assert technique and all(tip.focus is not None for tip in technique)
    external = [tip for tip in technique if tip.focus is Focus.EXTERNAL]
    assert len(external) * 2 >= len(technique)  # most runners' cues are body parts: not ours
    said = " ".join(tip.text.lower() for tip in external)
    assert "push the ground away" in said and "let the ground roll under you" in said
