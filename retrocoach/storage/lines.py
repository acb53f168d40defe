"""JSON Lines files read as a stream, and the torn last line a crash can leave.

The history is read line by line (never whole into memory), each line capped: a line longer
than the cap is reported as bad and skipped, not read. A write cut short (a crash, or a full
disk before :func:`retrocoach.storage.files.append_line` could take it back) leaves a last
line without its newline; :func:`set_aside_torn_tail` moves it to a ``.corrupt-`` file.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from retrocoach.storage.files import reserve_backup, storage_error
from retrocoach.storage.reading import open_regular_fd

_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Line:
    """One line of the file: its bytes without the newline (empty when `too_long`)."""

    number: int
    start: int  # offset of its first byte
    end: int  # offset just after it (after its newline, if it has one)
    raw: bytes
    complete: bool  # it ends with a newline
    too_long: bool = False


def iter_lines(reader: io.BufferedReader, max_line: int) -> Iterator[Line]:
    """The lines of an open file, in order; a line over `max_line` bytes is not kept."""
    number, offset = 0, 0
    while True:
        raw = reader.readline(max_line + 1)
        if not raw:
            return
        number += 1
        start = offset
        offset += len(raw)
        if len(raw) > max_line and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
                raw = reader.readline(_CHUNK)
                offset += len(raw)
            yield Line(number, start, offset, b"", raw.endswith(b"\n"), too_long=True)
            continue
        complete = raw.endswith(b"\n")
        yield Line(number, start, offset, raw[:-1] if complete else raw, complete)


@dataclass(frozen=True)
class TornTail:
    """A torn last line moved out of a file: where it went and how long it was."""

    backup: Path
    size: int


def set_aside_torn_tail(
    path: Path,
    is_whole: Callable[[bytes], bool],
    max_line: int,
    now: datetime | None = None,
) -> TornTail | None:
    """Move a torn last line of `path` to a new ``NAME.corrupt-<time>`` file; cut it off.

    A last line is torn when it has no newline and `is_whole` says it is not a whole record
    (a last record that only lacks its newline is kept). The lines before it are not touched.
    Returns None when there is nothing torn, or the file is missing, not a regular file or
    cannot be opened for writing (reading it reports that); StorageError when the backup
    cannot be written or the file cannot be cut (then the file is as it was; the backup, if
    made, is removed).

    Only the app's start-up calls this: it rewrites the file, which must not happen while
    another process appends to it.
    """
    try:
        fd = open_regular_fd(path, os.O_RDWR)
    except OSError:
        return None  # missing, or not a file it can repair: reading it reports why
    with io.FileIO(fd, "r+b", closefd=True) as handle:
        try:
            size = os.fstat(fd).st_size
            tail_start = max(0, size - max_line - 1)
            handle.seek(tail_start)
            chunk = handle.readall()
        except OSError as error:
            raise storage_error(error, path, "read") from error
        if not chunk or chunk.endswith(b"\n"):
            return None
        newline = chunk.rfind(b"\n")
        if newline < 0 and tail_start > 0:  # the last line is over the cap: not a record
            tail_start = _start_of_last_line(handle, tail_start)
        else:
            tail_start += newline + 1
        handle.seek(tail_start)
        tail = handle.read(max_line + 1) or b""
        if len(tail) <= max_line and is_whole(tail):
            return None
        backup = _copy_tail(path, handle, tail_start, now)
        try:
            handle.truncate(tail_start)
            os.fsync(fd)
        except OSError as error:
            with contextlib.suppress(OSError):
                os.unlink(backup)
            raise storage_error(error, path, "repair") from error
    return TornTail(backup, size - tail_start)


def _start_of_last_line(handle: io.FileIO, before: int) -> int:
    """The offset just after the last newline before `before` (0 if there is none)."""
    position = before
    while position > 0:
        step = min(_CHUNK, position)
        handle.seek(position - step)
        chunk = handle.read(step) or b""
        newline = chunk.rfind(b"\n")
        if newline >= 0:
            return position - step + newline + 1
        position -= step
    return 0


def _copy_tail(path: Path, handle: io.FileIO, start: int, now: datetime | None) -> Path:
    """Copy the bytes from `start` to the end into a new backup of `path`; its path."""
    try:
        backup = reserve_backup(path, now)
    except OSError as error:
        raise storage_error(error, path, "move aside the end of") from error
    try:
        with open(backup, "wb") as out:
            handle.seek(start)
            while chunk := handle.read(_CHUNK):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(backup)
        raise storage_error(error, path, "move aside the end of") from error
    return backup
