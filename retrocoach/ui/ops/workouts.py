"""Workout file operations: import, export and save (the editor's), and the names and ids a
new workout gets. The file dialogs and the editor call these and show the result.

The library's type is re-exported for the widgets that show it (they import no storage).
"""

from __future__ import annotations

from pathlib import Path

from retrocoach.core import strict_json
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, text
from retrocoach.core.workout import Workout, WorkoutError
from retrocoach.core.workout_problems import all_problems
from retrocoach.storage.files import StorageError
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.reading import read_regular
from retrocoach.storage.safe_write import write_new_file
from retrocoach.storage.user_workouts import (
    MAX_ID_LENGTH,
    import_workout_file,
    save_new_user_workout,
    save_user_workout,
    unique_id,
    unique_name,
    workout_bytes,
)
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.ops.result import OpResult, failed

__all__ = [
    "MAX_ID_LENGTH",
    "WorkoutLibrary",
    "export_workout",
    "import_problems",
    "import_workout",
    "save_workout",
    "taken_ids",
    "unique_id",
    "unique_name",
]

_CONTEXT = "WorkoutOps"
#: A workout file is a few kB; more is read only to list its problems after a failed import.
MAX_IMPORT_BYTES = 4 * 1024 * 1024


def import_problems(path: Path, first: Exception) -> list[str]:
    """All the problems of a workout file that failed to import (`first` is the one found).

    Only a file that is JSON has more to list; anything else keeps its one message.
    """
    if not isinstance(first, WorkoutError) or not first.field_path:
        return [str(first)]
    try:
        parsed = strict_json.loads(read_regular(path, MAX_IMPORT_BYTES))  # the one guard
    except (OSError, ValueError, RecursionError):
        return [str(first)]
    return [str(problem) for problem in all_problems(parsed, str(path))] or [str(first)]


def import_workout(path: Path, library: WorkoutLibrary) -> OpResult[Workout]:
    """Copy the workout file at `path` into the user's workouts; every problem if not."""
    try:
        workout = import_workout_file(path, library)
    except (WorkoutError, StorageError) as error:
        problems = "\n".join(f"\u2022 {problem}" for problem in import_problems(path, error))
        source = QT_TRANSLATE_NOOP("WorkoutOps", "Not imported:\n{problems}")
        return failed(Problem(text(_CONTEXT, source, problems=problems), detail=str(path)))
    done = QT_TRANSLATE_NOOP("WorkoutOps", "Imported '{name}'.")
    return OpResult(workout, text(_CONTEXT, done, name=workout.name))


def export_workout(workout: Workout, path: Path, paths: DataPaths | None) -> OpResult[Path]:
    """Write `workout` to `path` (the file dialog has asked before replacing a file); a
    device, a link, a folder or the app's own workouts folder is still refused."""
    try:
        write_new_file(path, workout_bytes(workout), overwrite=True, paths=paths)
    except StorageError as error:
        source = QT_TRANSLATE_NOOP("WorkoutOps", "Not exported:\n{error}")
        return failed(Problem(text(_CONTEXT, source, error=str(error)), detail=str(path)))
    done = QT_TRANSLATE_NOOP("WorkoutOps", "Exported '{name}' to {path}.")
    return OpResult(path, text(_CONTEXT, done, name=workout.name, path=str(path)))


def save_workout(
    workout: Workout, library: WorkoutLibrary, *, new: bool = False
) -> OpResult[Workout]:
    """Save a valid workout with the user's workouts; the workout as the library has it.
    `new`: a workout made in the editor (its id may change if another process took it)."""
    try:
        if new:
            return OpResult(save_new_user_workout(workout, library))
        save_user_workout(workout, library)
    except (StorageError, WorkoutError) as error:
        source = QT_TRANSLATE_NOOP("WorkoutOps", "The workout was not saved: {error}")
        return failed(Problem(text(_CONTEXT, source, error=str(error))))
    try:
        return OpResult(library.get(workout.id))
    except KeyError:
        return OpResult(workout)


def taken_ids(library: WorkoutLibrary) -> set[str]:
    """The ids a new workout may not have: the library's and its folder's file names."""
    taken = set(library.ids())
    if library.user_dir is not None and library.user_dir.is_dir():
        taken |= {path.stem.lower() for path in library.user_dir.glob("*.json")}
    return taken
