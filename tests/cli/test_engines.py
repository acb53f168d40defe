"""`say --engine NAME --voice ID`, `voices` and `check` with every engine, for real: the
child ``python -m retrocoach`` renders through flite, Piper (a real voice model) and
pyttsx3 + espeak-ng, and the files are measured."""

from __future__ import annotations

import shutil
import wave
from pathlib import Path

from retrocoach.speech.loudness import PEAK_LIMIT_DBFS, measure
from retrocoach.storage.paths import DataPaths
from tests.cli.run import retrocoach
from tests.speech.voices import piper_voice, require_flite

TEXT = "Short quick steps, chest up"


def seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def test_say_with_each_engine_writes_speech_that_never_clips(tmp_path: Path) -> None:
    require_flite()
    for engine, voice in (
        ("flite", None),
        ("flite", "slt"),
        ("piper", str(piper_voice())),
        ("pyttsx3", "en-us+klatt4"),
        ("auto", None),
    ):
        out = tmp_path / f"{engine}-{Path(voice or 'default').stem}.wav"
        args = ["say", "--engine", engine, *(["--voice", voice] if voice else []), TEXT]
        result = retrocoach(*args, "--to-file", out)
        assert (result.status, result.err) == (0, ""), (engine, voice, result)
        assert 1.0 < seconds(out) < 4.0
        peak, _loudness = measure(out)
        assert peak <= PEAK_LIMIT_DBFS, (engine, voice, peak)


def test_say_with_a_voice_that_cannot_speak_names_it_and_uses_auto(tmp_path: Path) -> None:
    require_flite()
    out = tmp_path / "fallback.wav"
    result = retrocoach(
        "say", "--engine", "piper", "--voice", str(tmp_path / "gone.onnx"), TEXT, "--to-file", out
    )
    assert result.status == 0 and seconds(out) > 1.0
    assert "gone.onnx does not exist" in result.err and "using flite (rms) instead" in result.err


def test_voices_lists_every_engine_and_the_voices_folder(isolated_home: Path) -> None:
    require_flite()
    folder = DataPaths.default().voices_dir
    folder.mkdir(parents=True)
    model = piper_voice()
    shutil.copy(model, folder / model.name)
    shutil.copy(model.with_name(model.name + ".json"), folder / (model.name + ".json"))
    result = retrocoach("voices")
    assert result.status == 0, result
    specs = {line[2:].split()[0]: line[0] for line in result.lines}
    assert specs["flite:rms"] == "*"  # Auto's pick here (the benchmark's order)
    assert f"piper:{folder / model.name}" in specs
    assert {"flite:slt", "pyttsx3:en-us+klatt4", "pyttsx3:gmw/en-us"} <= set(specs)


def test_check_names_the_engine_and_voice_in_use(isolated_home: Path) -> None:
    require_flite()
    result = retrocoach("check")
    [voice] = [line for line in result.lines if line[9:].startswith("voice:")]
    assert voice.startswith("ok") and "flite (rms), picked by Auto" in voice
    assert any(line.startswith("ok       speech engine flite-2.2") for line in result.lines)


def test_check_says_which_installed_voice_is_clearer(isolated_home: Path) -> None:
    require_flite()
    from retrocoach.storage.settings import Settings, SettingsStore

    SettingsStore(DataPaths.default()).save(Settings(voice="pyttsx3"))
    result = retrocoach("check")
    [voice] = [line for line in result.lines if line[9:].startswith("voice:")]
    assert "pyttsx3 (its default voice), from your settings" in voice
    hints = [line for line in result.lines if line.startswith("hint")]
    assert any("better voice: flite (rms) is clearer" in line for line in hints), result.lines
