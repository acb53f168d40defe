"""``retrocoach check`` on data folders that take no files: a read-only mount gets "remount, or
use another folder" (chmod cannot help there), a permission problem gets chmod for the user's
own folder and its owner otherwise (retrocoach/cli/folders.py). Real mounts, a real user."""

from __future__ import annotations

import os
from pathlib import Path

from retrocoach.cli.folders import folder_line, read_only_mount_fix
from retrocoach.storage.paths import DataPaths
from tests.cli.run import retrocoach
from tests.storage.other_user import NOBODY, as_nobody, folder_nobody_can_reach
from tests.storage.read_only import read_only_mount

FOLDERS = (
    "settings folder",
    "workouts and history folder",
    "workouts folder",
    "voice cache folder",
    "logs folder",
)


def folder_lines(lines: list[str]) -> dict[str, str]:
    return {line[9:].split(":")[0]: line for line in lines if line[9:].split(":")[0] in FOLDERS}


def test_the_read_only_mount_fix_says_remount_or_another_folder(tmp_path: Path) -> None:
    fix = read_only_mount_fix(tmp_path)
    assert fix.startswith("remount its file system read-write")
    assert f"findmnt -T {tmp_path}" in fix and "RETROCOACH_HOME" in fix
    assert "chmod u+" not in fix


def test_check_on_a_read_only_mount_advises_a_remount_not_chmod(isolated_home: Path) -> None:
    with read_only_mount(isolated_home):
        result = retrocoach("check")
    assert result.status == 1, result.out
    lines = folder_lines(result.lines)
    assert sorted(lines) == sorted(FOLDERS), result.out
    for line in lines.values():
        assert line.startswith("MISSING"), line
        problem, fix = line.split(". Fix: ")
        assert problem.endswith(f"{isolated_home} is on a file system mounted read-only"), line
        assert fix.startswith("remount its file system read-write"), line
        assert "RETROCOACH_HOME to a folder on a writable disk" in fix
        assert "chmod u+rwx" not in line
    assert folder_lines(retrocoach("check").lines)["logs folder"].startswith("ok ")  # unmounted


def _line_as_nobody(home: Path) -> str:
    paths = DataPaths.under(home)
    return as_nobody(
        lambda: folder_line("Logs", paths.log_dir, paths.folder_problem(paths.log_dir))
    )


def test_check_on_a_folder_of_another_user_says_who_can_open_it() -> None:
    """As the user nobody, for real: a folder root owns is nobody's to chmod."""
    with folder_nobody_can_reach() as home:
        line = _line_as_nobody(home)
    problem, fix = line.split(". Fix: ")
    assert problem == f"MISSING  logs folder: {home / 'logs'}: {home} is read-only for you"
    assert fix.startswith(f"{home} belongs to root: ask them or an administrator")
    assert f"sudo chown nobody {home}" in fix and "RETROCOACH_HOME" in fix
    assert "remount" not in fix and "chmod" not in fix


def test_check_on_a_read_only_folder_of_ones_own_says_chmod() -> None:
    with folder_nobody_can_reach() as home:
        os.chown(home, NOBODY, NOBODY)
        home.chmod(0o555)
        line = _line_as_nobody(home)
    problem, fix = line.split(". Fix: ")
    assert problem.endswith(f"{home} is read-only for you")
    assert fix.startswith(f"make {home} writable for you (chmod u+rwx {home})"), fix
    assert "remount" not in fix
