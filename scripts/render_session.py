"""Render a whole session's cue track to one WAV, to listen to its pacing.

    .venv/bin/python scripts/render_session.py [--workout beginner] [--rounds 4]
        [--density normal] [--voice SPEC] [--rate 175] [--lang de] [--no-beeps]
        [--out session.wav]
    sox --i session.wav; sox session.wav -n stat

Time 0 of the file is the start of the lead-in. Each cue is rendered by the real engine
(through the same cache as the app) and placed at its time with the player's rules: a cue of
higher priority cuts the one sounding, one that would wait at most ``HOLD_MAX`` follows it,
an equal one cuts it, a lower one is dropped. A beep marks each phase boundary. The table
printed at the end lists every cue with its start, length and what happened to it.
"""

from __future__ import annotations

import argparse
import array
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

from retrocoach.assets_path import assets_dir
from retrocoach.core.coaching import CoachingSettings, Cue, Density, build_cues
from retrocoach.core.languages import LANGUAGES
from retrocoach.core.workout import Plan
from retrocoach.speech.cache import DEFAULT_RATE
from retrocoach.speech.durations import MeasuredDurations
from retrocoach.speech.engine import RenderProcess
from retrocoach.speech.engines.choice import cache_for, resolve
from retrocoach.speech.player import BEEP_LEAD, HOLD_MAX
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.tips_files import load_tips
from retrocoach.storage.workouts import WorkoutLibrary

RATE = 22050  # espeak-ng's output rate; the beep is resampled to it


@dataclass
class Placed:
    cue: Cue
    start: float  # seconds from the start of the lead-in
    samples: array.array[int]
    note: str = ""

    @property
    def end(self) -> float:
        return self.start + len(self.samples) / RATE


def read_mono(path: Path) -> array.array[int]:
    """16-bit samples of a WAV, mono, at RATE (naive resampling for other rates)."""
    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
        channels, rate = wav.getnchannels(), wav.getframerate()
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    if channels > 1:
        samples = array.array("h", samples[::channels])
    if rate != RATE:
        step = rate / RATE
        samples = array.array(
            "h", (samples[int(i * step)] for i in range(int(len(samples) / step)))
        )
    return samples


def place(plan: Plan, cues: list[Cue], sounds: dict[str, array.array[int]]) -> list[Placed]:
    """Apply the player's priority rules offline."""
    lead_in = plan.lead_in_seconds
    placed: list[Placed] = []
    current: Placed | None = None
    for cue in sorted(cues, key=lambda c: c.at):
        item = Placed(cue, cue.at + lead_in, sounds[cue.text])
        if current is not None and current.end > item.start:
            remaining = current.end - item.start
            if cue.priority > current.cue.priority:
                keep = round((item.start - current.start) * RATE)
                current.samples = current.samples[:keep]
                current.note = f"cut by {cue.kind.value}"
            elif remaining <= HOLD_MAX:
                item.start = current.end
                item.note = f"held {remaining * 1000:.0f} ms"
            elif cue.priority == current.cue.priority:
                keep = round((item.start - current.start) * RATE)
                current.samples = current.samples[:keep]
                current.note = f"cut by {cue.kind.value}"
            else:
                item.note = f"DROPPED ({current.cue.kind.value} playing)"
                placed.append(item)
                continue
        placed.append(item)
        current = item
    return placed


def mix(plan: Plan, placed: list[Placed], beep: array.array[int] | None) -> array.array[int]:
    last_sound = max((item.start + len(item.samples) / RATE for item in placed), default=0.0)
    total = max(plan.total_seconds + plan.lead_in_seconds, last_sound) + 1.0  # the finish cues
    track = array.array("i", bytes(4 * round(total * RATE)))

    def add(start: float, samples: array.array[int]) -> None:
        offset = round(start * RATE)
        for i, value in enumerate(samples[: len(track) - offset]):
            track[offset + i] += value

    if beep is not None:
        for boundary in [p.start for p in plan.phases] + [plan.total_seconds]:
            add(boundary + plan.lead_in_seconds - BEEP_LEAD, beep)
    for item in placed:
        if not item.note.startswith("DROPPED"):
            add(item.start, item.samples)
    return array.array("h", (max(-32768, min(32767, v)) for v in track))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workout", default="beginner")
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--density", default="normal", choices=[d.value for d in Density])
    parser.add_argument("--voice", default=None, help="engine:id (`retrocoach voices`); Auto")
    parser.add_argument("--rate", type=int, default=DEFAULT_RATE)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lang", default="en", choices=LANGUAGES, help="the session's language")
    parser.add_argument("--no-beeps", action="store_true")
    parser.add_argument("--cache", type=Path, default=None, help="default: the app's cache")
    parser.add_argument("--out", type=Path, default=Path("session.wav"))
    args = parser.parse_args(argv)

    workout = WorkoutLibrary(language=args.lang).get(args.workout)
    plan = workout.plan(args.rounds)
    tips, problems = load_tips(None, args.lang)
    for problem in problems:
        print(f"tips: {problem}", file=sys.stderr)
    settings = CoachingSettings(Density(args.density), args.rate, args.seed, language=args.lang)
    cues = build_cues(plan, tips, settings)
    folder = args.cache or DataPaths.default().speech_cache_dir
    resolved = resolve(args.voice, [DataPaths.default().voices_dir], language=args.lang)
    if resolved.problem:
        print(f"voice: {resolved.problem}", file=sys.stderr)
    print(f"voice: {resolved.choice.describe()}", file=sys.stderr)
    cache = cache_for(folder, resolved.choice, args.rate, args.lang)
    sounds: dict[str, array.array[int]] = {}
    with RenderProcess(backend=cache.backend) as process:
        # as the app does before a start: render, place again with the measured lengths
        # (a shorter form may be chosen, which is rendered in turn), at most 3 times
        for _ in range(3):
            for text in dict.fromkeys(cue.text for cue in cues):
                if text not in sounds:
                    path = cache.lookup(text) or process.render(
                        text, cache.path_for(text), cache.voice, cache.rate
                    )
                    sounds[text] = read_mono(path)
            placed_again = build_cues(plan, tips, settings, MeasuredDurations(cache.lookup))
            settled = all(cue.measured for cue in placed_again) and placed_again == cues
            cues = placed_again
            if settled:
                break
        for text in dict.fromkeys(cue.text for cue in cues):
            if text not in sounds:
                path = cache.lookup(text) or process.render(
                    text, cache.path_for(text), cache.voice, cache.rate
                )
                sounds[text] = read_mono(path)
    placed = place(plan, cues, sounds)
    beep = None if args.no_beeps else read_mono(assets_dir() / "sounds" / "beep.wav")
    track = mix(plan, placed, beep)
    if sys.byteorder == "big":
        track.byteswap()
    temp = args.out.with_name(f".{args.out.name}.tmp")
    with wave.open(str(temp), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(track.tobytes())
    temp.replace(args.out)

    lead = plan.lead_in_seconds
    for item in placed:
        minutes, seconds = divmod(item.start, 60)
        length = len(item.samples) / RATE
        print(
            f"{int(minutes):2d}:{seconds:05.2f} (t={item.start - lead:7.2f})  {length:4.2f} s  "
            f"{item.cue.kind.value:9s} {item.cue.text}" + (f"   [{item.note}]" if item.note else "")
        )
    spoken = sum(len(i.samples) for i in placed if not i.note.startswith("DROPPED")) / RATE
    notes = [i.note.split(" ")[0] for i in placed if i.note]
    print(
        f"\n{args.out}: {len(track) / RATE:.1f} s, {len(cues)} cues "
        f"({len(sounds)} distinct texts), {spoken:.0f} s of speech; "
        f"held {notes.count('held')}, cut {notes.count('cut')}, dropped {notes.count('DROPPED')}"
    )
    print(f"check: sox --i {args.out}; sox {args.out} -n stat")
    return 0


if __name__ == "__main__":
    sys.exit(main())
