"""A folder that takes no files: a read-only mount is told apart from permissions
(retrocoach/storage/writable.py), and DataPaths.folder_problems says which it is."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from retrocoach.storage.paths import DataPaths
from retrocoach.storage.writable import ST_RDONLY, Refusal, refusal

from .other_user import as_nobody, folder_nobody_can_reach
from .read_only import read_only_mount


def _refused(path: Path, mode: int) -> bool:
    return False


def _flags(value: int) -> Callable[[Path], int]:
    return lambda _folder: value


def _unreadable_flags(folder: Path) -> int:
    raise OSError(errno.ENOSYS, "statvfs is not there", str(folder))


def test_the_mount_flag_tells_a_read_only_mount_from_permissions(tmp_path: Path) -> None:
    """statvfs's ST_RDONLY injected (no mount needed): read-only mount; without it, or when
    it cannot be read, permissions."""
    assert (
        refusal(tmp_path, flags=_flags(ST_RDONLY), access=_refused) is Refusal.READ_ONLY_FILE_SYSTEM
    )
    assert (
        refusal(tmp_path, flags=_flags(ST_RDONLY | 2), access=_refused)
        is Refusal.READ_ONLY_FILE_SYSTEM
    )
    assert refusal(tmp_path, flags=_flags(0), access=_refused) is Refusal.PERMISSION
    assert refusal(tmp_path, flags=_unreadable_flags, access=_refused) is Refusal.PERMISSION
    assert refusal(tmp_path, flags=_flags(ST_RDONLY), access=lambda _p, _m: True) is None
    assert refusal(tmp_path) is None  # the real calls: pytest's folder takes files


def test_a_real_read_only_mount_is_one(tmp_path: Path) -> None:
    paths = DataPaths.under(tmp_path / "home")
    with read_only_mount(tmp_path / "home"):
        assert refusal(tmp_path / "home") is Refusal.READ_ONLY_FILE_SYSTEM
        problem = paths.folder_problem(paths.workouts_dir)
    home = tmp_path / "home"
    assert problem == f"{home / 'data' / 'workouts'}: {home} is on a file system mounted read-only"
    assert refusal(tmp_path / "home") is None  # unmounted: root may write again


def test_a_folder_of_another_user_is_a_permission_problem() -> None:
    """Run for real as the user nobody, in a folder root owns."""
    with folder_nobody_can_reach() as home:
        paths = DataPaths.under(home)

        def seen_by_nobody() -> str:
            return f"{refusal(home)} | {paths.folder_problem(paths.data_dir)}"

        said = as_nobody(seen_by_nobody)
        assert os.access(home, os.W_OK)  # root itself may write there
    assert said == f"{Refusal.PERMISSION} | {home / 'data'}: {home} is read-only for you"


def test_a_folder_under_one_nobody_may_not_look_into_names_that_one() -> None:
    """``Path.exists`` raises PermissionError below a folder one may not search: the folder
    in the way is named, nothing raises."""
    with folder_nobody_can_reach() as reachable:
        closed = reachable / "closed"
        closed.mkdir(mode=0o700)
        paths = DataPaths.under(closed / "home")
        said = as_nobody(lambda: str(paths.folder_problem(paths.data_dir)))
    assert said == f"{closed / 'home' / 'data'}: {closed} is read-only for you"
