"""File > New, Edit, Import and Export workout: the dialogs that ask, around the workout
operations (``ui/ops/workouts.py``) that do; what they found goes to the problem bridge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from retrocoach.core.problem import Severity
from retrocoach.core.workout import Workout
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.ops.workouts import WorkoutLibrary, export_workout, import_workout
from retrocoach.ui.problems import ProblemBridge
from retrocoach.ui.screen.main_window import MainWindow


class WorkoutActions(QObject):
    """The File menu's workout entries for `window` (its library, its chosen workout)."""

    def __init__(
        self, window: MainWindow, library: WorkoutLibrary, paths: DataPaths, problems: ProblemBridge
    ) -> None:
        super().__init__(window)
        self.window, self.library, self.paths, self.problems = window, library, paths, problems

    def _files(self) -> str:
        return self.tr("Workout files (*.json);;All files (*)")

    def _selected(self) -> Workout | None:
        plan = self.window.driver.plan
        return plan.workout if plan is not None else None

    def new_workout(self) -> None:
        self._edit(None)

    def edit_workout(self) -> None:
        self._edit(self._selected())

    def _edit(self, workout: Workout | None) -> None:
        from retrocoach.ui.dialogs.workout_editor import WorkoutEditor  # only when asked for

        editor = WorkoutEditor(self.library, workout, self.window)
        if editor.exec() and editor.saved_workout is not None:
            self.reload_library(editor.saved_workout.id)

    def reload_library(self, select: str) -> None:
        """Read the workouts again, refill the picker and choose `select`."""
        self.library.reload()
        self.window.reload_workouts()
        self.window.select_workout(select)

    def import_workout(self) -> None:
        title = self.tr("Import a workout")
        path, _ = QFileDialog.getOpenFileName(self.window, title, "", self._files())
        if not path:
            return
        result = import_workout(Path(path), self.library)
        if result.value is None:
            self.problems.report(result.problems[0], title=self.tr("Not imported"))
            return
        self.reload_library(result.value.id)
        if result.done is not None:
            self.problems.report(result.done, Severity.INFO)

    def export_workout(self) -> None:
        workout = self._selected()
        if workout is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the workout"), f"{workout.id}.json", self._files()
        )
        if not path:
            return
        result = export_workout(workout, Path(path), self.paths)
        if not result.ok:
            self.problems.report(result.problems[0], title=self.tr("Not exported"))
        elif result.done is not None:
            self.problems.report(result.done, Severity.INFO)
