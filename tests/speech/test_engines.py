"""Every engine speaks a real cue into a real WAV through the render worker: pyttsx3 +
espeak-ng, flite, and Piper with a real voice model. Their files have one loudness and no
peak above -1 dBFS. Bad input (unknown voice, broken voice file, missing engine) gives a
message naming the problem, and Auto falls back to what is installed."""

from __future__ import annotations

import shutil
import wave
from pathlib import Path

import pytest

from retrocoach.speech.cache import LEAD_SILENCE, SILENCE_THRESHOLD
from retrocoach.speech.clips import OUTPUT_RATE
from retrocoach.speech.engine import EngineUnavailable, RenderProcess, all_voices, list_voices
from retrocoach.speech.engines.choice import (
    VoiceChoice,
    auto_choice,
    cache_for,
    engine_problem,
    parse_spec,
    resolve,
)
from retrocoach.speech.engines.pyttsx3_engine import fix_header_rate, mbrola_database
from retrocoach.speech.loudness import LOUD_MIN_DBFS, PEAK_LIMIT_DBFS, measure, read_mono
from tests.speech.voices import beginner_texts, piper_voice, render_retrying, require_flite

CUE = "Jog backwards, thirty seconds"


def onset_seconds(path: Path) -> float:
    samples, rate = read_mono(path)
    first = next(i for i, s in enumerate(samples) if abs(s) >= SILENCE_THRESHOLD)
    return first / rate


@pytest.fixture(scope="module")
def renders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One cue per engine and voice, all from one RenderProcess that switches engine."""
    require_flite()
    folder = tmp_path_factory.mktemp("engines")
    voices = {
        "pyttsx3": ("pyttsx3", None),
        "pyttsx3-klatt4": ("pyttsx3", "en-us+klatt4"),
        "flite-rms": ("flite", "rms"),
        "flite-slt": ("flite", "slt"),
        "piper-joe": ("piper", str(piper_voice())),
    }
    out = {}
    with RenderProcess() as process:
        for name, (backend, voice) in voices.items():
            out[name] = process.render(CUE, folder / f"{name}.wav", voice, backend=backend)
        assert process.started == 3  # one worker per engine: a switch replaces it
    return out


def test_every_engine_renders_the_cue_at_one_loudness_without_clipping(
    espeak: None, renders: dict[str, Path]
) -> None:
    for name, path in renders.items():
        with wave.open(str(path)) as wav:
            seconds = wav.getnframes() / wav.getframerate()
            # the output stream's format: the player plays it without converting it
            assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (
                1,
                2,
                OUTPUT_RATE,
            ), name
        assert 1.0 <= seconds <= 4.0, (name, seconds)
        peak, loudness = measure(path)
        assert peak <= PEAK_LIMIT_DBFS, f"{name}: peak {peak:.2f} dBFS"
        assert LOUD_MIN_DBFS <= loudness <= LOUD_MIN_DBFS + 4, f"{name}: loudness {loudness:.2f}"
        # trimmed: the speech starts after LEAD_SILENCE, the player's allowance
        assert onset_seconds(path) <= LEAD_SILENCE + 0.002, name


def test_the_voices_differ(renders: dict[str, Path]) -> None:
    data = {name: path.read_bytes() for name, path in renders.items()}
    assert len(set(data.values())) == len(data)  # each voice really reached its engine


def test_every_engine_lists_its_voices(espeak: None) -> None:
    require_flite()
    model = piper_voice()
    found, problems = all_voices((model.parent,))
    assert problems == []
    specs = {voice.spec for voice in found}
    assert {"flite:rms", "flite:slt", f"piper:{model}", "pyttsx3:en-us+klatt4"} <= specs
    assert "flite:awb_time" not in specs  # it only says the time


def test_an_unknown_voice_is_named_and_a_broken_piper_voice_file_too(
    espeak: None, tmp_path: Path
) -> None:
    require_flite()
    broken = tmp_path / "broken.onnx"
    broken.write_bytes(piper_voice().read_bytes()[:4096])  # a truncated download
    shutil.copy(piper_voice().with_name(piper_voice().name + ".json"), f"{broken}.json")
    with RenderProcess() as process:
        for backend, voice, named in (
            ("flite", "nobody", "'nobody'"),
            ("pyttsx3", "en-us+no-such-variant", "'en-us+no-such-variant'"),
            ("piper", str(broken), str(broken)),
            ("piper", str(tmp_path / "absent.onnx"), "does not exist"),
        ):
            with pytest.raises(EngineUnavailable) as caught:
                process.render(CUE, tmp_path / "x.wav", voice, backend=backend)
            assert named in str(caught.value), (backend, caught.value)
        # the worker is replaced and the next cue works
        assert process.render(CUE, tmp_path / "ok.wav", "rms", backend="flite").exists()


def test_a_missing_engine_falls_back_with_a_message(
    espeak: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no flite program
    assert "apt-get install flite" in str(engine_problem("flite"))
    resolved = resolve("flite:slt", [])
    assert resolved.choice == VoiceChoice("pyttsx3", "en-us+klatt4") and resolved.auto
    assert resolved.problem is not None
    told = resolved.problem.what.english()
    assert "flite is not installed" in told and "using pyttsx3" in told
    with RenderProcess(backend="flite") as process, pytest.raises(EngineUnavailable) as caught:
        process.render(CUE, tmp_path / "x.wav")
    problem = caught.value.problem
    assert "flite" in problem.what.english() and problem.fix is not None
    assert "apt-get install flite" in problem.fix.english()
    assert problem.fix.english() == caught.value.fix


def test_auto_picks_by_the_benchmark_order() -> None:
    require_flite()
    model = piper_voice()
    assert auto_choice([]) == VoiceChoice("flite", "rms")  # after `make run`: no Piper voice
    with_piper = auto_choice([model.parent])
    assert with_piper.engine in {"flite", "piper"}
    assert resolve(None, []).auto and parse_spec(None) is None and parse_spec("auto") is None
    assert parse_spec("gmw/en-us") == VoiceChoice("pyttsx3", "gmw/en-us")  # older settings
    assert parse_spec(f"piper:{model}") == VoiceChoice("piper", str(model))
    assert parse_spec("flite") == VoiceChoice("flite")
    # a test's injected pyttsx3 stand-in is what Auto uses
    assert resolve(None, [], "tests.speech.faulty_engine:make_engine").choice.engine == "pyttsx3"


def test_the_cache_key_names_engine_voice_and_the_voice_file_hash(tmp_path: Path) -> None:
    require_flite()
    copy = tmp_path / "a" / "voice.onnx"
    copy.parent.mkdir()
    copy.write_bytes(b"model one" * 200)
    copy.with_name("voice.onnx.json").write_text('{"audio": {}}')
    folder = tmp_path / "cache"
    keys = {
        cache_for(folder, VoiceChoice("flite", "rms"), 175).path_for(CUE),
        cache_for(folder, VoiceChoice("flite", "slt"), 175).path_for(CUE),
        cache_for(folder, VoiceChoice("pyttsx3"), 175).path_for(CUE),
        cache_for(folder, VoiceChoice("piper", str(copy)), 175).path_for(CUE),
    }
    assert len(keys) == 4
    before = cache_for(folder, VoiceChoice("piper", str(copy)), 175).path_for(CUE)
    copy.write_bytes(b"model two" * 200)  # the same path, another voice
    after = cache_for(folder, VoiceChoice("piper", str(copy)), 175).path_for(CUE)
    assert before != after


def test_mbrola_voices_are_listed_only_when_installed_and_the_header_rate_is_fixed(
    espeak: None, tmp_path: Path
) -> None:
    """MBROLA speaks at 16 kHz; pyttsx3 2.99 wrote 22,050 Hz (1.38x too fast). The worker
    asks espeak-ng for the real rate after each render and rewrites the header."""
    espeak_voices = Path("/usr/lib/x86_64-linux-gnu/espeak-ng-data/voices/mb")
    if espeak_voices.is_dir():  # Debian's espeak-ng-data ships the MBROLA voice files
        assert mbrola_database(espeak_voices / "mb-us3") == "us3"
    listed = {voice.id for voice in list_voices()}
    mbrola_installed = shutil.which("mbrola") is not None and Path("/usr/share/mbrola/us3").exists()
    assert ("mb-us3" in listed) == mbrola_installed
    path = tmp_path / "mbrola.wav"
    with wave.open(str(path), "wb") as wav:  # 1 s of 16 kHz audio, labelled 22,050 Hz
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\x10\x00" * 16000)
    assert fix_header_rate(path, 16000) and not fix_header_rate(path, 16000)
    with wave.open(str(path)) as wav:
        assert wav.getframerate() == 16000 and wav.getnframes() == 16000


def test_no_cue_of_a_beginner_session_peaks_above_the_limit(espeak: None, tmp_path: Path) -> None:
    """Many real texts, not one: Piper's raw output reaches full scale on some of them
    (benchmarks/intelligibility.py measures every text of the session)."""
    require_flite()
    texts = beginner_texts()
    with RenderProcess() as process:
        for backend, voice in (
            ("piper", str(piper_voice())),
            ("flite", "rms"),
            ("pyttsx3", None),
        ):
            for i, text in enumerate(texts[:15]):
                out = tmp_path / f"{backend}-{i}.wav"
                path = render_retrying(process, text, out, voice, backend=backend)
                peak, loudness = measure(path)
                assert peak <= PEAK_LIMIT_DBFS, (backend, text, peak)
                assert LOUD_MIN_DBFS <= loudness <= LOUD_MIN_DBFS + 4, (backend, text, loudness)
