"""`--lang` on `workouts`, `plan`, `plan --json` and `say`; `voices` and `check` name languages
(the real program, the real engines)."""

from __future__ import annotations

import json
import re
import wave
from pathlib import Path

import pytest

from retrocoach.storage.paths import DataPaths
from tests.cli.run import retrocoach

#: The beginner session's first announcement and an English word it must not say.
FIRST = {
    "de": ("Aufwärmen: rückwärts gehen, 5 Minuten", "Warm-up"),
    "es": ("Calentamiento: camina de espaldas, 5 minutos", "Warm-up"),
    "fr": ("Échauffement : marche à reculons, 5 minutes", "Warm-up"),
}


@pytest.mark.parametrize("language", sorted(FIRST))
def test_plan_json_speaks_the_language(language: str) -> None:
    result = retrocoach("plan", "--json", "--lang", language)
    assert result.status == 0, result.err
    doc = json.loads(result.out)
    assert doc["language"] == language
    announce = next(c for c in doc["cues"] if c["kind"] == "announce")
    first, english = FIRST[language]
    assert announce["text"] == first
    assert not any(english in cue["text"] for cue in doc["cues"])
    table = retrocoach("plan", "--lang", language)
    assert table.status == 0 and first.split(",")[0] in table.out


#: The first built-in workout's name in each language (assets/workouts/names/*.json).
BEGINNER = {
    "en": "Beginner reverse running",
    "de": "Rückwärtslaufen für Einsteiger",
    "es": "Correr de espaldas: iniciación",
    "fr": "Course à reculons : débutant",
}
MINE = {
    "version": 1, "id": "mine", "name": "Beginner reverse running", "default_rounds": 1,
    "round": [{"name": "Walk backwards", "direction": "backward", "pace": "walk", "seconds": 60}],
}  # fmt: skip


def listed_names(*args: str) -> dict[str, str]:
    """`retrocoach workouts ARGS` as {id: name} (the columns are two spaces apart)."""
    result = retrocoach("workouts", *args)
    assert (result.status, result.err) == (0, ""), result.err
    return dict(re.split(r" {2,}", row)[:2] for row in result.lines)


@pytest.mark.parametrize("language", sorted(set(BEGINNER) - {"en"}))
def test_workouts_names_the_built_ins_in_the_language(language: str) -> None:
    """A user's workout keeps its own name, even one that is a built-in's English name."""
    mine = DataPaths.default().workouts_dir / "mine.json"
    mine.parent.mkdir(parents=True)
    mine.write_text(json.dumps(MINE), "utf-8")
    names = listed_names("--lang", language)
    assert names["beginner"] == BEGINNER[language]
    assert names["week-1"] != listed_names("--lang", "en")["week-1"]
    assert names["mine"] == "Beginner reverse running"


def test_workouts_follow_the_setting_then_the_system_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert listed_names()["beginner"] == BEGINNER["de"]
    assert listed_names("--lang", "en")["beginner"] == BEGINNER["en"]
    settings = DataPaths.default().settings_file
    settings.parent.mkdir(parents=True)
    settings.write_text('{"language": "fr"}', "utf-8")
    assert listed_names()["beginner"] == BEGINNER["fr"]


def test_the_language_setting_is_the_default() -> None:
    settings = DataPaths.default().settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('{"language": "es"}', "utf-8")
    doc = json.loads(retrocoach("plan", "--json").out)
    assert doc["language"] == "es"
    assert json.loads(retrocoach("plan", "--json", "--lang", "en").out)["language"] == "en"


def test_an_unknown_language_is_a_usage_error() -> None:
    for command in ("plan", "workouts"):
        result = retrocoach(command, "--lang", "xx")
        assert result.status == 2 and "--lang" in result.err


def test_say_in_german(tmp_path: Path) -> None:
    out = tmp_path / "de.wav"
    result = retrocoach("say", "--lang", "de", "Rückwärts joggen, 30 Sekunden", "--to-file", out)
    assert result.status == 0, result.err
    with wave.open(str(out)) as wav:
        assert 1.0 < wav.getnframes() / wav.getframerate() < 4.0


def test_voices_show_their_languages_and_check_names_each_languages_voice() -> None:
    voices = retrocoach("voices")
    assert voices.status == 0, voices.err
    line = next(line for line in voices.lines if "pyttsx3:gmw/de " in line)
    assert line.rstrip().endswith("(de)")
    assert any("flite:rms" in line and line.rstrip().endswith("(en)") for line in voices.lines)
    check = retrocoach("check")
    for name, voice in (("German", "gmw/de"), ("Spanish", "roa/es"), ("French", "roa/fr")):
        assert f"ok       voice in {name}: pyttsx3 ({voice}), Auto" in check.out, check.out
    assert "ok       voice in English: flite (rms), Auto" in check.out
