"""The tip library: validation that skips bad entries, user files, the picker, the shipped tips."""

from __future__ import annotations

import json
import random
from collections import Counter
from itertools import pairwise
from typing import Any

import pytest

from retrocoach.assets_path import assets_dir
from retrocoach.core.problem import english
from retrocoach.core.tips import (
    MAX_TIP_WORDS,
    PHASE_KEYS,
    Place,
    Tip,
    TipCategory,
    TipLibrary,
    TipPicker,
    merge_user_tips,
    merge_user_tips_text,
    parse_tips,
    parse_tips_text,
    phase_key,
    spoken_word_count,
)
from retrocoach.core.workout import Direction, Pace

BACKWARD = ["backward-walk", "backward-jog", "backward-run"]


def entry(tip_id: str, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": tip_id,
        "text": f"Tip {tip_id} text.",
        "categories": ["posture"],
        "phases": BACKWARD,
        "source": "seed blog: Focus on posture",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def tips_file(*entries: object) -> dict[str, object]:
    return {"version": 1, "tips": list(entries)}


def shipped() -> TipLibrary:
    library, found_problems = parse_tips_text(
        (assets_dir() / "tips" / "en.json").read_text(encoding="utf-8"), "en.json"
    )
    problems = english(found_problems)
    assert problems == []
    return library


# --- parsing --------------------------------------------------------------------------------


def test_parse_valid_tips() -> None:
    library, found_problems = parse_tips(
        tips_file(entry("a"), entry("b", categories=["arms", "safety"], phases=["forward-walk"])),
        "tips.json",
    )
    problems = english(found_problems)
    assert problems == []
    assert library.ids == ("a", "b")
    b = library.get("b")
    assert b is not None
    assert b.categories == {TipCategory.ARMS, TipCategory.SAFETY}
    assert b.phases == {"forward-walk"}
    assert b.source == "seed blog: Focus on posture"
    assert library.get("missing") is None
    assert len(library) == 2
    assert [tip.id for tip in library] == ["a", "b"]


def test_text_whitespace_is_normalised() -> None:
    library, found_problems = parse_tips(tips_file(entry("a", text="  Chest   up,\n stand tall. ")))
    problems = english(found_problems)
    assert problems == []
    assert library.tips[0].text == "Chest up, stand tall."


@pytest.mark.parametrize(
    ("bad", "field", "words"),
    [
        (entry("long", text=" ".join(["word"] * 13)), "text", "1 to 12 spoken words"),
        (entry("empty", text="   "), "text", "non-empty"),
        (entry("notext", text=None), "text", "non-empty"),
        (entry("cat", categories=["posture", "speed"]), "categories", "'speed' is not one of"),
        (entry("nocat", categories=[]), "categories", "non-empty list"),
        (entry("catstr", categories="posture"), "categories", "non-empty list"),
        (entry("phase", phases=["sideways-walk"]), "phases", "'sideways-walk' is not one of"),
        (entry("nosource", source=None), "source", "must name what the tip rests on"),
        (entry("blanksource", source=" "), "source", "must name what the tip rests on"),
        (entry("extra", colour="red"), "colour", "unknown field"),
    ],
)
def test_bad_entry_is_reported_by_id_and_field_and_skipped(
    bad: dict[str, Any], field: str, words: str
) -> None:
    library, found_problems = parse_tips(
        tips_file(entry("good-1"), bad, entry("good-2")), "my.json"
    )
    problems = english(found_problems)
    assert library.ids == ("good-1", "good-2")  # the rest still load
    assert len(problems) == 1
    problem = problems[0]
    assert problem.startswith("my.json: ")
    assert f"tip {bad['id']!r} (tips[1])" in problem
    assert f": {field}: " in problem
    assert words in problem


def test_entry_without_a_usable_id_is_reported_by_position() -> None:
    library, found_problems = parse_tips(
        tips_file(entry("ok"), entry("Bad Id"), "not an object", entry("ok2", id=None)), "t.json"
    )
    problems = english(found_problems)
    assert library.ids == ("ok",)
    assert len(problems) == 3
    assert problems[0].startswith("t.json: tips[1]: id: must be 1 to 40 characters")
    assert "'Bad Id'" in problems[0]
    assert problems[1].startswith("t.json: tips[2]: must be an object")
    assert problems[2].startswith("t.json: tips[3]: id:")


def test_duplicate_id_keeps_the_first() -> None:
    library, found_problems = parse_tips(
        tips_file(entry("a", text="First."), entry("a", text="Second.")), "t.json"
    )
    problems = english(found_problems)
    assert [tip.text for tip in library] == ["First."]
    assert problems == [
        "t.json: tip 'a' (tips[1]): id: used by an earlier tip in this file; this one is skipped"
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], "t.json: must be a JSON object"),
        ({"version": 2, "tips": []}, "t.json: version: must be 1, got 2"),
        ({"version": True, "tips": []}, "t.json: version: must be 1, got True"),
        ({"version": 1}, "t.json: tips: missing"),
        ({"version": 1, "tips": "x"}, "t.json: tips: must be a list of tips"),
    ],
)
def test_unusable_file_gives_no_tips_and_says_why(data: object, expected: str) -> None:
    library, found_problems = parse_tips(data, "t.json")
    problems = english(found_problems)
    assert len(library) == 0
    assert len(problems) == 1
    assert problems[0].startswith(expected)


def test_unknown_top_level_field_is_reported_but_tips_load() -> None:
    library, found_problems = parse_tips({"version": 1, "tips": [entry("a")], "extra": 1}, "t.json")
    problems = english(found_problems)
    assert library.ids == ("a",)
    assert problems == ["t.json: extra: unknown field (allowed: tips, version)"]


def test_parse_text_reports_bad_json() -> None:
    library, found_problems = parse_tips_text('{"version": 1, "tips": [', "t.json")
    problems = english(found_problems)
    assert len(library) == 0
    assert len(problems) == 1
    assert problems[0].startswith("t.json: is not valid JSON (line 1")
    library, found_problems = parse_tips_text(json.dumps(tips_file(entry("a"))), "t.json")
    problems = english(found_problems)
    assert library.ids == ("a",)
    assert problems == []


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


# --- user files -----------------------------------------------------------------------------


def base_library() -> TipLibrary:
    library, found_problems = parse_tips(tips_file(entry("a"), entry("b"), entry("c")), "built-in")
    problems = english(found_problems)
    assert problems == []
    return library


def test_user_file_adds_overrides_and_disables() -> None:
    user = {
        "version": 1,
        "tips": [entry("b", text="My own b."), entry("mine", text="Mine.")],
        "disabled": ["c"],
    }
    merged, found_problems = merge_user_tips(base_library(), user, "user.json")
    problems = english(found_problems)
    assert problems == []
    assert merged.ids == ("a", "b", "mine")
    b = merged.get("b")
    assert b is not None
    assert b.text == "My own b."


def test_user_file_problems_are_reported_and_the_rest_applies() -> None:
    user = {
        "version": 1,
        "tips": [entry("new", text=" ".join(["too"] * 20)), entry("ok", text="Fine.")],
        "disabled": ["a", "nope", 7],
    }
    merged, found_problems = merge_user_tips(base_library(), user, "user.json")
    problems = english(found_problems)
    assert merged.ids == ("b", "c", "ok")
    assert len(problems) == 3
    assert problems[0].startswith("user.json: tip 'new' (tips[0]): text: must be 1 to 12")
    assert problems[1] == "user.json: disabled[2]: must be a tip id, got 7"
    assert problems[2] == "user.json: disabled[1]: no tip has the id 'nope'"


def test_user_file_with_only_disabled() -> None:
    merged, found_problems = merge_user_tips(base_library(), {"version": 1, "disabled": ["a", "b"]})
    problems = english(found_problems)
    assert problems == []
    assert merged.ids == ("c",)


def test_unusable_user_file_leaves_the_library_alone() -> None:
    base = base_library()
    unusable: list[object] = [[], {"version": 3}, {"tips": []}]
    for data in unusable:
        merged, found_problems = merge_user_tips(base, data, "user.json")
        problems = english(found_problems)
        assert merged is base
        assert len(problems) == 1
        assert problems[0].startswith("user.json: ")
    merged, found_problems = merge_user_tips_text(base, "{not json", "user.json")
    problems = english(found_problems)
    assert merged is base
    assert problems[0].startswith("user.json: is not valid JSON")
    merged, found_problems = merge_user_tips(base, {"version": 1, "disabled": "a"}, "user.json")
    problems = english(found_problems)
    assert merged.ids == base.ids
    assert problems == ["user.json: disabled: must be a list of tip ids"]


# --- picking --------------------------------------------------------------------------------


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


def test_spoken_word_count_and_phase_key() -> None:
    assert spoken_word_count("Chest up, stand tall.") == 4
    assert spoken_word_count("Round 12 of 50") == 6
    assert spoken_word_count("Round 2 of 4") == 4
    assert spoken_word_count("3") == 1
    assert spoken_word_count("Walk - then run") == 3
    assert spoken_word_count("") == 0
    assert phase_key(Direction.BACKWARD, Pace.JOG) == "backward-jog"
    assert phase_key(Direction.FORWARD, Pace.WALK) == "forward-walk"


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


def test_places_default_to_all_and_are_validated() -> None:
    library, found_problems = parse_tips(
        tips_file(
            entry("anywhere"),
            entry("belt", places=["treadmill"]),
            entry("bad", places=["gym"]),
            entry("empty", places=[]),
        )
    )
    problems = english(found_problems)
    assert library.ids == ("anywhere", "belt")
    assert [p.split(": ", 1)[1] for p in problems] == [
        "places: 'gym' is not one of: track, hall, treadmill",
        "places: must be a non-empty list from: track, hall, treadmill",
    ]
    anywhere, belt = library.tips
    assert anywhere.places == set(Place) and belt.places == {Place.TREADMILL}
    assert library.suitable("backward-jog", ["posture"], "track") == (anywhere,)
    assert library.suitable("backward-jog", ["posture"], "treadmill") == (anywhere, belt)
    assert library.suitable("backward-jog", ["posture"]) == (anywhere, belt)  # any place
    assert belt.to_json()["places"] == ["treadmill"]
    assert anywhere.to_json()["places"] == ["track", "hall", "treadmill"]


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
