"""speech/dsp.py (numpy alone, for the render worker's start) against the references it stands
in for: pyloudnorm's BS.1770 loudness and scipy's filters."""

from __future__ import annotations

import numpy as np
import pyloudnorm
from scipy import ndimage, signal

from retrocoach.speech import dsp
from retrocoach.speech.clips import OUTPUT_RATE

RATE = OUTPUT_RATE


def speechlike(seconds: float, seed: int = 7) -> np.ndarray:
    """Noise in bursts (syllables) with pauses: what the gates have to sort out."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    envelope = (np.sin(2 * np.pi * 3.0 * np.arange(n) / RATE) > 0.2) * 0.3
    return np.asarray(rng.standard_normal(n) * envelope * rng.uniform(0.2, 1.0), np.float64)


def test_the_loudness_is_pyloudnorms() -> None:
    meter = pyloudnorm.Meter(RATE)
    for seconds, seed in ((0.5, 1), (1.7, 2), (3.2, 3)):
        samples = speechlike(seconds, seed)
        expected = meter.integrated_loudness(samples)
        assert abs(dsp.integrated_lufs(samples, RATE) - expected) < 0.05, seconds
    tone = 0.1 * np.sin(2 * np.pi * 997 * np.arange(RATE) / RATE)
    assert abs(dsp.integrated_lufs(tone, RATE) - meter.integrated_loudness(tone)) < 0.05
    assert dsp.integrated_lufs(np.zeros(RATE), RATE) == -np.inf


def test_a_biquad_applied_by_its_impulse_response_is_the_recursion() -> None:
    samples = speechlike(1.0)
    for kind, fc, q, gain in (("high_pass", 150.0, 0.7071, 0.0), ("peaking", 3000.0, 0.9, 6.0)):
        b, a = dsp.biquad(kind, fc, RATE, q, gain)
        expected = signal.lfilter(b, a, samples)
        got = dsp.apply((dsp.biquad(kind, fc, RATE, q, gain),), samples, RATE)
        assert np.max(np.abs(got - expected)) < 1e-6, kind


def test_running_min_and_mean_match_scipys() -> None:
    values = speechlike(0.3)
    for width in (1, 5, 221, 265):
        assert np.array_equal(
            dsp.running_min(values, width),
            ndimage.minimum_filter1d(values, width, mode="nearest"),
        ), width
        assert np.allclose(
            dsp.running_mean(values, width),
            ndimage.uniform_filter1d(values, width, mode="nearest"),
            atol=1e-9,
        ), width


def test_resampling_keeps_a_tone_and_its_timing() -> None:
    rate = 16_000
    t = np.arange(rate) / rate
    tone = np.sin(2 * np.pi * 440 * t) * (t > 0.5)  # starts at 0.5 s
    out = dsp.resample(tone, rate, RATE)
    assert len(out) == RATE
    onset = int(np.argmax(np.abs(out) > 0.5))
    assert abs(onset / RATE - 0.5) < 0.002
    crossings = np.count_nonzero(np.diff(np.signbit(out[RATE // 2 + 100 :])))
    assert abs(crossings / 2 / ((RATE // 2 - 100) / RATE) - 440) < 3


def test_the_oversampled_phases_are_scipys_interpolation() -> None:
    samples = speechlike(0.5)
    phases = dsp.oversampled_phases(samples, 4)
    taps = dsp._interpolator(4)
    expected = signal.upfirdn(taps, samples, 4)[24 : 24 + 4 * len(samples)]
    for phase in range(4):
        assert np.allclose(phases[phase], expected[phase::4], atol=1e-9), phase
