"""Every rendered cue at one loudness, never clipping, without silence around it.

:func:`finish_wav` runs in the render worker on each new file, whatever the engine: it makes
the file 16-bit mono at the output stream's rate (:data:`~retrocoach.speech.clips.
OUTPUT_RATE`: flite's 16 kHz cues, converted by the player while a session played, cost
~50 ms of the GUI thread each), trims the silence before and after the speech (keeping
:data:`~retrocoach.speech.cache.LEAD_SILENCE` before it, which the player accounts for), and
sends it through a speech chain (:mod:`~retrocoach.speech.voice_chain`: "loud" by default,
"natural" for a quiet room): BS.1770 loudness, true peaks at or below
:data:`PEAK_LIMIT_DBFS`.

:func:`measure` and :func:`gated_rms` are what tests and benchmarks check a file with: the
RMS of the speech only, 20 ms blocks within 30 dB of the loudest block (the figure
``retrocoach say --to-file`` files are judged by). Pure Python, so that importing this module
costs nothing; numpy comes in with the chain, in the worker only.
"""

from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

from retrocoach.speech.cache import LEAD_SILENCE, SILENCE_THRESHOLD, WavInfo, wav_info
from retrocoach.speech.clips import OUTPUT_RATE
from retrocoach.speech.levels import PEAK_LIMIT_DBFS as PEAK_LIMIT_DBFS

#: The loudness of the natural chain's cues, as :func:`measure` reads it (RMS of the gated
#: speech, dB relative to full scale); the loud chain's are louder (speech/voice_chain.py).
TARGET_DBFS = -20.0
#: The loud chain's cues reach at least this (same measure).
LOUD_MIN_DBFS = -15.0
#: Silence kept after the speech (a natural end, not a cut).
TAIL_SILENCE = 0.080
FULL_SCALE = 32768.0
_BLOCK_SECONDS = 0.020
_GATE_DB = 30.0
#: Silence kept around the speech before the chain (the final trim is after it).
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


def _trimmed(
    samples: array.array[int], rate: int, lead: float, tail: float
) -> array.array[int] | None:
    """`samples` from `lead` s before the speech to `tail` s after it; None if all silence."""
    first, end = speech_bounds(samples)
    if end <= first:
        return None
    start = max(0, first - round(lead * rate))
    return samples[start : min(len(samples), end + round(tail * rate))]


def finish_wav(path: Path, chain: str = "loud") -> WavInfo | None:
    """Trim `path` and put it through `chain` in place (see the module); None if it is not
    usable audio (not a WAV, or nothing but silence)."""
    from retrocoach.speech import voice_chain  # numpy: the worker only

    try:
        samples, rate = read_mono(path)
    except (OSError, EOFError, wave.Error, ValueError):
        return None
    speech = _trimmed(samples, rate, _COARSE_MARGIN, _COARSE_MARGIN)  # less to process
    if speech is None:
        return None
    floats = voice_chain.to_floats(speech)
    floats = voice_chain.resample(floats, rate, OUTPUT_RATE)
    name = chain if chain in voice_chain.CHAINS else voice_chain.DEFAULT_CHAIN
    floats = voice_chain.process(floats, OUTPUT_RATE, name)
    speech = voice_chain.to_int16(floats)
    # trimmed again once at its final level: the speech starts LEAD_SILENCE into the file
    speech = _trimmed(speech, OUTPUT_RATE, LEAD_SILENCE, TAIL_SILENCE) or speech
    write_mono(path, speech, OUTPUT_RATE)
    return wav_info(path)


def measure(path: Path) -> tuple[float, float]:
    """(peak, gated loudness) of a WAV in dBFS: what tests and benchmarks check."""
    samples, rate = read_mono(path)
    peak = max((abs(s) for s in samples), default=0)
    return dbfs(peak), dbfs(gated_rms(samples, rate))
