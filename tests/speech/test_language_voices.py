"""A voice for each language: Auto picks one that speaks the session's language (a Piper
voice of it, else espeak-ng's), flite only for English, the cache key holds the language,
and espeak-ng's voices really speak German, Spanish and French (real renders)."""

from __future__ import annotations

import array
import json
import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from retrocoach.core.languages import LANGUAGES
from retrocoach.core.phrases import phrasebook
from retrocoach.speech.engines.choice import (
    ESPEAK_VOICES,
    VoiceChoice,
    auto_choice,
    cache_for,
    installed_choices,
    resolve,
    voice_language,
)
from retrocoach.speech.process import RenderProcess
from tests.speech.voices import piper_voice, render_retrying

OTHERS = [language for language in LANGUAGES if language != "en"]
#: An announcement in each language (what the phrasebook says for a 30 s backward jog).
ANNOUNCED = {
    "de": "Rückwärts joggen, 30 Sekunden",
    "es": "Trota de espaldas, 30 segundos",
    "fr": "Trottine à reculons, 30 secondes",
}


def _piper_voice_of(language: str, folder: Path) -> Path:
    """The real Piper test voice, its settings saying it speaks `language` (a voice file
    carries its language in its config)."""
    source = piper_voice()
    model = folder / f"{language}_XX-test-medium.onnx"
    model.symlink_to(source)
    settings = json.loads(source.with_name(source.name + ".json").read_text("utf-8"))
    settings["language"] = {"code": f"{language}_XX"}
    model.with_name(model.name + ".json").write_text(json.dumps(settings), "utf-8")
    return model


@pytest.mark.parametrize("language", LANGUAGES)
def test_auto_speaks_the_language(language: str) -> None:
    choice = auto_choice([], language)
    assert voice_language(choice) == language
    if language != "en":
        assert choice == VoiceChoice("pyttsx3", ESPEAK_VOICES[language])
        assert all(c.engine != "flite" for c in installed_choices([], language))
    else:
        assert choice.engine == "flite"  # the clearest English voice here


def test_a_piper_voice_of_the_language_comes_first(tmp_path: Path) -> None:
    german = _piper_voice_of("de", tmp_path)
    english = [c for c in installed_choices([tmp_path], "en") if c.engine == "piper"]
    assert english == []  # a German Piper voice never speaks an English session
    assert auto_choice([tmp_path], "de") == VoiceChoice("piper", str(german))
    assert auto_choice([tmp_path], "fr") == VoiceChoice("pyttsx3", "roa/fr")


@pytest.mark.parametrize("language", OTHERS)
def test_a_chosen_voice_of_another_language_gives_way(language: str) -> None:
    resolved = resolve("flite:rms", [], language=language)
    assert resolved.auto and resolved.choice == auto_choice([], language)
    assert resolved.problem is not None
    assert "flite (rms) speaks en" in resolved.problem.what.english()
    kept = resolve(f"pyttsx3:{ESPEAK_VOICES[language]}", [], language=language)
    assert not kept.auto and kept.problem is None
    assert resolve("pyttsx3:en-us+klatt4", [], language="en").problem is None


def test_the_cache_key_holds_the_language(tmp_path: Path) -> None:
    choice = VoiceChoice("pyttsx3", "gmw/de")
    paths = {cache_for(tmp_path, choice, 175, language).path_for("3") for language in LANGUAGES}
    assert len(paths) == len(LANGUAGES)
    assert cache_for(tmp_path, choice, 175, "de").same_voice(cache_for(tmp_path, choice, 175, "de"))
    assert not cache_for(tmp_path, choice, 175, "de").same_voice(
        cache_for(tmp_path, choice, 175, "fr")
    )


def _speech_seconds(path: Path) -> float:
    """From the first to the last sample above 5 % of the peak."""
    with wave.open(str(path)) as wav:
        samples = array.array("h", wav.readframes(wav.getnframes()))
        rate = wav.getframerate()
    threshold = max(abs(s) for s in samples) * 0.05
    loud = [i for i, s in enumerate(samples) if abs(s) > threshold]
    seconds: float = (loud[-1] - loud[0]) / rate
    return seconds


@pytest.mark.parametrize("language", OTHERS)
def test_the_voice_auto_picks_speaks_the_language(language: str, tmp_path: Path) -> None:
    """Rendered by the app's engine with Auto's voice, an announcement lasts as long as
    espeak-ng's own voice of the language says it (within 15 %), not as its English voice
    would."""
    espeak = shutil.which("espeak-ng")
    assert espeak is not None, "espeak-ng is missing"
    choice = auto_choice([], language)
    text = ANNOUNCED[language]
    with RenderProcess(backend=choice.engine) as process:
        # the natural chain: the loud room's compressor lifts the quiet ends above the 5 % mark
        out = tmp_path / "ours.wav"
        ours = _speech_seconds(render_retrying(process, text, out, choice.voice, chain="natural"))
    reference = {}
    for voice in (language, "en"):
        out = tmp_path / f"{voice}.wav"
        subprocess.run([espeak, "-v", voice, "-s", "175", "-w", str(out), text], check=True)
        reference[voice] = _speech_seconds(out)
    # within 15 %: the worker's trim and chain move the 5 % marks a little (3 % failed in CI)
    assert abs(ours - reference[language]) <= 0.15 * reference[language], (ours, reference)
    assert abs(ours - reference[language]) < abs(ours - reference["en"]), (ours, reference)


@pytest.mark.parametrize(
    ("language", "said"), [("de", "dr'aIsIC"), ("es", "t**'eInta"), ("fr", "tr'A~t")]
)
def test_numbers_are_read_in_the_language(language: str, said: str) -> None:
    """ "30 Sekunden" is read "dreißig Sekunden" by the language's voice (its phonemes)."""
    text = phrasebook(language).duration(30)
    phonemes = subprocess.run(
        ["espeak-ng", "-q", "-x", "-v", ESPEAK_VOICES[language], text],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert said in phonemes, phonemes
