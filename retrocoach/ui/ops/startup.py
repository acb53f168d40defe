"""The start-up checks: what the app found while starting (bad files, folders it cannot
write, tips it skipped, a journal it recovered), as problems the problems panel lists
together after the first paint."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, text
from retrocoach.core.tips import TipLibrary
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.scratch import writable_or_temporary
from retrocoach.storage.tips_files import load_tips
from retrocoach.ui.ops.result import as_problem

_CONTEXT = "StartupOps"


def as_problems(messages: Iterable[str | Problem]) -> list[Problem]:
    """Storage's problems (settings, history, journal) as warnings."""
    return [as_problem(message) for message in messages]


def skipped_workouts(problems: Iterable[Problem]) -> list[Problem]:
    """The library's problems: each workout file it skipped."""
    source = QT_TRANSLATE_NOOP("StartupOps", "Skipped a workout file: {problem}")
    return [_about(source, problem) for problem in problems]


def _about(source: str, problem: Problem) -> Problem:
    """`problem` said inside `source` (its ``{problem}``), translated with it."""
    return Problem(
        text(_CONTEXT, source, problem=problem.what),
        problem.severity,
        problem.why,
        problem.fix,
        problem.detail,
    )


def unwritable_folders(paths: DataPaths) -> list[Problem]:
    """Say at the start, not at the end of a session, that it cannot be saved."""
    consequences = (
        (
            paths.data_dir,
            QT_TRANSLATE_NOOP(
                "StartupOps",
                "{problem}. Sessions cannot be saved to your history (they are kept while the "
                "app is open) and workouts cannot be imported or edited.",
            ),
        ),
        (paths.config_dir, QT_TRANSLATE_NOOP("StartupOps", "{problem}. Settings cannot be saved.")),
    )
    problems = []
    for folder, source in consequences:
        for problem in paths.folder_problems(folder):
            problems.append(
                Problem(text(_CONTEXT, source, problem=problem.what), detail=str(folder))
            )
    return problems


def tips(paths: DataPaths, language: str = "en") -> tuple[TipLibrary, list[Problem]]:
    """The tip library in `language`, and the tips it skipped."""
    library, skipped = load_tips(paths, language)
    source = QT_TRANSLATE_NOOP("StartupOps", "Tip skipped: {problem}")
    return library, [_about(source, problem) for problem in skipped]


def speech_cache(paths: DataPaths) -> tuple[Path, list[Problem]]:
    """The rendered voice's folder, or a temporary one and why."""
    what = text(_CONTEXT, QT_TRANSLATE_NOOP("StartupOps", "The rendered voice"))
    return writable_or_temporary(paths.speech_cache_dir, what)
