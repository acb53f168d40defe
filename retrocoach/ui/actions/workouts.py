"""File > New, Edit, Import and Export workout: the dialogs that ask, around the workout
operations (``ui/ops/workouts.py``) that do; what they found goes to the problem bridge.

The workouts folder is watched (``QFileSystemWatcher``): a workout imported by the command
line, or a file dropped in or edited by hand, shows in the picker without a restart (refilled
once the folder is quiet, and not while a session is under way)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QFileDialog

from retrocoach.core.commands import AT_REST
from retrocoach.core.problem import Severity
from retrocoach.core.workout import Workout
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.ops.workouts import WorkoutLibrary, export_workout, import_workout
from retrocoach.ui.problems import ProblemBridge
from retrocoach.ui.screen.main_window import MainWindow

#: How long the workouts folder must stay unchanged before the picker is refilled.
QUIET_MSEC = 300


class WorkoutActions(QObject):
    """The File menu's workout entries for `window` (its library, its chosen workout)."""

    def __init__(
        self, window: MainWindow, library: WorkoutLibrary, paths: DataPaths, problems: ProblemBridge
    ) -> None:
        super().__init__(window)
        self.window, self.library, self.paths, self.problems = window, library, paths, problems
        self._watcher = QFileSystemWatcher(self)
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MSEC)
        self._quiet.timeout.connect(self._refill)
        self._watcher.directoryChanged.connect(lambda _folder: self._quiet.start())
        self._watcher.fileChanged.connect(lambda _file: self._quiet.start())
        window.driver.state_changed.connect(lambda _state: self._refill_if_waiting())
        self._waiting = False
        self._seen = self._listing()
        self._watch()

    def _watch(self) -> None:
        """Watch the workouts folder and its workout files (or, until it exists, the data
        folder it will be in). The files too: a folder's watch sees files come, go and be
        replaced, not a file written in place (an editor that saves so, ``cat >``)."""
        folder = self.paths.workouts_dir
        if folder.is_dir():
            wanted = {str(folder), *(str(path) for path in folder.glob("*.json"))}
        else:
            wanted = {str(folder.parent)} if folder.parent.is_dir() else set()
        watched = {*self._watcher.directories(), *self._watcher.files()}
        if watched - wanted:
            self._watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(sorted(wanted - watched))

    def _listing(self) -> frozenset[tuple[str, int, int]]:
        """The workout files as (name, size, mtime): what a refill is about. Until the workouts
        folder exists the data folder is watched, where the session journal changes every few
        seconds; that is no reason to read the workouts again."""
        try:
            entries = list(os.scandir(self.paths.workouts_dir))
        except OSError:
            return frozenset()
        found = set()
        for entry in entries:
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                found.add((entry.name, info.st_size, info.st_mtime_ns))
        return frozenset(found)

    def _refill(self) -> None:
        """The folder changed: read the workouts again (after the session, if one runs)."""
        self._watch()
        listing = self._listing()
        if listing == self._seen and not self._waiting:
            return
        self._seen = listing
        if self.window.driver.state not in AT_REST:
            self._waiting = True
            return
        self._waiting = False
        self.library.reload()
        self.window.reload_workouts()

    def _refill_if_waiting(self) -> None:
        if self._waiting and self.window.driver.state in AT_REST:
            self._refill()

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
