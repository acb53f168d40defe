"""Workout file operations (retrocoach/ui/ops/workouts.py): results and problems, no widgets."""

from __future__ import annotations

import json
from pathlib import Path

from retrocoach.storage.paths import DataPaths
from retrocoach.ui.i18n import render, render_problem
from retrocoach.ui.ops.workouts import (
    WorkoutLibrary,
    export_workout,
    import_workout,
    save_workout,
    taken_ids,
)

HILLS = {
    "version": 1, "id": "hills", "name": "Hills", "default_rounds": 2,
    "round": [{"name": "Jog", "direction": "backward", "pace": "jog", "seconds": 30}],
}  # fmt: skip


def library(paths: DataPaths) -> WorkoutLibrary:
    return WorkoutLibrary(user_dir=paths.workouts_dir)


def test_import_then_export(paths: DataPaths, tmp_path: Path) -> None:
    source = tmp_path / "hills.json"
    source.write_text(json.dumps(HILLS), "utf-8")
    lib = library(paths)
    result = import_workout(source, lib)
    assert result.ok and result.value is not None and result.value.name == "Hills"
    assert result.done is not None and render(result.done) == "Imported 'Hills'."
    lib.reload()
    assert "hills" in taken_ids(lib)
    target = tmp_path / "out.json"
    exported = export_workout(lib.get("hills"), target, paths)
    assert exported.value == target and json.loads(target.read_text())["id"] == "hills"
    assert exported.done is not None and render(exported.done) == f"Exported 'Hills' to {target}."


def test_a_failed_import_lists_its_problems(paths: DataPaths, tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    source.write_text(json.dumps({**HILLS, "name": "", "default_rounds": 0}), "utf-8")
    result = import_workout(source, library(paths))
    assert result.value is None
    said = render_problem(result.problems[0])
    assert said.startswith("Not imported:\n\u2022 ") and said.count("\u2022") == 2


def test_export_into_the_apps_own_folder_is_refused(paths: DataPaths) -> None:
    lib = library(paths)
    paths.workouts_dir.mkdir(parents=True)
    result = export_workout(lib.get("beginner"), paths.workouts_dir / "copy.json", paths)
    assert not result.ok and render_problem(result.problems[0]).startswith("Not exported:\n")
    assert not (paths.workouts_dir / "copy.json").exists()


def test_save_gives_the_workout_as_the_library_has_it(paths: DataPaths) -> None:
    lib = library(paths)
    workout = lib.get("beginner")
    copy = type(workout)(
        "my-beginner", "Mine", workout.description, workout.warm_up, workout.round,
        workout.cool_down, workout.default_rounds,
    )  # fmt: skip
    saved = save_workout(copy, lib)
    assert saved.value is not None and saved.value.id == "my-beginner"
    assert not saved.value.built_in and "my-beginner" in taken_ids(lib)


def test_a_save_that_fails_says_so(paths: DataPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.workouts_dir.write_text("in the way")
    lib = library(paths)
    result = save_workout(lib.get("beginner"), lib)
    assert result.value is None
    assert render_problem(result.problems[0]).startswith("The workout was not saved: ")
