"""The start-up checks (retrocoach/ui/ops/startup.py) as problems."""

from __future__ import annotations

from retrocoach.core.problem import Problem, verbatim
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.i18n import render_problem
from retrocoach.ui.ops import startup


def test_a_sound_data_folder_has_nothing_to_say(paths: DataPaths) -> None:
    assert startup.unwritable_folders(paths) == []
    tips, problems = startup.tips(paths)
    assert problems == [] and tips is not None
    folder, problems = startup.speech_cache(paths)
    assert folder == paths.speech_cache_dir and problems == []


def test_folders_that_cannot_hold_files_say_what_is_lost(paths: DataPaths) -> None:
    paths.config_dir.parent.mkdir(parents=True, exist_ok=True)
    paths.config_dir.write_text("in the way")
    [problem] = startup.unwritable_folders(paths)
    said = render_problem(problem)
    assert said.startswith(str(paths.config_dir)) and said.endswith(". Settings cannot be saved.")


def test_an_unwritable_cache_gives_a_temporary_one(paths: DataPaths) -> None:
    paths.speech_cache_dir.parent.mkdir(parents=True, exist_ok=True)
    paths.speech_cache_dir.write_text("in the way")
    folder, [problem] = startup.speech_cache(paths)
    assert folder != paths.speech_cache_dir and folder.is_dir()
    assert f"Cannot write to {paths.speech_cache_dir}" in render_problem(problem)


def test_bad_tips_and_workout_files_are_named(paths: DataPaths) -> None:
    paths.tips_file.parent.mkdir(parents=True, exist_ok=True)
    paths.tips_file.write_text('{"version": 1, "tips": [{"id": 3}]}', "utf-8")
    _tips, problems = startup.tips(paths)
    assert problems and all(render_problem(p).startswith("Tip skipped: ") for p in problems)
    [skipped] = startup.skipped_workouts([Problem(verbatim("broken.json: not JSON"))])
    assert render_problem(skipped) == "Skipped a workout file: broken.json: not JSON"
    assert [render_problem(p) for p in startup.as_problems(["a", "b"])] == ["a", "b"]
