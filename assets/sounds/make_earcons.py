"""Writes the boundary sounds next to this file, at the loud voice's loudness.

- ``backward.wav``: "now backwards", a falling two-tone (B5 988 Hz, then E5 659 Hz);
- ``forward.wav``: "now forwards", the same two tones rising (E5, then B5);

each tone 65 ms with 6 ms fades, 20 ms apart: 150 ms in all, the boundary beep's lead
(speech/timeline.py ``BEEP_LEAD``), so the sound has ended when the phase's announcement
starts. Mono 16-bit at 22,050 Hz (the output stream's rate: played as they are).

The tones' RMS is :data:`BODY_RMS_DBFS`: a sine's BS.1770 loudness is its RMS - 0.691 dB
(K-weighting is flat at these frequencies), so the sounds sit at the loud chain's -13 LUFS
(speech/levels.py ``SOUNDS_LUFS``; ``tests/speech/test_earcons.py`` measures it). The boundary
beep (``make_beep.py``) is made at the same level. Run ``python assets/sounds/make_earcons.py``
to regenerate them (the output is deterministic).
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
LOW, HIGH = 659.26, 987.77
TONE_SECONDS = 0.065
GAP_SECONDS = 0.020
FADE_SECONDS = 0.006
#: RMS of each tone (dBFS): -13 LUFS + 0.691.
BODY_RMS_DBFS = -12.3
AMPLITUDE = math.sqrt(2) * 10 ** (BODY_RMS_DBFS / 20)


def tone(frequency: float) -> list[float]:
    count = round(RATE * TONE_SECONDS)
    fade = round(RATE * FADE_SECONDS)
    return [
        AMPLITUDE
        * min(1.0, i / fade, (count - 1 - i) / fade)
        * math.sin(2 * math.pi * frequency * i / RATE)
        for i in range(count)
    ]


def two_tone(first: float, second: float) -> bytes:
    samples = tone(first) + [0.0] * round(RATE * GAP_SECONDS) + tone(second)
    return struct.pack(f"<{len(samples)}h", *(round(s * 32767) for s in samples))


def write(name: str, frames: bytes) -> Path:
    target = Path(__file__).with_name(name)
    with wave.open(str(target), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(frames)
    return target


def main() -> None:
    print(f"wrote {write('backward.wav', two_tone(HIGH, LOW))}")
    print(f"wrote {write('forward.wav', two_tone(LOW, HIGH))}")


if __name__ == "__main__":
    main()
