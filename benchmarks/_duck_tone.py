"""The ``--duck-tone`` part of benchmarks/session_audio.py: another application's steady tone
in the same mix, and how far it is lowered (ducked) at each beep and cue.

A second client (``paplay`` of a generated sine WAV as long as the session, so that no new
stream starts mid-session) plays a steady TONE_HZ tone at TONE_DBFS on the private sink
before the app starts. The tone is high, where the app's sounds have nothing: a low tone
(90 Hz) was tried first, but the voice has energy there (its 50 ms spectra peak at -20 dBFS
at 90 Hz, -39 dBFS at 40 Hz), which read as the tone coming back during speech; at 8 kHz and
above the voice is below -90 dBFS, the beeps and earcons (600-1000 Hz) below -110 dBFS (the
recording's resampling to 22,050 Hz takes 6.6 dB off the tone: -18.6 dBFS). The tone's level
is read in the recording as a Hann-windowed Goertzel bin at TONE_HZ over LEVEL_WINDOW every
LEVEL_STEP. The onset detection of session_audio.py looks at the
recording low-passed at LOWPASS_HZ (causal elliptic, so no sound is found early), which
takes the tone out of it.

For each beep and cue heard (its onset as found, its end the last loud moment before the next
sound or the end of its file): the tone's drop below its undisturbed level (the median before
the app started) at onset + 150 ms; when it was >= 10 dB down, relative to the onset
(negative: the duck was already there, it starts 100 ms ahead); and when, after the sound's
end, it was back within 1 dB (not measured when the next sound came first: its duck joins).
Reported, not a target: ``duck_rises_between``, the sounds after which the tone came back up
to within RISE_DB of its level although the next sound was close enough for one duck over
both (the app's ``DuckShape`` joins such ducks).
"""

from __future__ import annotations

import statistics
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from retrocoach.desktop.ducking.shape import AHEAD, HOLD_AFTER, RAMP_UP

#: Two sounds make one duck when the second's starts (AHEAD of it) before the first's is over.
JOINED = AHEAD + HOLD_AFTER + RAMP_UP

TONE_HZ = 9000.0
TONE_DBFS = -12.0
LOWPASS_HZ = 7000.0
LEVEL_WINDOW = 0.020
LEVEL_STEP = 0.005
#: The targets (issue 16, item 3): down this far ...
DROP_DB = 10.0
#: ... this soon after the sound's onset ...
DOWN_WITHIN = 0.150
#: ... and back within BACK_DB of the undisturbed level this soon after the sound's end.
BACK_DB = 1.0
BACK_WITHIN = 0.5
#: The tone rising this close to its level between two sounds whose ducks are to be one (see
#: JOINED) is a rise between them.
RISE_DB = 3.0


def tone_wav(path: Path, seconds: float, rate: int) -> Path:
    """A mono 16-bit sine at TONE_HZ, TONE_DBFS peak, `seconds` long (ending at a zero)."""
    chunk = 60 * rate  # a minute: 540,000 whole cycles at 9 kHz
    amplitude = 32767 * 10 ** (TONE_DBFS / 20)
    one = np.round(amplitude * np.sin(2 * np.pi * TONE_HZ / rate * np.arange(chunk)))
    data = one.astype("<i2").tobytes()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        for _ in range(max(1, round(seconds / 60 + 0.5))):
            wav.writeframes(data)
    return path


def play_tone(address: str, wav: Path) -> subprocess.Popen[bytes]:
    """The other application: ``paplay`` of `wav` on the private sink."""
    return subprocess.Popen(
        ["paplay", "--server", address, "--client-name=duck-tone", str(wav)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def samples_of(data: bytes | bytearray) -> NDArray[np.float64]:
    return np.frombuffer(bytes(data[: len(data) // 2 * 2]), "<i2").astype(np.float64)


def without_tone(samples: NDArray[np.float64], rate: int) -> NDArray[np.float64]:
    """The recording low-passed (causal elliptic: 0.1 dB ripple up to LOWPASS_HZ, 80 dB down
    from about 8.3 kHz): the app's sounds only."""
    from scipy.signal import ellip, sosfilt

    sos = ellip(10, 0.1, 80, LOWPASS_HZ, "lowpass", fs=rate, output="sos")
    return np.asarray(sosfilt(sos, samples))


def tone_levels(samples: NDArray[np.float64], rate: int) -> NDArray[np.float64]:
    """The tone's level (dBFS of its peak) in LEVEL_WINDOW windows every LEVEL_STEP; window i
    is centred at i * LEVEL_STEP + LEVEL_WINDOW / 2 seconds."""
    size, step = round(LEVEL_WINDOW * rate), round(LEVEL_STEP * rate)
    if len(samples) < size:
        return np.zeros(0)
    frames = np.lib.stride_tricks.sliding_window_view(samples, size)[::step]
    window = np.hanning(size)
    kernel = window * np.exp(-2j * np.pi * TONE_HZ / rate * np.arange(size))
    amplitude = 2 * np.abs(frames @ kernel) / window.sum()
    return np.asarray(20 * np.log10(np.maximum(amplitude, 1e-3) / 32767))


@dataclass
class Sound:
    kind: str  # "beep" or "cue"
    onset: float  # seconds into the recording
    longest: float  # how long it can be (its file)
    text: str = ""


class Levels:
    """The tone's level along the recording, and its undisturbed level."""

    def __init__(self, levels: NDArray[np.float64], undisturbed: float) -> None:
        self.levels, self.undisturbed = levels, undisturbed

    def at(self, moment: float) -> float:
        index = round((moment - LEVEL_WINDOW / 2) / LEVEL_STEP)
        return float(self.levels[max(0, min(len(self.levels) - 1, index))])

    def drop(self, moment: float) -> float:
        return self.undisturbed - self.at(moment)

    def times(self, start: float, end: float) -> list[float]:
        first = max(0, int((start - LEVEL_WINDOW / 2) / LEVEL_STEP))
        last = min(len(self.levels), int((end - LEVEL_WINDOW / 2) / LEVEL_STEP) + 1)
        return [i * LEVEL_STEP + LEVEL_WINDOW / 2 for i in range(first, last)]


def sound_end(loud: list[bool], window: float, sound: Sound, next_onset: float) -> float:
    """The last loud moment of `sound` (before the next sound, within its file's length)."""
    limit = min(sound.onset + sound.longest + 0.05, next_onset)
    first, last = int(sound.onset / window), min(len(loud), int(limit / window))
    for index in range(last - 1, first - 1, -1):
        if loud[index]:
            return (index + 1) * window
    return sound.onset + min(sound.longest, 0.05)


def measure(
    sounds: list[Sound],
    loud: list[bool],
    window: float,
    levels: Levels,
    ended: float,
    events: bool = False,
) -> dict[str, object]:
    """The figures of each sound and their summary. `ended`: seconds into the recording when
    the app had exited (the tone's level after it says whether it was restored)."""
    ordered = sorted(sounds, key=lambda s: s.onset)
    drops, downs, backs = [], [], []
    not_ducked: list[str] = []
    rises: list[str] = []
    for index, sound in enumerate(ordered):
        following = ordered[index + 1].onset if index + 1 < len(ordered) else ended
        end = sound_end(loud, window, sound, following)
        drop = levels.drop(sound.onset + DOWN_WITHIN)
        down = next(
            (
                t - sound.onset
                for t in levels.times(sound.onset - 0.3, sound.onset + 1.0)
                if levels.drop(t) >= DROP_DB
            ),
            None,
        )
        if down is not None and down < 0:  # already down: since when (the stretch's start)
            start = sound.onset
            for t in reversed(levels.times(sound.onset - 0.3, sound.onset)):
                if levels.drop(t) < DROP_DB:
                    break
                start = t
            down = start - sound.onset
        # back: from the end until the next sound's duck starts (then their ducks join)
        horizon = min(following - AHEAD, end + 2.0)
        back = next(
            (t - end for t in levels.times(end, horizon) if levels.drop(t) <= BACK_DB), None
        )
        joined = back is None and horizon < end + BACK_WITHIN
        # two sounds meant to make one duck: does the tone come up between them?
        if index + 1 < len(ordered) and following - end <= JOINED:
            between = levels.times(end, following)
            if any(levels.drop(t) <= RISE_DB for t in between):
                rises.append(f"{sound.kind} at {sound.onset:.3f} s {sound.text}".strip())
        drops.append(drop)
        if down is not None:
            downs.append(down)
        if back is not None:
            backs.append(back)
        problem = []
        if down is None or down > DOWN_WITHIN:
            problem.append("not down 10 dB within 150 ms")
        if (back is None and not joined) or (back is not None and back > BACK_WITHIN):
            problem.append("not back within 0.5 s")
        if problem:
            not_ducked.append(
                f"{sound.kind} at {sound.onset:.3f} s {sound.text}: " + ", ".join(problem)
            )
        if events:
            print(
                f"duck {sound.kind} {sound.onset:8.3f}-{end:8.3f} s  drop@150ms={drop:5.1f} dB"
                f"  down={None if down is None else round(down * 1000)} ms"
                f"  back={'joined' if joined else None if back is None else round(back * 1000)} ms"
                f"  {sound.text}"
            )
    after = [levels.drop(t) for t in levels.times(ended + 0.3, ended + 1.5)]
    restored = statistics.median(after) if after else None

    def ms(values: list[float], q: float) -> float | None:
        if not values:
            return None
        ordered_values = sorted(values)
        return round(ordered_values[min(len(values) - 1, round(q * (len(values) - 1)))] * 1000)

    return {
        "duck_tone_dbfs": round(levels.undisturbed, 1),
        "duck_sounds": len(ordered),
        "duck_min_drop_db": None if not drops else round(min(drops), 1),
        "duck_median_drop_db": None if not drops else round(statistics.median(drops), 1),
        "duck_down_p99_ms": ms(downs, 0.99),
        "duck_down_max_ms": ms(downs, 1.0),
        "duck_back_measured": len(backs),
        "duck_back_p99_ms": ms(backs, 0.99),
        "duck_back_max_ms": ms(backs, 1.0),
        "duck_not_ducked": len(not_ducked),
        "duck_not_ducked_sounds": not_ducked[:10],
        "duck_rises_between": len(rises),
        "duck_rises_between_sounds": rises[:10],
        "duck_end_drop_db": None if restored is None else round(restored, 1),
    }


def missed(result: dict[str, object]) -> list[str]:
    problems = []
    if result["duck_not_ducked"]:
        problems.append(f"{result['duck_not_ducked']} sound(s) not ducked as required")
    drop = result["duck_min_drop_db"]
    if not isinstance(drop, float) or drop < DROP_DB:
        problems.append(f"duck_min_drop_db under {DROP_DB:g}")
    end = result["duck_end_drop_db"]
    if not isinstance(end, float) or abs(end) > BACK_DB:
        problems.append("the tone was not restored at the end")
    return problems
