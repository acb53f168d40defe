"""The signal processing the speech chain needs, in numpy alone (no scipy).

Why not scipy (and pyloudnorm, which imports ``scipy.signal``): importing ``scipy.signal``
takes 0.8 s on a quiet machine and 2 s under load, and the render worker pays it at every
start, including each restart after a failed cue; the first cue of a session came 1.3-2.3 s
later with it (benchmarks/README.md, "Through the noise"). numpy imports in ~0.1 s.

- Biquads (RBJ cookbook) are applied as their impulse response (computed once per filter,
  :data:`IR_SECONDS` long, where every one used here has decayed below 1e-9) by FFT
  convolution: the same output as the recursion, to float precision, at C speed.
- :func:`integrated_lufs` is ITU-R BS.1770-4 as ``pyloudnorm`` computes it (K-weighting:
  a +4 dB high shelf at 1.5 kHz and a 38 Hz high-pass; 400 ms blocks, 75 % overlap, the
  -70 LUFS absolute and -10 LU relative gates); ``tests/speech/test_dsp.py`` checks it
  against ``pyloudnorm`` itself.
- :func:`running_min` is van Herk / Gil-Werman (linear time), :func:`running_mean` a
  cumulative sum; both centred, the edges repeated.
"""

from __future__ import annotations

import functools
import math

import numpy as np
from numpy.typing import NDArray

Samples = NDArray[np.float64]
Biquad = tuple[tuple[float, float, float], tuple[float, float, float]]

#: Length of a biquad's impulse response used to apply it.
IR_SECONDS = 0.1
_BLOCK_SECONDS = 0.4
_OVERLAP = 0.75
_ABSOLUTE_GATE = -70.0
_RELATIVE_GATE = -10.0


def biquad(kind: str, fc: float, rate: int, q: float, gain_db: float = 0.0) -> Biquad:
    """RBJ cookbook coefficients, normalised by a0: ``high_shelf``, ``high_pass``,
    ``peaking``."""
    amp = 10 ** (gain_db / 40)
    w0 = 2 * math.pi * fc / rate
    cos, alpha = math.cos(w0), math.sin(w0) / (2 * q)
    if kind == "high_shelf":
        root = 2 * math.sqrt(amp) * alpha
        b = (
            amp * ((amp + 1) + (amp - 1) * cos + root),
            -2 * amp * ((amp - 1) + (amp + 1) * cos),
            amp * ((amp + 1) + (amp - 1) * cos - root),
        )
        a = (
            (amp + 1) - (amp - 1) * cos + root,
            2 * ((amp - 1) - (amp + 1) * cos),
            (amp + 1) - (amp - 1) * cos - root,
        )
    elif kind == "high_pass":
        b = ((1 + cos) / 2, -(1 + cos), (1 + cos) / 2)
        a = (1 + alpha, -2 * cos, 1 - alpha)
    elif kind == "peaking":
        b = (1 + alpha * amp, -2 * cos, 1 - alpha * amp)
        a = (1 + alpha / amp, -2 * cos, 1 - alpha / amp)
    else:
        raise ValueError(f"unknown biquad {kind!r}")
    a0 = a[0]
    return (b[0] / a0, b[1] / a0, b[2] / a0), (1.0, a[1] / a0, a[2] / a0)


@functools.cache
def impulse_response(filters: tuple[Biquad, ...], rate: int) -> Samples:
    """The impulse response of `filters` in series (the recursion, run once)."""
    count = round(IR_SECONDS * rate)
    signal = [1.0] + [0.0] * (count - 1)
    for (b0, b1, b2), (_, a1, a2) in filters:
        out = [0.0] * count
        x1 = x2 = y1 = y2 = 0.0
        for i, x in enumerate(signal):
            y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
            out[i] = y
            x2, x1, y2, y1 = x1, x, y1, y
        signal = out
    return np.asarray(signal, np.float64)


def convolve(samples: Samples, taps: Samples) -> Samples:
    """Causal FIR filtering by FFT: ``np.convolve(samples, taps)[:len(samples)]``."""
    size = len(samples) + len(taps) - 1
    n = 1 << max(0, size - 1).bit_length()
    out = np.fft.irfft(np.fft.rfft(samples, n) * np.fft.rfft(taps, n), n)
    return np.asarray(out[: len(samples)], np.float64)


def apply(filters: tuple[Biquad, ...], samples: Samples, rate: int) -> Samples:
    """`samples` through the biquads `filters` in series."""
    if len(samples) == 0:
        return samples
    return convolve(samples, impulse_response(filters, rate))


def k_weighting(rate: int) -> tuple[Biquad, ...]:
    return (
        biquad("high_shelf", 1500.0, rate, 1 / math.sqrt(2), 4.0),
        biquad("high_pass", 38.0, rate, 0.5),
    )


def integrated_lufs(samples: Samples, rate: int) -> float:
    """BS.1770-4 integrated loudness (LUFS) of mono `samples` (full scale 1.0); -inf for
    silence. A cue shorter than one 400 ms block is measured repeated (as if held)."""
    if len(samples) == 0 or not np.any(samples):
        return -math.inf
    return gated_lufs(apply(k_weighting(rate), held(samples, rate), rate), rate)


def held(samples: Samples, rate: int) -> Samples:
    """`samples`, repeated to at least one gating block if shorter."""
    block = int(_BLOCK_SECONDS * rate)
    if 0 < len(samples) < block + 1:
        return np.tile(samples, (block + 1) // len(samples) + 1)
    return samples


def gated_lufs(weighted: Samples, rate: int) -> float:
    """BS.1770's gated loudness of samples already K-weighted (at least one block long)."""
    block = int(_BLOCK_SECONDS * rate)
    seconds = len(weighted) / rate
    step = _BLOCK_SECONDS * (1 - _OVERLAP)
    blocks = round((seconds - _BLOCK_SECONDS) / step) + 1
    squares = np.concatenate(([0.0], np.cumsum(weighted**2)))
    starts = (np.arange(blocks) * step * rate).astype(int)
    ends = ((np.arange(blocks) * step + _BLOCK_SECONDS) * rate).astype(int)
    power = (squares[np.minimum(ends, len(weighted))] - squares[starts]) / block
    with np.errstate(divide="ignore"):
        loudness = -0.691 + 10 * np.log10(power)
    gated = power[loudness >= _ABSOLUTE_GATE]
    if len(gated) == 0:
        return -math.inf
    relative = -0.691 + 10 * math.log10(float(np.mean(gated))) + _RELATIVE_GATE
    kept = power[(loudness > relative) & (loudness > _ABSOLUTE_GATE)]
    if len(kept) == 0:
        return -math.inf
    return -0.691 + 10 * math.log10(float(np.mean(kept)))


def running_min(values: Samples, width: int) -> Samples:
    """The minimum over a centred window of odd `width` at each sample (edges repeated)."""
    half = width // 2
    width = 2 * half + 1
    padded = np.pad(values, (half, half), mode="edge")
    blocks = -(-len(padded) // width)
    grid = np.pad(padded, (0, blocks * width - len(padded)), constant_values=np.inf)
    grid = grid.reshape(blocks, width)
    prefix = np.minimum.accumulate(grid, axis=1).ravel()
    suffix = np.minimum.accumulate(grid[:, ::-1], axis=1)[:, ::-1].ravel()
    index = np.arange(len(values))
    return np.asarray(np.minimum(suffix[index], prefix[index + width - 1]), np.float64)


def running_mean(values: Samples, width: int) -> Samples:
    """The mean over a centred window of `width` samples at each sample (edges repeated)."""
    half = width // 2
    width = 2 * half + 1
    padded = np.pad(values, (half, half), mode="edge")
    sums = np.concatenate(([0.0], np.cumsum(padded)))
    return np.asarray((sums[width:] - sums[:-width]) / width, np.float64)


@functools.cache
def _interpolator(factor: int) -> Samples:
    """A Kaiser-windowed sinc for `factor`x oversampling (12 taps a phase, as BS.1770's
    annex suggests), gain `factor` so that the interpolated points keep the level."""
    taps = factor * 12 + 1
    n = np.arange(taps) - (taps - 1) / 2
    return np.asarray(np.sinc(n / factor) * np.kaiser(taps, 6.0), np.float64)


def oversampled_phases(samples: Samples, factor: int) -> list[Samples]:
    """`samples` at `factor` times the rate, as `factor` phases: phase p holds the points
    p / factor of a sample after each sample (phase 0 is `samples` itself). Polyphase: each
    phase is a 12-tap filter over the samples, no zeros multiplied, no delay."""
    taps = _interpolator(factor)
    centre = (len(taps) - 1) // 2 // factor  # in samples
    phases = [samples]
    for phase in range(1, factor):
        sub = taps[phase::factor]
        phases.append(
            np.asarray(np.convolve(samples, sub)[centre : centre + len(samples)], np.float64)
        )
    return phases


def _roll_off(bins: int) -> Samples:
    """1 up to 90 % of the band, then a raised cosine down to 0 at its top bin."""
    gains = np.ones(bins)
    start = int(bins * 0.9)
    gains[start:] = 0.5 * (1 + np.cos(np.pi * np.arange(bins - start) / max(1, bins - start - 1)))
    return gains


def resample(samples: Samples, rate: int, target: int) -> Samples:
    """`samples` from `rate` to `target` Hz, band-limited (in the frequency domain: the cue
    has silence at both ends, so treating it as periodic costs nothing; no delay). The
    input is padded with silence to a length whose FFTs are fast, the output cut back."""
    if rate == target or len(samples) == 0:
        return samples
    step = rate // math.gcd(rate, target)
    wanted = max(1, round(len(samples) * target / rate))
    length = step << max(0, math.ceil(math.log2(max(1.0, len(samples) / step))))
    padded = np.pad(samples, (0, length - len(samples)))
    count = length * target // rate
    spectrum = np.fft.rfft(padded)
    bins = count // 2 + 1
    kept = min(bins, len(spectrum))
    spectrum = spectrum[:kept] * _roll_off(kept)  # the band's edge: no ringing, no alias
    if kept < bins:
        spectrum = np.concatenate((spectrum, np.zeros(bins - kept, complex)))
    out = np.fft.irfft(spectrum, count) * (count / length)
    return np.asarray(out[:wanted], np.float64)
