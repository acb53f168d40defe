"""Trial finding 3: ``retrocoach check`` on a full disk said every folder was "ok". On a real
64 KB tmpfs, filled up, each data folder on it is reported with the reason and a fix."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from retrocoach.storage.paths import DataPaths
from retrocoach.storage.writable import LOW_SPACE_BYTES, free_bytes
from tests.cli.run import retrocoach
from tests.cli.test_check_folders import FOLDERS, folder_lines
from tests.storage.test_logs import full_disk


def fill(folder: Path) -> None:
    """Write into `folder` until its file system refuses (ENOSPC)."""
    handle = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (4096, 512, 1):  # whole pages, then what is left
            with contextlib.suppress(OSError):
                while True:
                    os.write(handle, b"\0" * size)
    finally:
        os.close(handle)


def test_check_reports_each_folder_on_a_full_disk(isolated_home: Path) -> None:
    with full_disk(isolated_home):
        for _label, folder in DataPaths.default().folders_to_check():
            folder.mkdir(parents=True, exist_ok=True)
        roomy = folder_lines(retrocoach("check").lines)  # a 64 KB disk: below the threshold
        fill(isolated_home)
        assert free_bytes(isolated_home) == 0
        result = retrocoach("check")
    assert result.status == 1, result.out
    lines = folder_lines(result.lines)
    assert sorted(lines) == sorted(FOLDERS), result.out
    for line in [*lines.values(), *roomy.values()]:
        assert line.startswith("MISSING"), line
        problem, fix = line.split(". Fix: ")
        assert "is full (" in problem and "KB free), so files cannot be saved there" in problem
        assert fix.startswith("free some space on that disk (`df -h "), line
    assert all("(0 KB free)" in line for line in lines.values()), lines
    assert LOW_SPACE_BYTES == 1024 * 1024


def test_a_disk_with_room_is_ok(isolated_home: Path) -> None:
    with full_disk(isolated_home, "8m"):
        lines = folder_lines(retrocoach("check").lines)
    assert all(line.startswith("ok ") for line in lines.values()), lines
