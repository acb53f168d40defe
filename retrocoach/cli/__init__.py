"""The `retrocoach` command: the window by default, plus a few sub-commands.

Bad arguments print one clear line and exit with status 2; nothing here shows a traceback
for a user's mistake. Qt is imported only by the commands that need it, so `plan`,
`workouts` and friends start fast and work without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from retrocoach import __version__
from retrocoach.core.workout import (
    MAX_LEAD_IN_SECONDS,
    MAX_ROUNDS,
    MIN_ROUNDS,
    Plan,
    Workout,
    format_duration,
)
from retrocoach.storage.workouts import WorkoutLibrary

EXIT_USAGE = 2


class UsageError(Exception):
    """A user's mistake on the command line: one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _int_in_range(name: str, low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{name} must be a whole number from {low} to {high}, got '{text}'"
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{name} must be from {low} to {high}, got {value}")
        return value

    parse.__name__ = name  # argparse names the type in its messages
    return parse


def build_parser() -> argparse.ArgumentParser:
    rounds = _int_in_range("rounds", MIN_ROUNDS, MAX_ROUNDS)
    parser = _Parser(
        prog="retrocoach",
        description="A voice-first coaching timer for backward running. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"retrocoach {__version__}")
    parser.add_argument("--workout", metavar="ID", help="workout to select (see 'workouts')")
    parser.add_argument("--rounds", metavar="N", type=rounds, help="rounds (1-50)")
    parser.add_argument("--start", action="store_true", help="start the session at once")
    parser.add_argument("--fullscreen", action="store_true", help="open full screen")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("workouts", help="list the workouts")

    plan = commands.add_parser("plan", help="print a session's phases (and --json)")
    plan.add_argument("--workout", metavar="ID", default="beginner", dest="plan_workout")
    plan.add_argument("--rounds", metavar="N", type=rounds, dest="plan_rounds")
    plan.add_argument(
        "--lead-in",
        metavar="SECONDS",
        type=_int_in_range("lead-in", 0, MAX_LEAD_IN_SECONDS),
        default=10,
        help="the 'Get ready' lead-in (0-60 s, default 10)",
    )
    plan.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "workouts":
            return _list_workouts(_library())
        if args.command == "plan":
            return _print_plan(args)
        return _open_window(args)
    except UsageError as error:
        print(f"retrocoach: {error}", file=sys.stderr)
        return EXIT_USAGE


def _library() -> WorkoutLibrary:
    library = WorkoutLibrary()
    for problem in library.problems:
        print(f"retrocoach: skipped a workout file: {problem}", file=sys.stderr)
    return library


def _workout(library: WorkoutLibrary, workout_id: str) -> Workout:
    try:
        return library.get(workout_id)
    except KeyError as error:
        raise UsageError(error.args[0]) from None


def _list_workouts(library: WorkoutLibrary) -> int:
    rows = [
        (
            w.id,
            w.name,
            f"{w.default_rounds} rounds",
            format_duration(w.total_seconds(w.default_rounds)),
        )
        for w in library.workouts()
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
            + "  "
            + row[3]
        )
    return 0


def _print_plan(args: argparse.Namespace) -> int:
    workout = _workout(_library(), args.plan_workout)
    plan = workout.plan(args.plan_rounds, lead_in_seconds=args.lead_in)
    if args.json:
        print(json.dumps(plan.to_json(), indent=1))
    else:
        print(format_plan_table(plan))
    return 0


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


def _open_window(args: argparse.Namespace) -> int:
    library = _library()
    if args.workout is not None:
        _workout(library, args.workout)  # fail on the command line, before any window
    from retrocoach.ui.app import GuiOptions, run_gui  # Qt only for the window

    return run_gui(
        GuiOptions(
            workout_id=args.workout,
            rounds=args.rounds,
            start=args.start,
            fullscreen=args.fullscreen,
        )
    )
