"""`retrocoach workouts` and `retrocoach plan`: what a session holds, without a window."""

from __future__ import annotations

import argparse
import json

from retrocoach.cli import common
from retrocoach.core.briefing import briefing_cues
from retrocoach.core.coaching import CoachingSettings, build_cues
from retrocoach.core.cues import Durations, cues_to_json
from retrocoach.core.taper import Taper, coaching_for
from retrocoach.core.text import count_of
from retrocoach.core.tips import TipLibrary
from retrocoach.core.workout import Plan, format_duration
from retrocoach.speech.durations import MeasuredDurations
from retrocoach.speech.engines.choice import cache_for, resolve
from retrocoach.storage.briefing import briefing_due
from retrocoach.storage.history import HistoryStore
from retrocoach.storage.tips_files import load_tips


def list_workouts(args: argparse.Namespace) -> int:
    """The built-in workouts named in the language (as `plan` speaks); the user's own keep
    the names they were given."""
    language = common.language(args.lang, common.settings())
    rows = [
        (
            w.id,
            w.name,
            count_of(w.default_rounds, "round"),
            format_duration(w.total_seconds(w.default_rounds)),
            "" if w.built_in else "(yours)",
        )
        for w in common.library(language).workouts()
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[4]]).rstrip())
    return 0


def print_plan(args: argparse.Namespace) -> int:
    settings = common.settings()
    language = common.language(args.lang, settings)
    workout = common.workout(common.library(language), args.plan_workout)
    lead_in = settings.lead_in_seconds if args.lead_in is None else args.lead_in
    plan = workout.plan(args.plan_rounds, lead_in_seconds=lead_in)
    paths = common.paths()
    tips, problems = load_tips(paths, language)
    for problem in problems:
        common.warn(f"tips: {problem}")
    records, _history_problems = HistoryStore(paths).load()  # `history` reports them
    coaching, taper = coaching_for(
        args.density or settings.density,
        records,
        words_per_minute=settings.rate,
        place=args.place or settings.place,
        language=language,
    )
    # the lengths of cues the app has rendered with this voice, where there are any
    voice = resolve(settings.voice, [paths.voices_dir], language=language).choice
    cache = cache_for(
        paths.speech_cache_dir, voice, settings.rate, language, chain=settings.voice_chain
    )
    if args.json:
        durations = MeasuredDurations(cache.lookup)
        briefing = briefing_due(paths)
        document = plan_document(plan, tips, coaching, durations, taper=taper, briefing=briefing)
        print(json.dumps(document, indent=1))
    else:
        print(format_plan_table(plan))
    return 0


def plan_document(
    plan: Plan,
    tips: TipLibrary,
    coaching: CoachingSettings,
    durations: Durations | None = None,
    *,
    taper: Taper | None = None,
    briefing: bool = False,
) -> dict[str, object]:
    """What `plan --json` prints: the plan, the language, the density used (with the Auto
    setting, why), the place, and every cue; with `briefing` (due on a fresh data folder), the
    briefing's cues first, before the lead-in."""
    cues = build_cues(plan, tips, coaching, durations)
    if briefing:
        said_first = briefing_cues(
            plan.lead_in_seconds, coaching.words_per_minute, coaching.language
        )
        cues = [*said_first, *cues]
    return {
        **plan.to_json(),
        "language": coaching.language,
        "density": coaching.density.value,
        "density_setting": "auto" if taper is not None else coaching.density.value,
        "density_why": taper.reason if taper is not None else "the density setting",
        "technique_tips_per_session": coaching.technique_tips_per_session,
        "place": coaching.place.value,
        "briefing": briefing,
        "cues": cues_to_json(cues),
    }


def format_plan_table(plan: Plan) -> str:
    """The session as a readable table: start, length, round, direction/pace, name."""
    lines = [
        f"{plan.workout.name}: {count_of(plan.rounds, 'round')}, "
        f"{format_duration(plan.total_seconds)} "
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
