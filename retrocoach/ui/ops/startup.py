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


def as_problems(messages: Iterable[str]) -> list[Problem]:
    """Storage's messages (settings, history, journal) as warnings."""
    return [as_problem(message) for message in messages]


def skipped_workouts(messages: Iterable[str]) -> list[Problem]:
    """The library's problems: each workout file it skipped."""
    source = QT_TRANSLATE_NOOP("StartupOps", "Skipped a workout file: {problem}")
    return [Problem(text(_CONTEXT, source, problem=message)) for message in messages]


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
        problem = paths.folder_problem(folder)
        if problem is not None:
            problems.append(Problem(text(_CONTEXT, source, problem=problem), detail=str(folder)))
    return problems


def tips(paths: DataPaths) -> tuple[TipLibrary, list[Problem]]:
    """The tip library, and the tips it skipped."""
    library, messages = load_tips(paths)
    source = QT_TRANSLATE_NOOP("StartupOps", "Tip skipped: {problem}")
    return library, [Problem(text(_CONTEXT, source, problem=m)) for m in messages]


def speech_cache(paths: DataPaths) -> tuple[Path, list[Problem]]:
    """The rendered voice's folder, or a temporary one and why."""
    folder, message = writable_or_temporary(paths.speech_cache_dir, "The rendered voice")
    return folder, [] if message is None else [as_problem(message)]
