"""What a language needs besides its phrasebook: a complete tip library, the built-in
workouts' names, and the language setting."""

from __future__ import annotations

import json

import pytest

from retrocoach.assets_path import builtin_tips_file, builtin_workout_names_file
from retrocoach.core.languages import LANGUAGES
from retrocoach.core.problem import english
from retrocoach.core.workout import Direction, Pace, Phase, Workout
from retrocoach.core.workout_names import parse_workout_names
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import Settings, SettingsError
from retrocoach.storage.tips_files import load_tips
from retrocoach.storage.workouts import WorkoutLibrary, builtin_workout_names, in_language

OTHERS = [language for language in LANGUAGES if language != "en"]
ENGLISH_TIPS = json.loads(builtin_tips_file("en").read_text("utf-8"))["tips"]
BUILT_IN = WorkoutLibrary().workouts()


@pytest.mark.parametrize("language", OTHERS)
def test_each_tip_library_is_complete_and_keeps_all_but_the_words(language: str) -> None:
    """Every English tip is there, with its id, categories, phases, places and source; only
    the text is the language's (no fallback to English per tip: a library is complete)."""
    tips = json.loads(builtin_tips_file(language).read_text("utf-8"))["tips"]
    assert [tip["id"] for tip in tips] == [tip["id"] for tip in ENGLISH_TIPS]
    for ours, theirs in zip(tips, ENGLISH_TIPS, strict=True):
        assert {k: v for k, v in ours.items() if k != "text"} == {
            k: v for k, v in theirs.items() if k != "text"
        }
        assert ours["text"] != theirs["text"], ours["id"]
    library, problems = load_tips(None, language)
    assert english(problems) == []
    assert len(library.ids) == len(ENGLISH_TIPS)


def test_the_loader_picks_the_language() -> None:
    german, _ = load_tips(None, "de")
    english_library, _ = load_tips(None)
    tip = german.get("posture-chest-up")
    assert tip is not None and tip.text == "Brust raus, auch rückwärts."
    other = english_library.get("posture-chest-up")
    assert other is not None and other.text.startswith("Chest up")


def test_a_users_tips_join_every_language(paths: DataPaths) -> None:
    paths.tips_file.parent.mkdir(parents=True, exist_ok=True)
    paths.tips_file.write_text(
        json.dumps({"version": 1, "tips": [], "disabled": ["posture-core"]}), "utf-8"
    )
    library, problems = load_tips(paths, "fr")
    assert english(problems) == []
    assert library.get("posture-core") is None  # switched off in German too
    assert len(library) == len(ENGLISH_TIPS) - 1


@pytest.mark.parametrize("language", OTHERS)
def test_every_built_in_name_is_translated(language: str) -> None:
    names = parse_workout_names(builtin_workout_names_file(language).read_text("utf-8"), language)
    built_in = [w for w in BUILT_IN if w.built_in]
    assert {w.id for w in built_in} == set(names.workouts) == set(names.descriptions)
    phase_names = {p.name for w in built_in for p in (*w.warm_up, *w.round, *w.cool_down)}
    assert phase_names == set(names.phases)
    shown = WorkoutLibrary(language=language)
    for workout in built_in:
        named = shown.get(workout.id)
        assert named.name == names.workouts[workout.id] != workout.name
        assert named.description == names.descriptions[workout.id] != workout.description
        assert [p.name for p in named.round] == [names.phases[p.name] for p in workout.round]
        assert named.built_in and named.round[0].seconds == workout.round[0].seconds


def test_a_users_workout_keeps_its_names(paths: DataPaths) -> None:
    mine = Workout(
        "mine",
        "Mon entraînement",
        "",
        (),
        (Phase("Jog backwards", Direction.BACKWARD, Pace.JOG, 30),),
        (),
        2,
    )
    assert builtin_workout_names("de").apply(mine) == mine
    assert in_language(mine.plan(), "de") == mine.plan()


def test_a_plan_is_said_in_the_voice_language_whatever_the_screen_shows() -> None:
    shown_german = WorkoutLibrary(language="de").get("beginner").plan(3, 5)
    french = in_language(shown_german, "fr")
    assert french.workout.name == "Course à reculons : débutant"
    assert (french.rounds, french.lead_in_seconds) == (3, 5)
    assert french.phases[1].name == "Trottine à reculons"
    assert in_language(french, "en").phases[1].name == "Jog backwards"


def test_a_malformed_names_file_is_refused() -> None:
    with pytest.raises(ValueError, match=r"x\.json: phases"):
        parse_workout_names('{"version": 1, "phases": {"Jog backwards": ""}}', "x.json")
    with pytest.raises(ValueError, match="version"):
        parse_workout_names('{"workouts": {}}', "x.json")


def test_the_language_setting() -> None:
    assert Settings().language == ""
    for language in ("", *LANGUAGES):
        assert Settings(language=language).language == language
    with pytest.raises(SettingsError, match="language"):
        Settings(language="xx")
    loaded, problems = Settings.from_json({"language": "klingon"})
    assert loaded.language == "" and len(problems) == 1
