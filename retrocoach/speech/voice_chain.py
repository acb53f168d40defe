"""The speech chains a rendered cue goes through in the render worker: "loud" and "natural".

Both measure integrated loudness by ITU-R BS.1770 (K-weighting and gating, as ``pyloudnorm``)
and end in a look-ahead true-peak limiter at -1 dBFS (:mod:`~retrocoach.speech.levels`;
peaks estimated on a 4x oversampled copy, so the peaks between samples that a DAC makes
are counted too).

- **natural** (a quiet room): the speech as the engine made it, set to
  -21 LUFS; the limiter acts only on the rare peak.
- **loud** (a loud room, the default): a high-pass at 150 Hz (laptop speakers do not play
  below it, and it eats headroom), a presence lift around 3 kHz (consonants carry
  intelligibility in noise), a speech compressor (3:1 above a threshold 10 dB under the cue's
  loudness, gain smoothed over ~25 ms, gain changes looking 5 ms ahead so that a syllable's
  attack is caught), then loudness to -13 LUFS and the limiter. The speech is about
  6 dB louder than the natural chain's at the same true peak (``benchmarks/noise.py``).

Nothing here delays the speech: the filters are causal and the gain curves are centred on
the sample they apply to, so a cue's onset stays where the engine put it (the caller trims it
to :data:`~retrocoach.speech.cache.LEAD_SILENCE` afterwards).

numpy alone (speech/dsp.py says why not scipy), imported only by the render worker (in the
background while its engine starts, see :mod:`~retrocoach.speech.worker`).
"""

from __future__ import annotations

import array

import numpy as np

from retrocoach.speech import dsp
from retrocoach.speech.dsp import Samples, integrated_lufs
from retrocoach.speech.levels import (
    CHAINS,
    DEFAULT_CHAIN,
    LOUD_LUFS,
    NATURAL_LUFS,
    PEAK_LIMIT_DBFS,
    Chain,
)

__all__ = [
    "CHAINS",
    "DEFAULT_CHAIN",
    "Chain",
    "integrated_lufs",
    "process",
    "resample",
    "to_floats",
    "to_int16",
]

#: Where the limiter aims, a little under the limit (rounding to 16 bits, interpolation).
_LIMITER_AIM_DBFS = -1.2
_OVERSAMPLE = 4
_LIMITER_SECONDS = 0.003
_HIGH_PASS_HZ = 150.0
_PRESENCE_HZ = 3000.0
_PRESENCE_DB = 6.0
_PRESENCE_Q = 0.9
_COMPRESSOR_RATIO = 3.0
_COMPRESSOR_BELOW_LOUDNESS_DB = 10.0
_DETECTOR_SECONDS = 0.010
_GAIN_SMOOTH_SECONDS = 0.025
_LOOK_AHEAD_SECONDS = 0.005
#: Loudness passes at most (the limiter lowers the loudness a little each time).
_PASSES = 6
#: Close enough to the target loudness (LU).
_TOLERANCE_LU = 0.3
#: How much loudness a dB of gain adds where the limiter acts (measured on the beginner
#: session's cues: 0.3-0.5), the first step's guess.
_FIRST_SLOPE = 0.45
#: The most a cue is raised (dB): no engine's speech is quieter than -60 dBFS.
_MAX_GAIN_DB = 60.0


def true_peaks(samples: Samples) -> Samples:
    """Each sample's true peak: the largest magnitude of it and the 3 points a 4x
    oversampling puts after it."""
    if len(samples) == 0:
        return samples
    peaks = np.abs(samples)
    for phase in dsp.oversampled_phases(samples, _OVERSAMPLE)[1:]:
        np.maximum(peaks, np.abs(phase), out=peaks)
    return peaks


def true_peak_dbfs(samples: Samples) -> float:
    peak = float(true_peaks(samples).max(initial=0.0))
    return 20 * float(np.log10(peak)) if peak > 0 else -np.inf


def limit(samples: Samples, rate: int) -> Samples:
    """A look-ahead limiter: a smooth gain dip around every true peak above the aim.

    Each sample's gain is the box average (+-h) of the running minimum (+-2h) of the gain
    each sample needs, so every average that covers a peak stays at or under its need."""
    gains = _limiter_gains(true_peaks(samples), rate)
    return samples if gains is None else np.asarray(samples * gains, np.float64)


def _limiter_gains(peaks: Samples, rate: int) -> Samples | None:
    """The limiter's gain for each sample, given each sample's true peak; None: none acts."""
    ceiling = 10 ** (_LIMITER_AIM_DBFS / 20)
    if peaks.max(initial=0.0) <= ceiling:
        return None
    needed = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-12))
    half = max(1, round(_LIMITER_SECONDS * rate))
    return dsp.running_mean(dsp.running_min(needed, 4 * half + 1), 2 * half + 1)


def _under_the_limit(samples: Samples) -> Samples:
    """What the limiter's interpolation may still leave over the limit: the whole cue down
    by that much (a few hundredths of a dB, if anything)."""
    over = true_peak_dbfs(samples)
    if over > PEAK_LIMIT_DBFS - 0.05:
        return np.asarray(samples * 10 ** ((PEAK_LIMIT_DBFS - 0.05 - over) / 20), np.float64)
    return samples


def _shape(samples: Samples, rate: int) -> Samples:
    """A 2nd-order Butterworth high-pass at 150 Hz and a peaking lift around 3 kHz."""
    filters = (
        dsp.biquad("high_pass", _HIGH_PASS_HZ, rate, 1 / np.sqrt(2)),
        dsp.biquad("peaking", _PRESENCE_HZ, rate, _PRESENCE_Q, _PRESENCE_DB),
    )
    return dsp.apply(filters, samples, rate)


def compress(samples: Samples, rate: int, loudness: float) -> Samples:
    """Speech compression: above a threshold `loudness` - 10 dB, the level rises at 1/3.

    Only gain reduction (no upward gain), so pauses and the silence around a cue are not
    raised; the make-up gain is the loudness normalisation after it."""
    power = dsp.running_mean(samples**2, max(1, round(_DETECTOR_SECONDS * rate)))
    level = 10 * np.log10(np.maximum(power, 1e-12))
    threshold = loudness - _COMPRESSOR_BELOW_LOUDNESS_DB
    reduction = np.minimum(0.0, (threshold - level) * (1 - 1 / _COMPRESSOR_RATIO))
    ahead = max(1, round(_LOOK_AHEAD_SECONDS * rate))
    reduction = dsp.running_min(reduction, 2 * ahead + 1)
    reduction = dsp.running_mean(reduction, max(1, round(_GAIN_SMOOTH_SECONDS * rate)))
    return np.asarray(samples * 10 ** (reduction / 20), np.float64)


def _to_loudness(samples: Samples, rate: int, target: float) -> Samples:
    """`samples` at `target` LUFS, true peaks limited.

    The limiter takes loudness off where it acts, so the gain is searched for: secant steps
    on gain (dB) against loudness out, the limiter applied afresh each pass. Gain is linear,
    so the K-weighting and the true peaks are computed once; within a pass the limiter's
    slow gain curve is applied to the weighted signal as it is (the filter hardly changes a
    curve that moves over milliseconds), which is all a pass costs."""
    if len(samples) == 0 or not np.any(samples):
        return samples
    weighted = dsp.apply(dsp.k_weighting(rate), dsp.held(samples, rate), rate)[: len(samples)]
    loudness = dsp.gated_lufs(dsp.held(weighted, rate), rate)
    if not np.isfinite(loudness):
        return samples
    peaks = true_peaks(samples)
    gain, slope = target - loudness, _FIRST_SLOPE
    previous: tuple[float, float] | None = None
    gains: Samples | None = None
    for _ in range(_PASSES):
        scale = 10 ** (gain / 20)
        gains = _limiter_gains(peaks * scale, rate)
        shaped = weighted * scale if gains is None else weighted * (scale * gains)
        got = dsp.gated_lufs(dsp.held(shaped, rate), rate)
        if abs(target - got) < _TOLERANCE_LU:
            break
        if previous is not None and abs(got - previous[1]) < 0.05:
            break  # the limiter takes all that is added: as loud as this cue gets
        if previous is not None and abs(gain - previous[0]) > 1e-6:
            slope = min(1.0, max(0.1, (got - previous[1]) / (gain - previous[0])))
        previous = (gain, got)
        gain = min(gain + (target - got) / slope, _MAX_GAIN_DB)
    scale = 10 ** (gain / 20)
    out = samples * scale if gains is None else samples * (scale * gains)
    return _under_the_limit(np.asarray(out, np.float64))


def process(samples: Samples, rate: int, chain: Chain = DEFAULT_CHAIN) -> Samples:
    """`samples` (floats, full scale 1.0) through `chain`; the same length, the same timing."""
    if chain == "natural":
        return _to_loudness(samples, rate, NATURAL_LUFS)
    shaped = _shape(samples, rate)
    loudness = integrated_lufs(shaped, rate)
    if not np.isfinite(loudness):
        return shaped
    return _to_loudness(compress(shaped, rate, loudness), rate, LOUD_LUFS)


def resample(samples: Samples, rate: int, target: int) -> Samples:
    """Band-limited resampling (:func:`~retrocoach.speech.dsp.resample`; no delay)."""
    return dsp.resample(samples, rate, target)


def to_floats(samples: array.array[int]) -> Samples:
    """16-bit samples as floats, full scale 1.0."""
    return np.frombuffer(samples.tobytes(), dtype=np.int16).astype(np.float64) / 32768.0


def to_int16(samples: Samples) -> array.array[int]:
    """Floats back to 16-bit samples (rounded, never wrapped)."""
    ints = np.clip(np.round(samples * 32768.0), -32768, 32767).astype(np.int16)
    out = array.array("h")
    out.frombytes(ints.tobytes())
    return out


def warm_up(rate: int) -> None:
    """Run both chains once on a made-up sound: the filters' impulse responses are computed
    and cached before the first real cue needs them (the worker's start does this)."""
    t = np.arange(rate // 2) / rate
    sound = 0.1 * np.sin(2 * np.pi * 220 * t) * (np.sin(2 * np.pi * 3 * t) > 0)
    for chain in CHAINS:
        process(sound, rate, chain)
