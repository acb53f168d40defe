"""Safe file primitives: atomic writes, durable appends, and corrupt files moved aside.

- :func:`atomic_write_bytes` writes a temp file in the target's folder, flushes, fsyncs, then
  ``os.replace``-s it over the target: readers see the old file or the new one, never half.
- :func:`append_line` appends one line and fsyncs (JSON Lines history); a failed append is
  cut back, so the file is as it was.
- :func:`read_or_set_aside` reads and parses a file; when parsing fails, the file is renamed to
  ``NAME.corrupt-YYYYmmdd-HHMMSS`` (``-2``, ``-3``... if that exists: a backup is never
  overwritten) and a message for the user says where it went.
- Every ``OSError`` on a write becomes a :class:`StorageError` whose message names the path and
  says what the user can do (read-only folder, full disk...); its :attr:`problem` holds the
  same as translatable texts (see :mod:`retrocoach.storage.problems`).

Errors are :mod:`retrocoach.storage.errors`, corrupt files :mod:`retrocoach.storage.corrupt`;
this module gathers them with the writes.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
from pathlib import Path

from retrocoach.storage.corrupt import (
    CORRUPT_MARK,
    ReadResult,
    backups_of,
    copy_aside,
    read_or_set_aside,
    reserve_backup,
    set_aside,
)
from retrocoach.storage.errors import StorageError, os_reason, storage_error
from retrocoach.storage.reading import open_regular_fd

#: The names other modules import from here (errors and corrupt files have their own modules).
__all__ = [
    "CORRUPT_MARK",
    "ReadResult",
    "StorageError",
    "append_line",
    "atomic_write_bytes",
    "atomic_write_text",
    "backups_of",
    "copy_aside",
    "fsync_folder",
    "os_reason",
    "read_or_set_aside",
    "reserve_backup",
    "set_aside",
    "storage_error",
]


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _create_temp(path: Path) -> tuple[int, str]:
    """A new, open temp file next to `path`: (fd, name).

    Created like any new file, so the umask applies (``tempfile.mkstemp`` makes 0600 files;
    an exported workout must stay readable to be shared).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        name = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(name, flags, 0o666), name
        except FileExistsError:
            continue


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step; StorageError (target untouched) on failure."""
    temp_name: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = _create_temp(path)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
        temp_name = None
        fsync_folder(path.parent)
    except OSError as error:
        raise storage_error(error, path) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def atomic_write_text(path: Path, text: str) -> None:
    """UTF-8, ``\\n`` line ends on every platform."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _open_append(path: Path) -> io.FileIO:
    """`path` opened for reading and appending (created if missing), if it is a regular file.

    ``O_NONBLOCK`` and the checks of :mod:`retrocoach.storage.reading`: a FIFO or a device in
    its place is refused (NotARegularFileError), never written to. This is the one place
    :func:`append_line` gets its file from: tests replace it to inject a full disk.
    """
    fd = open_regular_fd(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, create=True)
    return io.FileIO(fd, "r+b", closefd=True)


def _write_all(handle: io.FileIO, data: bytes) -> None:
    """Write every byte; a short write is retried, and a write of nothing is an error."""
    view = memoryview(data)
    while view:
        written = handle.write(view)
        if not written:
            raise OSError(errno.EIO, "the file system accepted no data")
        view = view[written:]


def append_line(path: Path, line: str) -> None:
    """Append `line` + ``\n`` and fsync; StorageError on failure, with the file as it was.

    A write or fsync that fails part-way (a full disk) is taken back: the file is truncated to
    its old length, so no torn line is left for every later read to trip over. If even that
    fails, the next append still starts on a new line: when the file does not end with a
    newline (a torn write from a crash), a newline is written first, so the new line never
    glues onto the broken one.
    """
    if "\n" in line or "\r" in line:
        raise ValueError("append_line writes one line: no line breaks inside")
    data = line.encode("utf-8") + b"\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _open_append(path) as handle:
            old_size = os.fstat(handle.fileno()).st_size
            if old_size > 0:
                handle.seek(old_size - 1)
                if handle.read(1) != b"\n":
                    data = b"\n" + data
            try:
                _write_all(handle, data)
                os.fsync(handle.fileno())
            except OSError:
                _take_back(handle, old_size)
                raise
    except OSError as error:
        raise storage_error(error, path) from error


def _take_back(handle: io.FileIO, old_size: int) -> None:
    """Cut the file back to `old_size` after a failed append (best effort: see append_line)."""
    with contextlib.suppress(OSError):
        handle.truncate(old_size)
        os.fsync(handle.fileno())
