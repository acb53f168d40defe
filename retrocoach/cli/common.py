"""What every sub-command shares: the usage error, the data folders, the workout library."""

from __future__ import annotations

import argparse
import os
import sys

from retrocoach.core.languages import LANGUAGES, pick_language
from retrocoach.core.text import cut_long_words, printable, quote
from retrocoach.core.workout import Workout
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import Settings, SettingsStore
from retrocoach.storage.workouts import WorkoutLibrary

EXIT_FAILURE = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A user's mistake on the command line: one line on stderr, exit status 2."""


def warn(message: str) -> None:
    """One line on stderr; a huge value in it (a path, an id) is cut, never echoed whole, and
    control characters in it are shown as escapes."""
    print(printable(cut_long_words(f"retrocoach: {message}")), file=sys.stderr)


def paths() -> DataPaths:
    return DataPaths.default()


def settings() -> Settings:
    """The user's settings; problems with the file are reported, defaults used."""
    loaded, problems = SettingsStore(paths()).load(read_only=True)  # commands only look
    for problem in problems:
        warn(problem.english())
    return loaded


def language(asked: str | None, loaded: Settings) -> str:
    """The language of `--lang`, else the settings', else the system's (``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``), else English."""
    system = next(
        (os.environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(name)),
        "",
    )
    return pick_language(asked or loaded.language, system.split(".")[0])[0]


def add_language_option(parser: argparse.ArgumentParser, what: str = "the language spoken") -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=f"{what} (default: your setting, else the system's, else en)",
    )


def library(language_code: str = "en") -> WorkoutLibrary:
    """Built-in and user workouts, the built-ins named in `language_code`; files that fail
    validation are reported and skipped."""
    loaded = WorkoutLibrary(user_dir=paths().workouts_dir, language=language_code)
    for problem in loaded.problems:
        warn(f"skipped a workout file: {problem.english()}")
    return loaded


def workout(workouts: WorkoutLibrary, workout_id: str) -> Workout:
    try:
        return workouts.get(workout_id)
    except KeyError:
        known = ", ".join(workouts.ids())
        raise UsageError(f"unknown workout {quote(workout_id)} (known: {known})") from None


def refused_write(action: str, error: Exception) -> int:
    """One line for a file that was not written ("not exported: ..."), with the --force hint
    when the only problem is an existing file; the exit status (1)."""
    from retrocoach.storage.safe_write import TargetExists

    hint = " Add --force to replace it." if isinstance(error, TargetExists) else ""
    warn(f"{action}: {error}{hint}")
    return EXIT_FAILURE
