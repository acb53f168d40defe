"""The `retrocoach` command: the window by default, plus a few sub-commands.

Bad arguments print one clear line and exit with status 2; nothing here shows a traceback
for a user's mistake. Qt is imported only by the commands that need it, so `plan`,
`workouts` and friends start fast and work without a display.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Sequence
from typing import NoReturn

from retrocoach import __version__
from retrocoach.cli import common, data, desktop, speech
from retrocoach.cli.common import EXIT_FAILURE, EXIT_USAGE, UsageError, library, warn, workout
from retrocoach.cli.pipes import quiet_in_pipe
from retrocoach.cli.plan import list_workouts, print_plan
from retrocoach.core.coaching import Density
from retrocoach.core.errors import RetrocoachError
from retrocoach.core.ranges import whole_in, whole_problem
from retrocoach.core.taper import AUTO
from retrocoach.core.text import cut_long_words, shorten
from retrocoach.core.tips import Place
from retrocoach.core.workout import (
    MAX_LEAD_IN_SECONDS,
    MAX_ROUNDS,
    MIN_ROUNDS,
    check_session_length,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        message = shorten(cut_long_words(message, limit=80), 400)  # argparse echoes arguments
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _int_in_range(name: str, low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value: object = int(text)
        except ValueError:
            value = text
        checked = whole_in(value, low, high)
        if checked is None:
            raise argparse.ArgumentTypeError(f"{name} {whole_problem(low, high, value)}")
        return checked

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
    parser.add_argument(
        "--lang",
        metavar="XX",
        default="",
        dest="window_language",
        help="the window's language: en, de, es or fr (default: your setting, else the system's)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    listed = commands.add_parser("workouts", help="list the workouts")
    common.add_language_option(listed, "the language of the built-in workouts' names")
    listed.set_defaults(handler=list_workouts)

    plan = commands.add_parser("plan", help="print a session's phases (and --json)")
    plan.add_argument("--workout", metavar="ID", default="beginner", dest="plan_workout")
    plan.add_argument("--rounds", metavar="N", type=rounds, dest="plan_rounds")
    plan.add_argument(
        "--lead-in",
        metavar="SECONDS",
        type=_int_in_range("lead-in", 0, MAX_LEAD_IN_SECONDS),
        help="the 'Get ready' lead-in (0-60 s, default: your setting, 10)",
    )
    plan.add_argument("--json", action="store_true", help="machine-readable output")
    plan.add_argument(
        "--density",
        choices=[AUTO, *(d.value for d in Density)],
        help="how much the coach talks; auto fades with your sessions (default: your setting)",
    )
    plan.add_argument(
        "--place",
        choices=[p.value for p in Place],
        help="where you run: treadmill tips only on a treadmill (default: your setting, track)",
    )
    common.add_language_option(plan)
    plan.set_defaults(handler=print_plan)

    imported = commands.add_parser("import", help="add a workout from a .json file")
    imported.add_argument("file")
    imported.set_defaults(handler=data.import_workout)
    exported = commands.add_parser("export", help="save a workout as a .json file")
    exported.add_argument("workout_id", metavar="ID")
    exported.add_argument("file", help="the file to write, or - for standard output")
    exported.add_argument("--force", action="store_true", help="replace an existing file")
    exported.set_defaults(handler=data.export)
    history = commands.add_parser("history", help="list your sessions")
    history.add_argument("--csv", action="store_true", help="as CSV")
    history.set_defaults(handler=data.history)
    speech.add_commands(commands)
    desktop.add_commands(commands)
    return parser


#: Qt Multimedia says on every start that it looks for PipeWire and which FFmpeg it uses.
QUIET_QT_LOGS = "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false"


@quiet_in_pipe
def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("QT_LOGGING_RULES", QUIET_QT_LOGS)
    args = build_parser().parse_args(argv)
    try:
        handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _open_window)
        return handler(args)
    except UsageError as error:
        warn(str(error))
        return EXIT_USAGE
    except RetrocoachError as error:  # the one catch: a sentence and a fix, no traceback
        warn(error.user_message())
        return EXIT_FAILURE


def _open_window(args: argparse.Namespace) -> int:
    if args.workout is not None:
        chosen = workout(library(), args.workout)  # fail on the command line, before any window
        if args.rounds is not None:
            check_session_length(chosen, args.rounds)
    from retrocoach.ui.app import GuiOptions, run_gui  # Qt only for the window

    return run_gui(
        GuiOptions(
            workout_id=args.workout,
            rounds=args.rounds,
            start=args.start,
            fullscreen=args.fullscreen,
            language=args.window_language,
        )
    )
