"""The WAV cache: keys, validation of cached files, and "a second start renders nothing"."""

from __future__ import annotations

import wave
from pathlib import Path

from pytestqt.qtbot import QtBot

from retrocoach.speech.cache import SpeechCache, wav_info
from retrocoach.speech.renderer import CueRenderer

TEXTS = ["Warm-up: walk backwards, five minutes", "Chest up, short quick steps", "three"]


def write_wav(path: Path, frames: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\x10\x00" * frames)


def test_the_key_covers_text_voice_rate_and_engine(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path, voice=None, rate=175, engine="pyttsx3-2.99/espeak")
    paths = {
        cache.path_for("Go"),
        cache.path_for("Go "),
        cache.with_voice("gmw/en-us", 175).path_for("Go"),
        cache.with_voice(None, 180).path_for("Go"),
        SpeechCache(tmp_path, None, 175, "pyttsx3-3.0/espeak").path_for("Go"),
    }
    assert len(paths) == 5
    assert cache.path_for("Go") == SpeechCache(tmp_path, None, 175, cache.engine).path_for("Go")
    assert all(p.parent == tmp_path and p.suffix == ".wav" for p in paths)


def test_only_valid_wav_files_count_as_cached(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path)
    assert not cache.has("missing")
    write_wav(cache.path_for("good"), 2205)
    assert cache.has("good")
    info = wav_info(cache.path_for("good"))
    assert info is not None and abs(info.seconds - 0.1) < 1e-6
    cache.path_for("garbage").write_bytes(b"not a wav file at all, just some bytes here......")
    assert not cache.has("garbage")
    cache.path_for("empty").write_bytes(b"")
    assert not cache.has("empty")
    write_wav(cache.path_for("no frames"), 0)
    assert not cache.has("no frames")
    good = cache.path_for("good")
    good.write_bytes(good.read_bytes()[:30])  # truncated by a crash after validation
    assert not cache.has("good")
    assert cache.lookup("good") is None


def test_a_second_start_of_the_same_workout_renders_nothing(
    espeak: None, cache: SpeechCache, qtbot: QtBot
) -> None:
    first = CueRenderer(cache)
    with qtbot.waitSignal(first.job_finished, timeout=20_000) as done:
        first.render(TEXTS)
    assert done.args == [len(TEXTS), 0]
    first.shutdown()
    files = sorted(cache.folder.iterdir())
    stamps = [p.stat().st_mtime_ns for p in files]

    again = CueRenderer(cache)  # the app started again
    rendered: list[str] = []
    again.rendered.connect(lambda text, path: rendered.append(text))
    with qtbot.waitSignal(again.job_finished, timeout=5_000) as done:
        again.render([*TEXTS, TEXTS[0]])
    assert done.args == [0, 0]  # nothing rendered, nothing failed
    assert sorted(rendered) == sorted(TEXTS)  # every text reported, from the cache
    assert again.started == 0  # the synthesiser was not even started
    assert [p.stat().st_mtime_ns for p in sorted(cache.folder.iterdir())] == stamps
    again.shutdown()
