"""Every rendered cue at one loudness, never clipping, without silence around it.

:func:`finish_wav` runs in the render worker on each new file, whatever the engine: it makes
the file 16-bit mono at the output stream's rate (:data:`~retrocoach.speech.clips.
OUTPUT_RATE`: flite's 16 kHz cues, converted by the player while a session played, cost
~50 ms of the GUI thread each), trims the silence before and after the speech (keeping
:data:`~retrocoach.speech.cache.LEAD_SILENCE` before it, which the player accounts for), and
sets its loudness to :data:`TARGET_DBFS` with every peak at or below :data:`PEAK_LIMIT_DBFS`.

Loudness here is the RMS of the speech only: 20 ms blocks within 30 dB of the loudest block
(a simple gate, in the spirit of EBU R128's, without its K-weighting: all the voices are
speech in the same band, so the weighting changes little between them). Peaks above the
limit after the gain are brought down by a smooth gain dip (a look-ahead limiter over
+-5 ms), not clipped. Pure Python on the ``array`` module: ~50 ms for a 2 s cue.
"""

from __future__ import annotations

import array
import math
import sys
import wave
from collections import deque
from pathlib import Path

from retrocoach.speech.cache import LEAD_SILENCE, SILENCE_THRESHOLD, WavInfo, wav_info
from retrocoach.speech.clips import OUTPUT_RATE, resample

#: The loudness every cue gets (RMS of the gated speech, dB relative to full scale).
TARGET_DBFS = -20.0
#: No sample above this (dBFS).
PEAK_LIMIT_DBFS = -1.0
#: Silence kept after the speech (a natural end, not a cut).
TAIL_SILENCE = 0.080
FULL_SCALE = 32768.0
#: Gain passes at most: one unless the limiter had to act (then two or three bring the
#: loudness back within about a decibel).
LIMIT_PASSES = 3
_BLOCK_SECONDS = 0.020
_GATE_DB = 30.0
_LIMITER_SECONDS = 0.005
#: Silence kept around the speech before the gain (the final trim is after it).
_COARSE_MARGIN = 0.1


def dbfs(value: float) -> float:
    return 20 * math.log10(value / FULL_SCALE) if value > 0 else -math.inf


def read_mono(path: Path) -> tuple[array.array[int], int]:
    """The 16-bit samples (channels averaged) and the rate; ValueError if not 8/16-bit PCM."""
    with wave.open(str(path), "rb") as wav:
        channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    if width == 2:
        samples = array.array("h", frames)
        if sys.byteorder == "big":
            samples.byteswap()
    elif width == 1:  # unsigned 8-bit
        samples = array.array("h", ((b - 128) << 8 for b in frames))
    else:
        raise ValueError(f"{path.name}: {8 * width}-bit audio is not supported")
    if channels > 1:
        samples = array.array(
            "h",
            (sum(samples[i : i + channels]) // channels for i in range(0, len(samples), channels)),
        )
    return samples, rate


def write_mono(path: Path, samples: array.array[int], rate: int) -> None:
    data = array.array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(data.tobytes())


def speech_bounds(samples: array.array[int], threshold: int = SILENCE_THRESHOLD) -> tuple[int, int]:
    """(first, last + 1) sample above `threshold`; (0, 0) if all is silence."""
    first = next((i for i, s in enumerate(samples) if abs(s) >= threshold), None)
    if first is None:
        return 0, 0
    last = len(samples) - 1
    while last > first and abs(samples[last]) < threshold:
        last -= 1
    return first, last + 1


def gated_rms(samples: array.array[int], rate: int) -> float:
    """RMS of the 20 ms blocks within 30 dB of the loudest one (0.0 for silence)."""
    size = max(1, round(_BLOCK_SECONDS * rate))
    blocks = [
        sum(s * s for s in samples[i : i + size]) / len(samples[i : i + size])
        for i in range(0, len(samples), size)
    ]
    if not blocks or max(blocks) <= 0:
        return 0.0
    floor = max(blocks) * 10 ** (-_GATE_DB / 10)
    loud = [b for b in blocks if b >= floor]
    return math.sqrt(sum(loud) / len(loud))


def _running_min(values: list[float], half: int) -> list[float]:
    """min(values[i-half : i+half+1]) for each i (monotonic deque, linear time)."""
    n = len(values)
    out = [0.0] * n
    window: deque[int] = deque()
    right = 0
    for i in range(n):
        while right < n and right <= i + half:
            while window and values[window[-1]] >= values[right]:
                window.pop()
            window.append(right)
            right += 1
        while window[0] < i - half:
            window.popleft()
        out[i] = values[window[0]]
    return out


def _box_average(values: list[float], half: int) -> list[float]:
    n = len(values)
    sums = [0.0] * (n + 1)
    for i, v in enumerate(values):
        sums[i + 1] = sums[i] + v
    return [
        (sums[min(n, i + half + 1)] - sums[max(0, i - half)])
        / (min(n, i + half + 1) - max(0, i - half))
        for i in range(n)
    ]


def apply_gain(samples: array.array[int], gain: float, rate: int) -> array.array[int]:
    """`samples` * `gain`, with a smooth gain dip wherever a peak would pass the limit.

    Around each sample that would pass the limit (+-3 h, h = 5 ms), each sample's gain is the
    box average (+-h) of the running minimum (+-2h) of the gain every sample needs; each value
    averaged covers the sample itself, so none goes over. Elsewhere the gain is constant, so
    only those stretches cost the (slow, pure Python) filtering.
    """
    limit = FULL_SCALE * 10 ** (PEAK_LIMIT_DBFS / 20)
    over_level = limit / gain
    over = [i for i, s in enumerate(samples) if abs(s) > over_level]
    # (0 for the samples over the limit: their stretches below replace them)
    out = array.array("h", (round(s * gain) if abs(s) <= over_level else 0 for s in samples))
    if not over:
        return out
    half = max(1, round(_LIMITER_SECONDS * rate))
    ceiling = math.floor(limit)
    for start, stop in _stretches(over, 3 * half, len(samples)):
        part = samples[start:stop]
        needed = [min(gain, limit / abs(s)) if s else gain for s in part]
        gains = _box_average(_running_min(needed, 2 * half), half)
        out[start:stop] = array.array(
            "h",
            (max(-ceiling, min(ceiling, round(s * g))) for s, g in zip(part, gains, strict=True)),
        )
    return out


def _stretches(indices: list[int], pad: int, length: int) -> list[tuple[int, int]]:
    """The sorted `indices`, each widened by `pad`, merged into (start, stop) stretches."""
    merged: list[tuple[int, int]] = []
    for index in indices:
        start, stop = max(0, index - pad), min(length, index + pad + 1)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((start, stop))
    return merged


def _trimmed(
    samples: array.array[int], rate: int, lead: float, tail: float
) -> array.array[int] | None:
    """`samples` from `lead` s before the speech to `tail` s after it; None if all silence."""
    first, end = speech_bounds(samples)
    if end <= first:
        return None
    start = max(0, first - round(lead * rate))
    return samples[start : min(len(samples), end + round(tail * rate))]


def finish_wav(path: Path) -> WavInfo | None:
    """Trim and normalise `path` in place (see the module); None if it is not usable audio
    (not a WAV, or nothing but silence)."""
    try:
        samples, rate = read_mono(path)
    except (OSError, EOFError, wave.Error, ValueError):
        return None
    speech = _trimmed(samples, rate, _COARSE_MARGIN, _COARSE_MARGIN)  # less to resample
    if speech is None:
        return None
    speech, rate = resample(speech, rate, OUTPUT_RATE), OUTPUT_RATE
    target = FULL_SCALE * 10 ** (TARGET_DBFS / 20)
    loudness = gated_rms(speech, rate)
    for _ in range(LIMIT_PASSES):  # always once (it limits the peaks even at gain 1.0);
        speech = apply_gain(speech, target / loudness, rate)  # again if the limiter acted
        loudness = gated_rms(speech, rate)
        if abs(dbfs(loudness) - TARGET_DBFS) < 0.1:
            break
    # trimmed again once at its final level: the speech starts LEAD_SILENCE into the file
    speech = _trimmed(speech, rate, LEAD_SILENCE, TAIL_SILENCE) or speech
    write_mono(path, speech, rate)
    return wav_info(path)


def measure(path: Path) -> tuple[float, float]:
    """(peak, gated loudness) of a WAV in dBFS: what tests and benchmarks check."""
    samples, rate = read_mono(path)
    peak = max((abs(s) for s in samples), default=0)
    return dbfs(peak), dbfs(gated_rms(samples, rate))
