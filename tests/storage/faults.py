"""Fault injection for the storage tests: a disk that fills up part-way through a write."""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from retrocoach.storage import files


class FullDiskFile(io.FileIO):
    """A real open file on a disk with `room` bytes left.

    A write that does not fit writes what fits and returns the short count, as the kernel
    does; the next write raises ENOSPC. So a torn line really reaches the file.
    """

    def __init__(self, fd: int, room: int) -> None:
        super().__init__(fd, "r+b", closefd=True)
        self.room = room

    def write(self, data: object) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        part = bytes(data)[: self.room]  # type: ignore[call-overload]
        written = super().write(part)
        self.room -= written
        return written


def fill_disk(monkeypatch: pytest.MonkeyPatch, room: int) -> Callable[[], None]:
    """Appends (``files.append_line``) see a disk with `room` bytes left; call the result to
    free the disk again."""
    real = files._open_append

    def open_on_full_disk(path: Path) -> io.FileIO:
        with real(path) as handle:  # opened as the app opens it; the copy keeps O_APPEND
            fd = os.dup(handle.fileno())
        return FullDiskFile(fd, room)

    monkeypatch.setattr(files, "_open_append", open_on_full_disk)
    return lambda: monkeypatch.setattr(files, "_open_append", real)
