"""A file the user names is written only where nothing can be destroyed (issue 8, item 1)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from retrocoach.storage.files import StorageError
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.safe_write import (
    TargetExists,
    TargetRefused,
    _link_no_clobber,
    write_new_file,
)


@pytest.fixture
def paths(isolated_home: Path) -> DataPaths:
    return DataPaths.default()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_new_file_is_written(tmp_path: Path, paths: DataPaths) -> None:
    target = tmp_path / "out.json"
    write_new_file(target, b"new", paths=paths)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) & 0o044  # readable to share, like any new file
    assert leftovers(tmp_path) == []


def test_an_existing_file_is_kept_unless_overwrite(tmp_path: Path, paths: DataPaths) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"mine")
    with pytest.raises(TargetExists, match="already exists"):
        write_new_file(target, b"new", paths=paths)
    assert target.read_bytes() == b"mine"
    write_new_file(target, b"new", overwrite=True, paths=paths)
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_a_symlink_is_refused_even_with_overwrite(tmp_path: Path, paths: DataPaths) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"mine")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nowhere.json")
    for target in (link, dangling):
        for overwrite in (False, True):
            with pytest.raises(TargetRefused, match="is a symbolic link"):
                write_new_file(target, b"new", overwrite=overwrite, paths=paths)
    assert link.is_symlink() and real.read_bytes() == b"mine"
    assert dangling.is_symlink() and not (tmp_path / "nowhere.json").exists()


def test_a_fifo_is_refused_without_blocking(tmp_path: Path, paths: DataPaths) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for overwrite in (False, True):
        with pytest.raises(TargetRefused, match=r"a named pipe \(FIFO\), not a regular file"):
            write_new_file(fifo, b"new", overwrite=overwrite, paths=paths)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_is_refused(tmp_path: Path, paths: DataPaths) -> None:
    """Like ``mknod ./d c 1 7`` (/dev/full) in the issue. Making the node needs root; without
    it the test uses the system's own /dev/full (the same device, just not in tmp_path)."""
    device = tmp_path / "full"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except PermissionError:
        device = Path("/dev/full")
    for overwrite in (False, True):
        with pytest.raises(TargetRefused, match="is a device, not a regular file"):
            write_new_file(device, b"new", overwrite=overwrite, paths=paths)
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_folder_is_refused_with_a_file_name_to_use(tmp_path: Path, paths: DataPaths) -> None:
    with pytest.raises(TargetRefused) as caught:
        write_new_file(tmp_path, b"new", overwrite=True, paths=paths, suggested_name="x.json")
    assert (
        str(caught.value)
        == f"{tmp_path} is a folder: give a file name, for example "
        + str(tmp_path / "x.json")
        + "."
    )


def test_a_missing_folder_is_not_made(tmp_path: Path, paths: DataPaths) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        write_new_file(tmp_path / "typo" / "out.json", b"new", paths=paths)
    assert not (tmp_path / "typo").exists()


def test_the_workouts_folder_is_refused_use_import(paths: DataPaths) -> None:
    paths.workouts_dir.mkdir(parents=True)
    mine = paths.workouts_dir / "short.json"
    mine.write_bytes(b"the user's workout")
    for target in (mine, paths.workouts_dir / "new.json"):
        with pytest.raises(TargetRefused, match=r"own workouts folder.*import"):
            write_new_file(target, b"new", overwrite=True, paths=paths)
    assert mine.read_bytes() == b"the user's workout"
    assert sorted(p.name for p in paths.workouts_dir.iterdir()) == ["short.json"]


def test_the_workouts_folder_is_refused_through_a_link(tmp_path: Path, paths: DataPaths) -> None:
    paths.workouts_dir.mkdir(parents=True)
    alias = tmp_path / "alias"
    alias.symlink_to(paths.workouts_dir)
    with pytest.raises(TargetRefused, match="own workouts folder"):
        write_new_file(alias / "short.json", b"new", paths=paths)


def test_the_other_app_folders_are_refused(paths: DataPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    history = paths.history_file
    history.write_bytes(b"{}\n")
    with pytest.raises(TargetRefused, match="retrocoach's own folder"):
        write_new_file(history, b"new", overwrite=True, paths=paths)
    assert history.read_bytes() == b"{}\n"


def test_a_file_that_appears_meanwhile_is_not_replaced(tmp_path: Path) -> None:
    temp = tmp_path / "temp"
    temp.write_bytes(b"new")
    target = tmp_path / "out.json"
    target.write_bytes(b"theirs")
    with pytest.raises(FileExistsError):
        _link_no_clobber(temp, target)
    assert target.read_bytes() == b"theirs"


def test_two_writers_of_one_new_file_one_wins(tmp_path: Path, paths: DataPaths) -> None:
    target = tmp_path / "out.json"
    results: list[str] = []

    def write(data: bytes) -> None:
        try:
            write_new_file(target, data, paths=paths)
            results.append("written")
        except TargetExists:
            results.append("refused")

    threads = [threading.Thread(target=write, args=(bytes([65 + i]) * 100_000,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count("written") == 1 and results.count("refused") == 7
    content = target.read_bytes()
    assert len(content) == 100_000 and len(set(content)) == 1
    assert leftovers(tmp_path) == []
