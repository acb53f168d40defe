"""Loudness and trimming of rendered cues (speech/loudness.py) on made-up signals, through
the natural chain (the level the engine gives, set to TARGET_DBFS); the loud chain is
tested in test_voice_chain.py, the real engines' files in test_engines.py."""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path

from retrocoach.speech.cache import LEAD_SILENCE
from retrocoach.speech.clips import OUTPUT_RATE
from retrocoach.speech.loudness import PEAK_LIMIT_DBFS, TARGET_DBFS, finish_wav, measure

RATE = 16000


def write(path: Path, samples: list[int], channels: int = 1, rate: int = RATE) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(array.array("h", samples).tobytes())
    return path


def tone(seconds: float, amplitude: float, hz: float = 220.0) -> list[int]:
    return [
        round(amplitude * math.sin(2 * math.pi * hz * i / RATE)) for i in range(int(seconds * RATE))
    ]


def silence(seconds: float) -> list[int]:
    return [0] * int(seconds * RATE)


def test_a_quiet_cue_is_raised_and_its_silence_trimmed(tmp_path: Path) -> None:
    path = write(tmp_path / "quiet.wav", silence(0.5) + tone(1.0, 1000) + silence(0.7))
    info = finish_wav(path, "natural")
    assert info is not None
    assert 1.0 <= info.seconds <= 1.0 + LEAD_SILENCE + 0.09  # 10 ms before, 80 ms after
    peak, loudness = measure(path)
    assert abs(loudness - TARGET_DBFS) < 0.5
    assert peak <= PEAK_LIMIT_DBFS


def test_a_cue_with_sharp_peaks_is_limited_not_clipped(tmp_path: Path) -> None:
    # Speech-like: a quiet body with a few loud clicks (crest factor far above 19 dB).
    samples = tone(1.0, 800)
    for at in (3000, 8000, 12000):
        samples[at : at + 40] = [32000 if i % 2 else -32000 for i in range(40)]
    path = write(tmp_path / "peaky.wav", samples)
    assert finish_wav(path, "natural") is not None
    peak, loudness = measure(path)
    assert peak <= PEAK_LIMIT_DBFS, peak
    assert abs(loudness - TARGET_DBFS) < 1.5  # the clicks are tamed, the body keeps its level
    with wave.open(str(path)) as wav:
        out = array.array("h", wav.readframes(wav.getnframes()))
    assert max(abs(s) for s in out) < 32767  # nothing sits at full scale (no hard clip)


def test_stereo_becomes_mono_and_silence_is_refused(tmp_path: Path) -> None:
    left_right = [s for sample in tone(0.5, 3000) for s in (sample, sample)]
    path = write(tmp_path / "stereo.wav", left_right, channels=2)
    info = finish_wav(path)
    assert info is not None and info.channels == 1 and 0.5 <= info.seconds < 0.6
    assert info.rate == OUTPUT_RATE  # 16 kHz in, the output stream's rate out
    assert finish_wav(write(tmp_path / "silent.wav", silence(1.0))) is None
    (tmp_path / "junk.wav").write_bytes(b"RIFF not a wave at all")
    assert finish_wav(tmp_path / "junk.wav") is None


def test_a_cue_already_at_the_loudness_still_has_its_peaks_limited(tmp_path: Path) -> None:
    """Piper's files are often at about -20 dBFS already, with samples at full scale."""
    samples = tone(1.0, 4500)  # with the clicks: -20 dBFS
    samples[5000:5010] = [32767, -32768] * 5
    path = write(tmp_path / "on-target.wav", samples)
    before_peak, before = measure(path)
    assert abs(before - TARGET_DBFS) < 0.1 and before_peak > -0.01
    assert finish_wav(path, "natural") is not None
    peak, loudness = measure(path)
    assert peak <= PEAK_LIMIT_DBFS and abs(loudness - TARGET_DBFS) < 0.5
