"""Item 16 of issue 8: a file where the workouts folder should be is reported, not ignored."""

from __future__ import annotations

import os

import pytest

from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import english
from retrocoach.storage.user_workouts import open_library
from tests.storage.special_files import run_capped


def _file_in_the_way(paths: DataPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.workouts_dir.write_text("not a folder")


def test_the_library_reports_a_file_in_place_of_the_workouts_folder(paths: DataPaths) -> None:
    _file_in_the_way(paths)
    library = open_library(paths)
    assert "beginner" in library.ids()  # the built-ins still load
    [problem] = english(library.problems)
    assert str(paths.workouts_dir) in problem and "is a file" in problem
    assert "move it away" in problem


@pytest.mark.parametrize("kind", ["fifo", "dangling-symlink"])
def test_other_things_in_place_of_the_workouts_folder_are_named(
    paths: DataPaths, kind: str
) -> None:
    paths.data_dir.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(paths.workouts_dir)
        words = "FIFO"
    else:
        paths.workouts_dir.symlink_to(paths.data_dir / "gone")
        words = "symbolic link to nothing"
    [problem] = english(open_library(paths).problems)
    assert words in problem


def test_a_missing_workouts_folder_is_fine(paths: DataPaths) -> None:
    assert open_library(paths).problems == []
    assert paths.folder_problem(paths.workouts_dir) is None


def test_check_names_the_file_and_says_what_to_do(paths: DataPaths) -> None:
    _file_in_the_way(paths)
    done = run_capped(
        ["-m", "retrocoach", "check"],
        {"RETROCOACH_HOME": str(paths.data_dir.parent), "QT_QPA_PLATFORM": "offscreen"},
    )
    [line] = [line for line in done.stdout.splitlines() if "workouts folder" in line]
    assert line.startswith("MISSING") and "is a file, not a folder; move it away" in line
    assert done.returncode == 1
