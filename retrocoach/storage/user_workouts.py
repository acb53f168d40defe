"""The user's own workouts: save, delete, import and export ``.json`` files.

User workouts live in ``DataPaths.workouts_dir`` (``WorkoutLibrary.user_dir``), one
``{id}.json`` each, written atomically. Built-ins are read-only: saving or deleting one is
refused (the editor duplicates a built-in under a new id instead).

Every check-then-write (import, save) holds the folder's lock (:mod:`.folder_lock`): two
processes importing the same workout at once make one file, not two, and never lose one.

Import policy (nothing is imported half-way: the file is fully validated first, then written
in one atomic step, or nothing is written):

- over 256 KB, not UTF-8, not JSON, an unknown version or any invalid field: refused with a
  :class:`WorkoutError` naming the file and the field;
- the same workout (equal content) already in the user's library: nothing is written and the
  existing workout is returned, so importing a file twice does not make copies;
- an id already used (by a built-in, or by a different user workout): the import gets a new
  unique id (``intervals`` -> ``intervals-2``, ``intervals-2`` -> ``intervals-3``) and, if
  the name is taken too, a name like ``Intervals (2)``. Nothing is ever overwritten: a shared
  file called like one of yours is added next to it, and the user can delete either.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.core.workout import (
    MAX_NAME_LENGTH,
    Workout,
    WorkoutError,
    parse_workout,
)
from retrocoach.core.workout_error import rule
from retrocoach.storage.files import StorageError, atomic_write_bytes, set_aside, storage_error
from retrocoach.storage.folder_lock import folder_lock
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.workouts import MAX_WORKOUT_FILE_BYTES, WorkoutLibrary, read_workout_file

MAX_ID_LENGTH = 40


def open_library(paths: DataPaths) -> WorkoutLibrary:
    """The library of built-ins plus the user's workouts folder."""
    return WorkoutLibrary(user_dir=paths.workouts_dir)


def workout_bytes(workout: Workout) -> bytes:
    """The file form of `workout` (UTF-8 JSON, 2-space indent, final newline)."""
    return (json.dumps(workout.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _normalised(workout: Workout, source: str) -> tuple[Workout, bytes]:
    """Validate through the file parser (names are trimmed...) and serialise the result.

    What is written is exactly what loads back, and never more than the import limit.
    """
    checked = parse_workout(workout.to_json(), source)
    data = workout_bytes(checked)
    if len(data) > MAX_WORKOUT_FILE_BYTES:
        too_large = rule(
            QT_TRANSLATE_NOOP("WorkoutError", "would be larger than {limit} KB; shorten it"),
            limit=MAX_WORKOUT_FILE_BYTES // 1024,
        )
        raise WorkoutError(source, "", too_large)
    return checked, data


def _user_dir(library: WorkoutLibrary) -> Path:
    if library.user_dir is None:
        raise ValueError("this WorkoutLibrary has no user folder (use open_library(paths))")
    return library.user_dir


def _find(library: WorkoutLibrary, workout_id: str) -> Workout | None:
    try:
        return library.get(workout_id)
    except KeyError:
        return None


def _user_files(folder: Path) -> list[Path]:
    try:
        return sorted(folder.glob("*.json"))
    except OSError:
        return []


def _files_with_id(folder: Path, workout_id: str) -> list[Path]:
    """User files whose content has this id (usually just ``{id}.json``)."""
    found = []
    for path in _user_files(folder):
        try:
            if read_workout_file(path).id == workout_id:
                found.append(path)
        except (WorkoutError, ValueError, RecursionError):
            continue
    return found


def _taken_stems(folder: Path) -> set[str]:
    """File names in use (lower-cased: Windows and macOS folders ignore case)."""
    return {path.stem.lower() for path in _user_files(folder)}


def unique_id(base: str, taken: Iterable[str]) -> str:
    """`base`, or `base-2`, `base-3`... (at most 40 characters) not in `taken`.

    A numbered base is not renumbered (`run-2` -> `run-2-2`): predictable beats pretty.
    """
    used = set(taken)
    if base not in used:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: MAX_ID_LENGTH - len(suffix)] + suffix
        if candidate not in used:
            return candidate
        number += 1


def unique_name(name: str, taken: Iterable[str]) -> str:
    """`name`, or `name (2)`, `name (3)`... (at most 60 characters), compared ignoring case."""
    used = {item.casefold() for item in taken}
    if name.casefold() not in used:
        return name
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = name[: MAX_NAME_LENGTH - len(suffix)].rstrip() + suffix
        if candidate.casefold() not in used:
            return candidate
        number += 1


def save_user_workout(workout: Workout, library: WorkoutLibrary) -> Path:
    """Save (create or replace) a user workout; return its file. The library is reloaded.

    Refused with WorkoutError for a built-in id or an invalid workout; StorageError if the
    disk refuses. A damaged file in the way (``{id}.json`` that does not load) is moved aside,
    and a valid file of a different workout in the way is left alone (another name is used).
    """
    folder = _user_dir(library)
    with folder_lock(folder):  # the command line may be importing into the same folder
        return _save_locked(workout, library, folder)


def _save_locked(workout: Workout, library: WorkoutLibrary, folder: Path) -> Path:
    library.reload()
    existing = _find(library, workout.id)
    if existing is not None and existing.built_in:
        raise WorkoutError(
            "",
            "id",
            rule(
                QT_TRANSLATE_NOOP(
                    "WorkoutError",
                    "'{id}' is a built-in workout and cannot be changed; "
                    "duplicate it and save it under a new id",
                ),
                id=workout.id,
            ),
        )
    workout, data = _normalised(workout, "")
    owners = _files_with_id(folder, workout.id)
    target = owners[0] if owners else _free_file_for(folder, workout.id)
    atomic_write_bytes(target, data)
    for duplicate in owners[1:]:  # old copies under other names would shadow or clash
        _remove(duplicate)
    library.reload()
    return target


def save_new_user_workout(workout: Workout, library: WorkoutLibrary) -> Workout:
    """Save a workout made in the editor as a new one; the workout as saved. Its id is
    checked under the folder's lock: when another process took it since the editor chose it
    (a command-line import), the next free one is used, so neither is written over."""
    folder = _user_dir(library)
    with folder_lock(folder):
        library.reload()
        taken = set(library.ids()) | _taken_stems(folder)
        if workout.id in taken:
            workout = replace(workout, id=unique_id(workout.id, taken))
        _save_locked(workout, library, folder)
    return _find(library, workout.id) or workout


def _free_file_for(folder: Path, workout_id: str) -> Path:
    """``{id}.json`` unless a different, valid workout lives there; a damaged one is moved aside."""
    path = folder / f"{workout_id}.json"
    if not path.exists():
        return path
    try:
        read_workout_file(path)
    except (WorkoutError, ValueError, RecursionError):
        set_aside(path)  # StorageError if it cannot be: then nothing is written
        return path
    return folder / f"{unique_id(workout_id, _taken_stems(folder))}.json"


def _remove(path: Path) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
    except OSError as error:
        raise storage_error(error, path, "delete") from error


def read_import_file(path: Path) -> Workout:
    """Validate a file to import; every problem is a WorkoutError naming the file and field."""
    source = str(path)
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        unreadable = rule(
            QT_TRANSLATE_NOOP("WorkoutError", "cannot be read ({reason})"), reason=error.strerror
        )
        raise WorkoutError(source, "", unreadable) from None
    if not stat.S_ISREG(mode):
        raise WorkoutError(source, "", rule(QT_TRANSLATE_NOOP("WorkoutError", "is not a file")))
    try:
        return replace(read_workout_file(path), built_in=False)
    except WorkoutError:
        raise
    except RecursionError:
        too_deep = rule(QT_TRANSLATE_NOOP("WorkoutError", "is nested too deeply to be a workout"))
        raise WorkoutError(source, "", too_deep) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        not_json = rule(
            QT_TRANSLATE_NOOP("WorkoutError", "is not valid JSON ({reason})"), reason=str(error)
        )
        raise WorkoutError(source, "", not_json) from None


def import_workout_file(path: Path, library: WorkoutLibrary) -> Workout:
    """Validate `path` and add it to the user's workouts; return the workout as saved.

    See the module docstring for the id policy. WorkoutError for an invalid file,
    StorageError if the workouts folder cannot be written; in both cases nothing is written.
    """
    folder = _user_dir(library)
    workout = read_import_file(path)
    with folder_lock(folder):  # parallel imports, the editor: one check-then-write at a time
        return _import_locked(workout, path, library, folder)


def _import_locked(workout: Workout, path: Path, library: WorkoutLibrary, folder: Path) -> Workout:
    library.reload()
    existing = _find(library, workout.id)
    if existing is not None and not existing.built_in and existing == workout:
        return existing
    if existing is not None:
        taken_ids = set(library.ids()) | _taken_stems(folder)
        new_id = unique_id(workout.id, taken_ids)
        new_name = unique_name(workout.name, (w.name for w in library.workouts()))
        workout = replace(workout, id=new_id, name=new_name)
    workout, data = _normalised(workout, str(path))
    target = folder / f"{workout.id}.json"
    if target.exists():  # a damaged or differently-named file: never write over it
        target = folder / f"{unique_id(workout.id, _taken_stems(folder))}.json"
    atomic_write_bytes(target, data)
    library.reload()
    return _find(library, workout.id) or workout


__all__ = [
    "StorageError",
    "WorkoutError",
    "import_workout_file",
    "open_library",
    "read_import_file",
    "save_new_user_workout",
    "save_user_workout",
    "unique_id",
    "unique_name",
    "workout_bytes",
]
