"""Reading the user's files without hanging or running out of memory: the one guard.

Every part that reads a file it did not write itself uses it: ``storage`` (settings, history,
tips, workouts, the journal) and ``speech`` (a Piper voice and its settings, the voice-file
hash). It lives at the top of the package, beside ``assets_path``, because those two parts may
not import each other and ``core`` does no I/O; it imports only ``core`` (for its words).

Anything in the data and config folders can be something other than a file: a FIFO (opening
it for reading waits for a writer forever), a device or a symlink to ``/dev/zero`` (reading it
never ends), a socket. So every read of a user's file goes through here:

- ``os.stat`` first (it follows symlinks): anything but a regular file is refused without
  being opened, since opening a device can have effects of its own (a tape rewinds, a
  terminal becomes the controlling one);
- then ``open`` with ``O_NONBLOCK`` and ``O_NOCTTY``, so a FIFO swapped in after the stat
  opens at once instead of blocking, and ``fstat`` on what was really opened;
- at most ``max_bytes`` + 1 bytes are read (one more, to tell "exactly the cap" from "over").

A refused file raises :class:`NotARegularFileError`, an ``OSError`` whose message says what
the path is, so callers that already report ``OSError`` report it unchanged.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Text, text

#: The catalogue context of the guard's words (they were storage's first).
CONTEXT = "storage"


def said(source: str) -> Text:
    return text(CONTEXT, source, None)


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # not on Windows, where FIFOs are not in folders
_SAFE_FLAGS = (
    _NONBLOCK
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class NotARegularFileError(OSError):
    """The path is a FIFO, a device, a socket...: it was not read (or not opened at all)."""

    def __init__(self, path: Path, mode: int) -> None:
        super().__init__(None, f"it is {kind_of(mode)}, not a regular file; move it away")
        self.filename = str(path)


class FileTooLargeError(ValueError):
    """A regular file over the size cap; the message says the cap."""

    def __init__(self, path: Path, max_bytes: int) -> None:
        super().__init__(f"larger than {_size(max_bytes)}")
        self.path = path
        self.max_bytes = max_bytes


def kind_of(mode: int) -> str:
    """What a file of this mode is, in English ("a FIFO (named pipe)"...): an OS error's words."""
    return kind_text(mode).english()


def kind_text(mode: int) -> Text:
    """What a file of this mode is, translatable (see :func:`kind_of`)."""
    if stat.S_ISFIFO(mode):
        return said(QT_TRANSLATE_NOOP("storage", "a FIFO (named pipe)"))
    if stat.S_ISCHR(mode):
        return said(QT_TRANSLATE_NOOP("storage", "a character device"))
    if stat.S_ISBLK(mode):
        return said(QT_TRANSLATE_NOOP("storage", "a block device"))
    if stat.S_ISSOCK(mode):
        return said(QT_TRANSLATE_NOOP("storage", "a socket"))
    if stat.S_ISDIR(mode):
        return said(QT_TRANSLATE_NOOP("storage", "a folder"))
    return said(QT_TRANSLATE_NOOP("storage", "a special file"))


def _size(max_bytes: int) -> str:
    if max_bytes >= 1024 * 1024 and max_bytes % (1024 * 1024) == 0:
        return f"{max_bytes // (1024 * 1024)} MB"
    return f"{max_bytes // 1024} KB"


def check_regular(path: Path, mode: int) -> None:
    """Raise unless `mode` is a regular file's: IsADirectoryError for a folder (as ``open``
    would), NotARegularFileError for anything else."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    raise NotARegularFileError(path, mode)


def open_regular_fd(path: Path, flags: int, create: bool = False) -> int:
    """An fd of `path` opened with `flags` (plus ``O_NONBLOCK``...), if it is a regular file.

    Raises what ``os.open`` raises (FileNotFoundError...), IsADirectoryError for a folder and
    NotARegularFileError for anything else. With `create`, a missing file is created (pass
    ``O_CREAT`` in `flags`). The fd is blocking again when returned.
    """
    try:
        check_regular(path, os.stat(path).st_mode)  # a device is not even opened
    except FileNotFoundError:
        if not create:
            raise
    fd = os.open(path, flags | _SAFE_FLAGS, 0o666)
    try:
        check_regular(path, os.fstat(fd).st_mode)  # it may have been swapped since the stat
        if _NONBLOCK:
            os.set_blocking(fd, True)  # no effect on a regular file; just not surprising
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_regular(path: Path) -> io.BufferedReader:
    """`path` opened for reading, if it is a regular file; see the module doc.

    Errors as :func:`open_regular_fd`.
    """
    return io.BufferedReader(io.FileIO(open_regular_fd(path, os.O_RDONLY), "rb", closefd=True))


def read_regular(path: Path, max_bytes: int) -> bytes:
    """All bytes of the regular file `path`; FileTooLargeError if it holds over `max_bytes`.

    Errors as :func:`open_regular`. The size is checked before reading and again while
    reading (a file can grow, and a size can lie), so at most `max_bytes` + 1 bytes are read.
    """
    with open_regular(path) as handle:
        if os.fstat(handle.fileno()).st_size > max_bytes:
            raise FileTooLargeError(path, max_bytes)
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = handle.read(min(left, 64 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise FileTooLargeError(path, max_bytes)
    return data
