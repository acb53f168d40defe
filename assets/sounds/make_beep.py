"""Writes beep.wav next to this file: 880 Hz, 120 ms, mono 16-bit 44.1 kHz, 8 ms fades, at
the loud voice's loudness (RMS -12.3 dBFS: -13 LUFS, as ``make_earcons.py`` explains).

Run ``python assets/sounds/make_beep.py`` to regenerate it (the output is deterministic).
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
FREQUENCY = 880.0
SECONDS = 0.120
FADE_SECONDS = 0.008
AMPLITUDE = math.sqrt(2) * 10 ** (-12.3 / 20)  # RMS -12.3 dBFS


def beep_frames() -> bytes:
    count = round(RATE * SECONDS)
    fade = round(RATE * FADE_SECONDS)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        value = AMPLITUDE * envelope * math.sin(2 * math.pi * FREQUENCY * i / RATE)
        samples.append(round(value * 32767))
    return struct.pack(f"<{count}h", *samples)


def main() -> None:
    target = Path(__file__).with_name("beep.wav")
    with wave.open(str(target), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(beep_frames())
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
