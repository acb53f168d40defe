"""Reading tips files (core.tip_parsing): bad entries skipped and reported, user files."""

from __future__ import annotations

import json
from typing import Any

import pytest

from retrocoach.core.problem import english
from retrocoach.core.tips import (
    Focus,
    Place,
    TipCategory,
    TipLibrary,
    merge_user_tips,
    merge_user_tips_text,
    parse_tips,
    parse_tips_text,
)
from tests.core.tip_data import entry, tips_file


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


def test_focus_is_optional_and_validated() -> None:
    library, found_problems = parse_tips(
        tips_file(
            entry("plain"),
            entry("effect", focus="external"),
            entry("body", focus="internal"),
            entry("bad", focus="outside"),
        )
    )
    problems = english(found_problems)
    assert library.ids == ("plain", "effect", "body")
    assert [p.split(": ", 1)[1] for p in problems] == [
        "focus: 'outside' is not one of: external, internal"
    ]
    plain, effect, body = library.tips
    assert plain.focus is None and effect.focus is Focus.EXTERNAL and body.focus is Focus.INTERNAL
    assert effect.to_json()["focus"] == "external" and "focus" not in plain.to_json()
