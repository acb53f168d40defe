"""The workout library: the built-in workouts (read-only) plus the user's own files."""

from __future__ import annotations

from pathlib import Path

from retrocoach.assets_path import builtin_workouts_dir
from retrocoach.core.workout import Workout, WorkoutError, load_workout_text
from retrocoach.storage.paths import not_a_folder
from retrocoach.storage.reading import FileTooLargeError, NotARegularFileError, read_regular

#: A workout file larger than this is refused without being parsed.
MAX_WORKOUT_FILE_BYTES = 256 * 1024


def read_workout_file(path: Path, built_in: bool = False) -> Workout:
    """Load and validate one workout file; every failure is a WorkoutError naming the file.

    Only a regular file is read, and at most 256 KB of it (a FIFO or ``/dev/zero`` in the
    workouts folder is reported, not read: :mod:`retrocoach.storage.reading`).
    """
    try:
        raw = read_regular(path, MAX_WORKOUT_FILE_BYTES)
    except FileTooLargeError:
        limit = MAX_WORKOUT_FILE_BYTES // 1024
        raise WorkoutError(
            str(path), "", f"is larger than {limit} KB, the limit for a workout"
        ) from None
    except NotARegularFileError as error:
        raise WorkoutError(str(path), "", str(error.strerror)) from None
    except OSError as error:
        raise WorkoutError(str(path), "", f"cannot be read ({error.strerror})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise WorkoutError(str(path), "", "is not UTF-8 text") from None
    return load_workout_text(text, str(path), built_in)


class WorkoutLibrary:
    """Built-ins from the assets, then user workouts; a user file never replaces a built-in.

    Files that fail validation are skipped and listed in :attr:`problems`, so one broken file
    never hides the others.
    """

    def __init__(self, user_dir: Path | None = None, builtin_dir: Path | None = None) -> None:
        self.builtin_dir = builtin_dir or builtin_workouts_dir()
        self.user_dir = user_dir
        self.problems: list[str] = []
        self._workouts: dict[str, Workout] = {}
        self.reload()

    def reload(self) -> None:
        self.problems = []
        self._workouts = {}
        for path in sorted(self.builtin_dir.glob("*.json")):
            self._add(path, built_in=True)
        if self.user_dir is None:
            return
        what = not_a_folder(self.user_dir)
        if what is not None:
            self.problems.append(
                f"{self.user_dir} is {what} where your workouts folder should be, so your own "
                "workouts cannot be loaded or saved; move it away (the folder is made again on "
                "the next save)"
            )
        elif self.user_dir.is_dir():
            for path in sorted(self.user_dir.glob("*.json")):
                self._add(path, built_in=False)

    def _add(self, path: Path, built_in: bool) -> None:
        try:
            workout = read_workout_file(path, built_in)
        except WorkoutError as error:
            self.problems.append(str(error))
            return
        existing = self._workouts.get(workout.id)
        if existing is not None:
            kind = "a built-in workout" if existing.built_in else "another file"
            self.problems.append(f"{path}: id: '{workout.id}' is already used by {kind}; skipped")
            return
        self._workouts[workout.id] = workout

    def workouts(self) -> list[Workout]:
        """Built-ins first (in file order), then the user's, each group by name."""
        return sorted(
            self._workouts.values(),
            key=lambda w: (not w.built_in, w.id if w.built_in else w.name.lower()),
        )

    def ids(self) -> list[str]:
        return [w.id for w in self.workouts()]

    def get(self, workout_id: str) -> Workout:
        """The workout with this id; KeyError with the known ids when there is none."""
        try:
            return self._workouts[workout_id]
        except KeyError:
            known = ", ".join(self.ids())
            raise KeyError(f"unknown workout '{workout_id}' (known: {known})") from None
