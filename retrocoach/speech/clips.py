"""Decoded sounds for the audio output: 16-bit mono PCM at one rate, held in memory.

Pure Python (``wave`` + ``array``), no Qt: the output stream (:mod:`retrocoach.speech.
audio_out`) only ever copies bytes from a :class:`Clip`, so nothing is decoded, loaded or
converted while a session plays. espeak-ng renders at 22,050 Hz mono, the output rate, so
a cue is read as it is; other rates (the 44.1 kHz beep, another engine's voice) are converted
once, when the clip is loaded.
"""

from __future__ import annotations

import array
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

#: The output stream's format: espeak-ng's own, so cues need no conversion.
OUTPUT_RATE = 22_050
#: Bytes per frame of the output stream (16-bit mono).
FRAME_BYTES = 2
#: A sound file larger than this is not a cue (a 60 s cue at 48 kHz stereo is 11 MB).
MAX_CLIP_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class Clip:
    """A sound ready to play: native-endian signed 16-bit mono samples at OUTPUT_RATE."""

    pcm: bytes
    name: str = ""

    @property
    def frames(self) -> int:
        return len(self.pcm) // FRAME_BYTES

    @property
    def seconds(self) -> float:
        return self.frames / OUTPUT_RATE


def load_clip(path: Path) -> Clip | None:
    """The WAV at `path` as a Clip, or None if it is missing, too big or not 8/16-bit PCM."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_CLIP_BYTES:
            return None
        with wave.open(str(path), "rb") as wav:
            channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
            frames = wav.readframes(wav.getnframes())
    except (OSError, EOFError, wave.Error):
        return None
    if width not in (1, 2) or channels < 1 or rate <= 0 or not frames:
        return None
    samples = _to_int16(frames, width)
    samples = _to_mono(samples, channels)
    samples = resample(samples, rate, OUTPUT_RATE)
    if not samples:
        return None
    return Clip(samples.tobytes(), path.name)


def silence(seconds: float) -> Clip:
    return Clip(bytes(int(seconds * OUTPUT_RATE) * FRAME_BYTES), "silence")


def _to_int16(frames: bytes, width: int) -> array.array[int]:
    if width == 1:  # unsigned 8-bit
        return array.array("h", ((byte - 128) << 8 for byte in frames))
    samples = array.array("h", frames[: len(frames) - len(frames) % 2])
    if sys.byteorder == "big":  # WAV is little-endian
        samples.byteswap()
    return samples


def _to_mono(samples: array.array[int], channels: int) -> array.array[int]:
    if channels == 1:
        return samples
    usable = len(samples) - len(samples) % channels
    parts = [samples[c:usable:channels] for c in range(channels)]
    return array.array("h", (sum(frame) // channels for frame in zip(*parts, strict=True)))


def resample(samples: array.array[int], rate: int, target: int) -> array.array[int]:
    """Convert `samples` from `rate` to `target` Hz.

    Whole-number ratios (44.1 kHz -> 22.05 kHz, 11.025 kHz -> 22.05 kHz) are done by slicing,
    at C speed; any other ratio by linear interpolation (a one-off per clip, never while a
    session plays).
    """
    if rate == target or not samples:
        return samples
    if rate % target == 0:  # decimate: average each group, which also filters a little
        step = rate // target
        usable = len(samples) - len(samples) % step
        if step == 2:
            evens, odds = samples[0:usable:2], samples[1:usable:2]
            return array.array("h", ((a + b) >> 1 for a, b in zip(evens, odds, strict=True)))
        return samples[0:usable:step]
    if target % rate == 0:  # repeat each sample
        factor = target // rate
        out = array.array("h", bytes(len(samples) * factor * 2))
        for offset in range(factor):
            out[offset::factor] = samples
        return out
    count = int(len(samples) * target / rate)
    last = len(samples) - 1
    scale = rate / target
    out = array.array("h", bytes(count * 2))
    for index in range(count):
        position = index * scale
        left = int(position)
        right = min(left + 1, last)
        fraction = position - left
        out[index] = int(samples[left] + (samples[right] - samples[left]) * fraction)
    return out


def scaled(pcm: bytes, gain: float) -> bytes:
    """16-bit `pcm` times `gain` (0..1, so nothing clips): a channel's level, applied to each
    block as it is written (a few hundred samples), never to a whole clip."""
    if gain >= 1.0:
        return pcm
    samples = array.array("h", pcm)
    return array.array("h", (int(s * gain) for s in samples)).tobytes()


def mix(first: bytes, second: bytes) -> bytes:
    """Two equal-length 16-bit blocks added, clipped to the 16-bit range."""
    a, b = array.array("h", first), array.array("h", second)
    return array.array(
        "h", (max(-32768, min(32767, x + y)) for x, y in zip(a, b, strict=True))
    ).tobytes()
