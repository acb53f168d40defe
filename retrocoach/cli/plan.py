"""`retrocoach workouts` and `retrocoach plan`: what a session holds, without a window."""

from __future__ import annotations

import argparse
import json

from retrocoach.cli import common
from retrocoach.core.coaching import CoachingSettings, Density, build_cues
from retrocoach.core.cues import Durations, cues_to_json
from retrocoach.core.tips import Place, TipLibrary
from retrocoach.core.workout import Plan, format_duration
from retrocoach.speech.durations import MeasuredDurations
from retrocoach.speech.engines.choice import cache_for, resolve
from retrocoach.storage.tips_files import load_tips


def list_workouts(_args: argparse.Namespace) -> int:
    rows = [
        (
            w.id,
            w.name,
            f"{w.default_rounds} round{'s' if w.default_rounds != 1 else ''}",
            format_duration(w.total_seconds(w.default_rounds)),
            "" if w.built_in else "(yours)",
        )
        for w in common.library().workouts()
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[4]]).rstrip())
    return 0


def print_plan(args: argparse.Namespace) -> int:
    settings = common.settings()
    workout = common.workout(common.library(), args.plan_workout)
    lead_in = settings.lead_in_seconds if args.lead_in is None else args.lead_in
    plan = workout.plan(args.plan_rounds, lead_in_seconds=lead_in)
    density = Density(args.density or settings.density)
    place = Place(args.place or settings.place)
    paths = common.paths()
    tips, problems = load_tips(paths)
    for problem in problems:
        common.warn(f"tips: {problem}")
    coaching = CoachingSettings(density=density, words_per_minute=settings.rate, place=place)
    # the lengths of cues the app has rendered with this voice, where there are any
    voice = resolve(settings.voice, [paths.voices_dir]).choice
    cache = cache_for(paths.speech_cache_dir, voice, settings.rate, settings.voice_chain)
    if args.json:
        document = plan_document(plan, tips, coaching, MeasuredDurations(cache.lookup))
        print(json.dumps(document, indent=1))
    else:
        print(format_plan_table(plan))
    return 0


def plan_document(
    plan: Plan, tips: TipLibrary, coaching: CoachingSettings, durations: Durations | None = None
) -> dict[str, object]:
    """What `plan --json` prints: the plan, the density and place, and every cue."""
    cues = build_cues(plan, tips, coaching, durations)
    return {
        **plan.to_json(),
        "density": coaching.density.value,
        "place": coaching.place.value,
        "cues": cues_to_json(cues),
    }


def format_plan_table(plan: Plan) -> str:
    """The session as a readable table: start, length, round, direction/pace, name."""
    lines = [
        f"{plan.workout.name}: {plan.rounds} rounds, {format_duration(plan.total_seconds)} "
        f"({format_duration(plan.backward_seconds)} backwards), "
        f"after a {plan.lead_in_seconds} s lead-in",
        f"{'start':>8}  {'length':>7}  {'round':>5}  {'':<14}  phase",
    ]
    for p in plan.phases:
        round_text = f"{p.round}/{plan.rounds}" if p.round is not None else "-"
        kind = f"{p.phase.direction.value} {p.phase.pace.value}"
        lines.append(
            f"{format_duration(p.start):>8}  {format_duration(p.seconds):>7}  "
            f"{round_text:>5}  {kind:<14}  {p.name}"
        )
    return "\n".join(lines)
