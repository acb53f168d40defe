"""Reading a recording: the level of one tone over time, and when things happen in it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt

from tests.desktop.private_pulse import RATE

WINDOW = 0.03  # seconds per level reading
HOP = 0.005

Floats = npt.NDArray[np.float64]


def samples(path: Path) -> Floats:
    return np.frombuffer(path.read_bytes(), dtype="<i2").astype(np.float64) / 32768.0


def tone_level(x: Floats, hertz: float) -> tuple[Floats, Floats]:
    """(centre times, dBFS of the `hertz` component) in Hann windows of WINDOW s every HOP s."""
    size, hop = round(WINDOW * RATE), round(HOP * RATE)
    window = np.hanning(size)
    probe = window * np.exp(-2j * np.pi * hertz * np.arange(size) / RATE)
    starts = np.arange(0, max(0, len(x) - size), hop)
    if len(starts) == 0:
        return np.zeros(0), np.zeros(0)
    frames = np.lib.stride_tricks.sliding_window_view(x, size)[starts]
    amplitude = np.abs(frames @ probe) * 2 / window.sum()
    return (starts + size / 2) / RATE, 20 * np.log10(np.maximum(amplitude, 1e-9))


def first(times: Floats, mask: npt.NDArray[np.bool_], after: float = 0.0) -> float | None:
    """The first time at or after `after` where `mask` holds."""
    hits = np.nonzero(mask & (times >= after))[0]
    return float(times[hits[0]]) if len(hits) else None


def last(times: Floats, mask: npt.NDArray[np.bool_], before: float = float("inf")) -> float | None:
    hits = np.nonzero(mask & (times <= before))[0]
    return float(times[hits[-1]]) if len(hits) else None
