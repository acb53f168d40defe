"""Voice listing: one engine's voices, and every engine's with one problem per engine that
has none."""

from __future__ import annotations

from retrocoach.core.problem import Problem
from retrocoach.speech.voices import VoiceInfo, all_voices, list_voices
from tests.speech.test_process import BROKEN


def test_the_real_engine_lists_english_voices(espeak: None) -> None:
    voices = list_voices()
    assert any(v.languages and v.languages[0].startswith("en") for v in voices)
    english = next(v for v in voices if v.id.endswith("en-us"))
    assert "English" in english.name and english.engine == "pyttsx3"


def test_an_engine_without_voices_is_a_problem_and_listing_goes_on() -> None:
    found, problems = all_voices(engine_factory=BROKEN)  # only the stand-in is asked
    assert found == []
    [problem] = problems
    assert isinstance(problem, Problem)
    assert problem.what.english().startswith("pyttsx3: the speech engine pyttsx3 cannot start")
    assert problem.fix is not None and "espeak-ng" in problem.fix.english()


def test_a_voice_names_its_spec() -> None:
    voice = VoiceInfo("rms", "RMS (US English)", ("en",), "male", "flite")
    assert voice.spec == "flite:rms"
    assert voice.describe() == "flite:rms  RMS (US English)  [en]"
