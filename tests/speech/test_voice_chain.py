"""The speech chains (speech/voice_chain.py): real flite renders through the real worker, and
made-up signals where a property needs an exact input (inter-sample peaks)."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import numpy as np
import pytest

from retrocoach.speech.cache import LEAD_SILENCE, SpeechCache
from retrocoach.speech.clips import OUTPUT_RATE
from retrocoach.speech.levels import LOUD_LUFS, NATURAL_LUFS, PEAK_LIMIT_DBFS
from retrocoach.speech.loudness import LOUD_MIN_DBFS, measure, read_mono, speech_bounds
from retrocoach.speech.process import RenderProcess
from retrocoach.speech.voice_chain import (
    integrated_lufs,
    limit,
    process,
    to_floats,
    true_peak_dbfs,
)
from tests.speech.voices import beginner_texts, require_flite

TEXTS = beginner_texts()[:6]


@pytest.fixture(scope="module")
def renders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """A few of the beginner session's texts, rendered by flite through each chain."""
    require_flite()
    folder = tmp_path_factory.mktemp("chains")
    out: dict[str, list[Path]] = {"loud": [], "natural": []}
    with RenderProcess(backend="flite") as worker:
        for chain, paths in out.items():
            for i, text in enumerate(TEXTS):
                paths.append(worker.render(text, folder / f"{chain}-{i}.wav", "rms", chain=chain))
    return out


def crest_db(path: Path) -> float:
    peak, loudness = measure(path)
    return peak - loudness


def test_the_loud_chain_reaches_minus_15_dbfs_with_true_peaks_under_minus_1(
    renders: dict[str, list[Path]],
) -> None:
    for path in renders["loud"]:
        samples, rate = read_mono(path)
        _peak, loudness = measure(path)
        assert loudness >= LOUD_MIN_DBFS, (path.name, loudness)
        assert true_peak_dbfs(to_floats(samples)) <= PEAK_LIMIT_DBFS, path.name
        assert abs(integrated_lufs(to_floats(samples), rate) - LOUD_LUFS) < 1.0, path.name


def test_the_loud_chain_is_louder_and_denser_than_the_natural_one(
    renders: dict[str, list[Path]],
) -> None:
    for loud, natural in zip(renders["loud"], renders["natural"], strict=True):
        assert measure(loud)[1] >= measure(natural)[1] + 5.0, loud.name
        assert crest_db(loud) <= crest_db(natural) - 1.0, loud.name  # compressed
        samples, rate = read_mono(natural)
        assert abs(integrated_lufs(to_floats(samples), rate) - NATURAL_LUFS) < 1.0


def test_every_cue_keeps_its_onset_in_either_chain(renders: dict[str, list[Path]]) -> None:
    onset = round(LEAD_SILENCE * OUTPUT_RATE)
    for path in [*renders["loud"], *renders["natural"]]:
        samples, rate = read_mono(path)
        assert rate == OUTPUT_RATE
        assert abs(speech_bounds(samples)[0] - onset) <= 1, path.name


def test_the_chain_moves_no_sound_in_time(tmp_path: Path) -> None:
    """A click in the middle of a tone stays on its sample (the filters and gain curves are
    centred or causal: nothing is delayed)."""
    rate = OUTPUT_RATE
    t = np.arange(rate) / rate
    signal = 0.05 * np.sin(2 * math.pi * 300 * t)
    signal[rate // 2] = 0.9
    for chain in ("loud", "natural"):
        out = process(signal.copy(), rate, chain)
        assert len(out) == len(signal)
        assert abs(int(np.argmax(np.abs(out))) - rate // 2) <= 3, chain


def test_the_limiter_catches_peaks_between_samples() -> None:
    """A sine at a quarter of the rate, sampled 45 degrees off its crests: every sample is at
    0.707 of the peak a DAC will play. A sample-peak limiter would let it through."""
    rate = OUTPUT_RATE
    n = np.arange(rate // 2)
    wave = 10 ** (-0.5 / 20) * np.sin(2 * math.pi * n / 4 + math.pi / 4)
    assert np.abs(wave).max() < 10 ** (PEAK_LIMIT_DBFS / 20)  # the samples look fine
    assert true_peak_dbfs(wave) > PEAK_LIMIT_DBFS  # the true peak is not
    assert true_peak_dbfs(limit(wave, rate)) <= PEAK_LIMIT_DBFS


def test_the_chain_is_part_of_the_cache_key(tmp_path: Path) -> None:
    loud = SpeechCache(tmp_path, "rms", 175, "flite-2.2", "flite")
    natural = loud.with_chain("natural")
    assert loud.chain == "loud"
    assert loud.path_for("Go") != natural.path_for("Go")
    assert not loud.same_voice(natural)
    assert loud.with_voice("rms", 175).chain == "loud"
    assert natural.with_voice("slt", 175).chain == "natural"


def test_a_natural_file_is_not_played_for_the_loud_chain(
    renders: dict[str, list[Path]], tmp_path: Path
) -> None:
    natural = SpeechCache(tmp_path, "rms", 175, "flite-2.2", "flite", chain="natural")
    shutil.copy(renders["natural"][0], natural.path_for(TEXTS[0]))
    assert natural.has(TEXTS[0])
    assert not natural.with_chain("loud").has(TEXTS[0])
