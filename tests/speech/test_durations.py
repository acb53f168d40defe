"""The lengths of rendered cues, read from their WAV headers."""

from __future__ import annotations

import wave
from pathlib import Path

from retrocoach.speech.durations import MeasuredDurations, wav_seconds


def write_wav(path: Path, frames: int, rate: int = 22_050) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(b"\x00\x01" * frames)
    return path


def test_wav_seconds(tmp_path: Path) -> None:
    assert wav_seconds(write_wav(tmp_path / "a.wav", 11_025)) == 0.5
    assert wav_seconds(write_wav(tmp_path / "b.wav", 16_000, rate=16_000)) == 1.0
    assert wav_seconds(write_wav(tmp_path / "empty.wav", 0)) is None
    (tmp_path / "text.wav").write_text("not a wav")
    assert wav_seconds(tmp_path / "text.wav") is None
    assert wav_seconds(tmp_path / "missing.wav") is None


def test_measured_durations_reads_each_file_once(tmp_path: Path) -> None:
    files = {"One": write_wav(tmp_path / "one.wav", 22_050)}
    durations = MeasuredDurations(files.get)
    assert durations("One") == 1.0
    assert durations("Two") is None  # not rendered: the core estimates it
    assert not durations.all_measured(["One", "Two"])
    files["One"].unlink()  # remembered per file: no second read
    assert durations("One") == 1.0
    files["Two"] = write_wav(tmp_path / "two.wav", 44_100)
    assert durations("Two") == 2.0 and durations.all_measured(["One", "Two"])
