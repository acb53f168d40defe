"""Through the noise: ``.venv/bin/python benchmarks/noise.py`` (about 2 minutes).

``--smoke`` measures 4 texts at one noise level (-20 dBFS) in about 20 s.

The beginner session's distinct cue texts are rendered with the voice Auto picks on a fresh
install (no Piper voice folder) by the app's real render worker, once through each speech
chain (``loud`` and ``natural``, speech/voice_chain.py). Each cue is then mixed with noise
that this script makes itself, held at a fixed RMS level (dBFS): the laptop at full volume in
a loud room, where the voice can only be as loud as its peaks allow.

- **pink** noise (1/f power, seeded);
- **babble**: six talkers, the installed engines (flite's voices and espeak-ng) reading tips
  that are not in the session, summed with offsets.

Extended STOI (``pystoi``, ``extended=True``; 0..1, higher is more intelligible) of each
noisy cue against the same cue in the clear (the cue as the app plays it); per chain, noise
and level the mean and the 10th percentile over the texts. Also each chain's loudness (gated
RMS as ``speech/loudness.measure`` reads it, and BS.1770 LUFS), crest factor (sample peak
over gated RMS) and true peak.

Targets (issue 16): at -20 dBFS of either noise the loud chain scores at least 0.15 above the
natural chain, and at least 0.45 with babble. Prints a table on stderr and one JSON line on
stdout; the exit status is 1 when a target is missed (not with ``--smoke``) or nothing could
be measured.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from retrocoach.speech.engines.choice import (  # noqa: E402  (needs ROOT on sys.path)
    VoiceChoice,
    auto_choice,
    installed_choices,
)
from tests.speech.voices import beginner_texts  # noqa: E402

LEVELS = (-30.0, -25.0, -20.0, -15.0)
SMOKE_LEVELS = (-20.0,)
SMOKE_TEXTS = 4
CHAINS = ("loud", "natural")
NOISES = ("pink", "babble")
TALKERS = 6
SEED = 16
#: The level the targets are judged at.
TARGET_LEVEL = -20.0

Floats = NDArray[np.float64]


def pink_noise(samples: int, rng: np.random.Generator) -> Floats:
    """Noise with 1/f power (white noise shaped in the frequency domain), RMS 1."""
    spectrum = np.fft.rfft(rng.standard_normal(samples))
    freqs = np.arange(len(spectrum), dtype=np.float64)
    freqs[0] = 1.0
    noise = np.fft.irfft(spectrum / np.sqrt(freqs), samples)
    return np.asarray(noise / np.sqrt(np.mean(noise**2)), np.float64)


def other_texts() -> list[str]:
    """Tips not said in the beginner session: what the babble's talkers read."""
    from retrocoach.assets_path import builtin_tips_file
    from retrocoach.core.tips import parse_tips_text

    library, _ = parse_tips_text(builtin_tips_file().read_text("utf-8"), "en.json")
    session = set(beginner_texts())
    texts = [tip.text for tip in library.tips if tip.text not in session]
    return texts or ["The quick brown fox jumps over the lazy dog, again and again."]


def talker_voices() -> list[VoiceChoice]:
    """The installed engines' voices, flite's and espeak-ng's (not the same voice twice)."""
    voices = [c for c in installed_choices([]) if c.engine != "piper"]
    voices += [VoiceChoice("flite", v) for v in ("slt", "awb", "kal16", "rms")]
    voices += [VoiceChoice("pyttsx3", v) for v in ("gmw/en-us", "mb-us1", "en-us+klatt4")]
    return list(dict.fromkeys(voices))


def read(path: Path) -> tuple[Floats, int]:
    from retrocoach.speech.loudness import read_mono
    from retrocoach.speech.voice_chain import to_floats

    samples, rate = read_mono(path)
    return to_floats(samples), rate


def babble(samples: int, folder: Path, texts: list[str], rng: np.random.Generator) -> Floats:
    """`samples` of several talkers at once, RMS 1: each talker a different voice reading
    the tips one after another, with its own start offset."""
    from retrocoach.speech.engine import RenderProcess, SpeechError

    streams: list[Floats] = []
    voices = talker_voices()
    with RenderProcess() as process:
        for index in range(TALKERS):
            choice = voices[index % len(voices)]
            parts: list[Floats] = []
            length = 0
            order = rng.permutation(len(texts))
            for n, text_index in enumerate(order):
                if length >= samples:
                    break
                path = folder / f"talker-{index}-{n}.wav"
                try:
                    process.render(
                        texts[text_index],
                        path,
                        choice.voice,
                        backend=choice.engine,
                        timeout=60,
                        chain="natural",
                    )
                except SpeechError:
                    continue
                part, _ = read(path)
                parts.append(part)
                length += len(part)
            if parts:
                stream = np.concatenate(parts)
                stream = np.roll(np.resize(stream, samples), int(rng.integers(0, samples)))
                streams.append(stream / max(1e-9, float(np.sqrt(np.mean(stream**2)))))
    if not streams:
        raise RuntimeError("no talker could be rendered for the babble")
    mixed = np.sum(streams, axis=0)
    return np.asarray(mixed / np.sqrt(np.mean(mixed**2)), np.float64)


def render_cues(choice: VoiceChoice, texts: list[str], folder: Path) -> dict[str, list[Path]]:
    from retrocoach.speech.engine import RenderProcess

    out: dict[str, list[Path]] = {}
    with RenderProcess(backend=choice.engine) as process:
        for chain in CHAINS:
            out[chain] = [
                process.render(text, folder / f"{chain}-{i}.wav", choice.voice, chain=chain)
                for i, text in enumerate(texts)
            ]
    return out


def levels_of(paths: list[Path]) -> dict[str, Any]:
    from retrocoach.speech.loudness import measure
    from retrocoach.speech.voice_chain import integrated_lufs, true_peak_dbfs

    rms, lufs, crest, peaks = [], [], [], []
    for path in paths:
        peak, loudness = measure(path)
        cue, rate = read(path)
        rms.append(loudness)
        crest.append(peak - loudness)
        lufs.append(integrated_lufs(cue, rate))
        peaks.append(true_peak_dbfs(cue))
    return {
        "rms_dbfs": [round(min(rms), 2), round(statistics.mean(rms), 2), round(max(rms), 2)],
        "lufs": [round(min(lufs), 2), round(max(lufs), 2)],
        "crest_db": [round(min(crest), 2), round(statistics.mean(crest), 2), round(max(crest), 2)],
        "true_peak_dbfs_max": round(max(peaks), 2),
    }


def scores(
    paths: list[Path], noise: Floats, level: float, rng: np.random.Generator
) -> dict[str, float]:
    from pystoi import stoi

    values = []
    gain = 10 ** (level / 20)
    for path in paths:
        cue, rate = read(path)
        start = int(rng.integers(0, len(noise) - len(cue)))
        noisy = cue + gain * noise[start : start + len(cue)]  # mixed in the air: no clipping
        values.append(float(stoi(cue, noisy, rate, extended=True)))
    return {
        "mean": round(statistics.mean(values), 3),
        "p10": round(float(np.percentile(values, 10)), 3),
    }


def table(results: dict[str, Any], levels: tuple[float, ...]) -> str:
    lines = [
        "eSTOI mean (p10)   "
        + "  ".join(f"{n} {lv:g} dBFS".rjust(20) for n in NOISES for lv in levels)
    ]
    for chain in CHAINS:
        cells = [
            f"{results[chain][n][str(lv)]['mean']:.3f} ({results[chain][n][str(lv)]['p10']:.3f})"
            for n in NOISES
            for lv in levels
        ]
        lines.append(f"{chain:<19}" + "  ".join(c.rjust(20) for c in cells))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="4 texts, one level")
    args = parser.parse_args()
    texts = beginner_texts()
    levels: tuple[float, ...] = LEVELS
    if args.smoke:
        texts, levels = texts[:SMOKE_TEXTS], SMOKE_LEVELS
    choice = auto_choice([])
    rng = np.random.default_rng(SEED)
    started = time.perf_counter()
    results: dict[str, Any] = {chain: {} for chain in CHAINS}
    with tempfile.TemporaryDirectory(prefix="retrocoach-noise-") as name:
        folder = Path(name)
        cues = render_cues(choice, texts, folder)
        _, rate = read(cues["loud"][0])
        length = rate * 20
        noises = {
            "pink": pink_noise(length, rng),
            "babble": babble(length, folder, other_texts()[: 4 if args.smoke else 40], rng),
        }
        for chain in CHAINS:
            results[chain]["levels"] = levels_of(cues[chain])
            for noise_name, noise in noises.items():
                results[chain][noise_name] = {
                    str(level): scores(cues[chain], noise, level, np.random.default_rng(SEED))
                    for level in levels
                }
    at = str(TARGET_LEVEL)

    def gap(noise: str) -> float:
        return float(results["loud"][noise][at]["mean"] - results["natural"][noise][at]["mean"])

    targets = {
        "loud_minus_natural_pink_at_-20_ge_0.15": gap("pink") >= 0.15,
        "loud_minus_natural_babble_at_-20_ge_0.15": gap("babble") >= 0.15,
        "loud_babble_at_-20_ge_0.45": results["loud"]["babble"][at]["mean"] >= 0.45,
    }
    print(table(results, levels), file=sys.stderr)
    for chain in CHAINS:
        print(f"{chain}: {json.dumps(results[chain]['levels'])}", file=sys.stderr)
    print(
        json.dumps(
            {
                "voice": choice.spec,
                "texts": len(texts),
                "seconds": round(time.perf_counter() - started, 1),
                "chains": results,
                "targets": targets,
            }
        ),
        flush=True,
    )
    return 0 if args.smoke or all(targets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
