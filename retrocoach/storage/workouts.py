"""The workout library: the built-in workouts (read-only) plus the user's own files."""

from __future__ import annotations

from pathlib import Path

from retrocoach.assets_path import builtin_workout_names_file, builtin_workouts_dir
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, verbatim
from retrocoach.core.workout import Plan, Workout, WorkoutError, load_workout_text
from retrocoach.core.workout_error import rule
from retrocoach.core.workout_names import WorkoutNames, parse_workout_names
from retrocoach.storage.paths import not_a_folder
from retrocoach.storage.problems import warning
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
        too_large = rule(
            QT_TRANSLATE_NOOP("WorkoutError", "is larger than {limit} KB, the limit for a workout"),
            limit=limit,
        )
        raise WorkoutError(str(path), "", too_large) from None
    except NotARegularFileError as error:
        raise WorkoutError(str(path), "", verbatim(str(error.strerror))) from None
    except OSError as error:
        unreadable = rule(
            QT_TRANSLATE_NOOP("WorkoutError", "cannot be read ({reason})"), reason=error.strerror
        )
        raise WorkoutError(str(path), "", unreadable) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise WorkoutError(
            str(path), "", rule(QT_TRANSLATE_NOOP("WorkoutError", "is not UTF-8 text"))
        ) from None
    return load_workout_text(text, str(path), built_in)


def builtin_workout_names(language: str) -> WorkoutNames:
    """The built-in workouts' names in `language` (English: the files' own names)."""
    if language == "en":
        return WorkoutNames()
    path = builtin_workout_names_file(language)
    return parse_workout_names(path.read_text("utf-8"), str(path))


def in_language(plan: Plan, language: str) -> Plan:
    """`plan` with a built-in workout's names in `language`, whatever language the library
    that made it shows (the voice says the names in its own language, never a mix); a user's
    workout is left as it is."""
    workout = plan.workout
    if not workout.built_in:
        return plan
    try:
        original = read_workout_file(builtin_workouts_dir() / f"{workout.id}.json", True)
    except WorkoutError:
        return plan
    if original.id != workout.id:
        return plan
    named = builtin_workout_names(language).apply(original)
    return named.plan(plan.rounds, plan.lead_in_seconds)


class WorkoutLibrary:
    """Built-ins from the assets, then user workouts; a user file never replaces a built-in.

    Files that fail validation are skipped and listed in :attr:`problems`, so one broken file
    never hides the others.
    """

    def __init__(
        self,
        user_dir: Path | None = None,
        builtin_dir: Path | None = None,
        language: str = "en",
    ) -> None:
        """`language`: the built-ins' names and phase names are shown and said in it."""
        self.builtin_dir = builtin_dir or builtin_workouts_dir()
        self.user_dir = user_dir
        self.names = builtin_workout_names(language)
        self.problems: list[Problem] = []
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
            in_the_way = QT_TRANSLATE_NOOP(
                "storage",
                "{folder} is {what} where your workouts folder should be, so your own "
                "workouts cannot be loaded or saved; move it away (the folder is made again on "
                "the next save)",
            )
            self.problems.append(warning(in_the_way, folder=str(self.user_dir), what=what))
        elif self.user_dir.is_dir():
            for path in sorted(self.user_dir.glob("*.json")):
                self._add(path, built_in=False)

    def _add(self, path: Path, built_in: bool) -> None:
        try:
            workout = read_workout_file(path, built_in)
        except WorkoutError as error:
            self.problems.append(error.problem)
            return
        workout = self.names.apply(workout)
        existing = self._workouts.get(workout.id)
        if existing is not None:
            if existing.built_in:
                taken = QT_TRANSLATE_NOOP(
                    "storage", "{path}: id: '{id}' is already used by a built-in workout; skipped"
                )
            else:
                taken = QT_TRANSLATE_NOOP(
                    "storage", "{path}: id: '{id}' is already used by another file; skipped"
                )
            self.problems.append(warning(taken, path=str(path), id=workout.id))
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
