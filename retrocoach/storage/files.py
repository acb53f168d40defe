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
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Generic, TypeVar

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text, verbatim
from retrocoach.storage.problems import said, warning
from retrocoach.storage.reading import (
    FileTooLargeError,
    open_regular,
    open_regular_fd,
    read_regular,
)

T = TypeVar("T")

CORRUPT_MARK = ".corrupt-"
_TIMESTAMP_FORMAT = "%Y%m%d-%H%M%S"

_REASONS: dict[int, str] = {
    errno.EACCES: QT_TRANSLATE_NOOP(
        "storage", "permission denied: the folder is read-only or belongs to another user"
    ),
    errno.EPERM: QT_TRANSLATE_NOOP(
        "storage", "the operation is not permitted: the file or folder is protected"
    ),
    errno.EROFS: QT_TRANSLATE_NOOP("storage", "the disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("storage", "the disk is full: free some space"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("storage", "a part of the path is a file, not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("storage", "it is a folder, not a file"),
    # mkdir of a folder whose name a file already has (the data folder replaced by a file)
    errno.EEXIST: QT_TRANSLATE_NOOP("storage", "a file is in the way of one of its folders"),
}
if hasattr(errno, "EDQUOT"):  # not on Windows
    _REASONS[errno.EDQUOT] = QT_TRANSLATE_NOOP(
        "storage", "the disk quota is exceeded: free some space"
    )

#: What could not be done, by the `action` :func:`storage_error` is given.
_ACTIONS: dict[str, str] = {
    "save": QT_TRANSLATE_NOOP("storage", "Cannot save {path}: {reason}."),
    "read": QT_TRANSLATE_NOOP("storage", "Cannot read {path}: {reason}."),
    "copy": QT_TRANSLATE_NOOP("storage", "Cannot copy {path}: {reason}."),
    "delete": QT_TRANSLATE_NOOP("storage", "Cannot delete {path}: {reason}."),
    "remove": QT_TRANSLATE_NOOP("storage", "Cannot remove {path}: {reason}."),
    "repair": QT_TRANSLATE_NOOP("storage", "Cannot repair {path}: {reason}."),
    "move aside": QT_TRANSLATE_NOOP("storage", "Cannot move aside {path}: {reason}."),
    "move aside the end of": QT_TRANSLATE_NOOP(
        "storage", "Cannot move aside the end of {path}: {reason}."
    ),
    "write to": QT_TRANSLATE_NOOP("storage", "Cannot write to {path}: {reason}."),
}


class StorageError(RetrocoachError):
    """A file could not be read or written; the message names the path and the cause.

    `message` is a :class:`Problem` (its English is ``str(error)``), or English text that is
    shown as it is (tests, and errors that wrap an OS message).
    """

    def __init__(self, message: str | Problem, path: Path, errno_: int | None = None) -> None:
        problem = message if isinstance(message, Problem) else Problem(verbatim(message))
        super().__init__(problem.english(), file=str(path), problem=problem)
        self.path = path
        self.errno = errno_


def os_reason(error: OSError) -> Text:
    """Why the OS refused, in words a user can act on (the OS's own words if none fit)."""
    known = _REASONS.get(error.errno or 0)
    if known is not None:
        return said(known)
    return verbatim(error.strerror or str(error))


def storage_error(error: OSError, path: Path, action: str = "save") -> StorageError:
    """Turn an OSError into a StorageError with a sentence a user can act on; `action` is one
    of :data:`_ACTIONS`' keys."""
    problem = warning(_ACTIONS[action], path=str(path), reason=os_reason(error), detail=repr(error))
    return StorageError(problem, path, error.errno)


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


# --- corrupt files ----------------------------------------------------------------------------


def reserve_backup(path: Path, now: datetime | None) -> Path:
    """Create an empty, new ``NAME.corrupt-<timestamp>[-n]`` next to `path` (O_EXCL)."""
    stamp = (now or datetime.now()).strftime(_TIMESTAMP_FORMAT)
    base = path.with_name(f"{path.name}{CORRUPT_MARK}{stamp}")
    for number in range(1, 10_000):
        candidate = base if number == 1 else base.with_name(f"{base.name}-{number}")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(errno.EEXIST, "too many backups", str(base))


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename `path` to a new ``.corrupt-`` name (never over an existing one); return it."""
    try:
        backup = reserve_backup(path, now)
        try:
            os.replace(path, backup)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(backup)
            raise
    except OSError as error:
        raise storage_error(error, path, "move aside") from error
    return backup


def copy_aside(path: Path, now: datetime | None = None) -> Path:
    """Copy `path` to a new ``.corrupt-`` name, leaving the original in place; return it.

    Copied in chunks (a history can be large); only a regular file is read.
    """
    try:
        with open_regular(path) as source:
            backup = reserve_backup(path, now)
            try:
                with open(backup, "wb") as handle:
                    shutil.copyfileobj(source, handle, 64 * 1024)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(backup)
                raise
    except OSError as error:
        raise storage_error(error, path, "copy") from error
    return backup


def backups_of(path: Path) -> list[Path]:
    """Existing ``.corrupt-`` backups of `path`, oldest first (by name, i.e. by time)."""
    try:
        return sorted(path.parent.glob(f"{path.name}{CORRUPT_MARK}*"))
    except OSError:
        return []


@dataclass(frozen=True)
class ReadResult(Generic[T]):
    """What :func:`read_or_set_aside` found: a value, or None and the problems (none for a
    missing file)."""

    value: T | None
    problems: list[Problem] = field(default_factory=list)
    backup: Path | None = None
    #: True when the file is bad but could not be moved aside: do not write over it.
    protect: bool = False


def read_or_set_aside(
    path: Path,
    parse: Callable[[bytes], T],
    what: str | Text,
    max_bytes: int = 1024 * 1024,
    now: datetime | None = None,
    *,
    move_aside: bool = True,
) -> ReadResult[T]:
    """Read `path` and `parse` its bytes; a bad file is renamed aside and the user told.

    A missing file (or a missing folder) gives ``ReadResult(None)`` without a message. A file
    that cannot be read (permissions), or that is not a regular file (a FIFO, a device: see
    :mod:`retrocoach.storage.reading`), is left alone and reported. `parse` signals a bad file
    by raising ValueError (which includes JSON and Unicode errors), TypeError or
    RecursionError; files over `max_bytes` are bad without being read further. With
    `move_aside` False (a command that only looks, like ``check``) a bad file is only
    reported, and left in place.
    """
    kind = verbatim(what) if isinstance(what, str) else what
    try:
        data = read_regular(path, max_bytes)
    except (FileNotFoundError, NotADirectoryError):
        return ReadResult(None)
    except OSError as error:
        cannot = storage_error(error, path, "read").problem
        defaults = said(QT_TRANSLATE_NOOP("storage", "The {what} defaults are used."), what=kind)
        problem = Problem(cannot.what, cannot.severity, why=defaults, detail=cannot.detail)
        return ReadResult(None, [problem], protect=True)
    except FileTooLargeError as error:
        reason = str(error)
    else:
        try:
            return ReadResult(parse(data))
        except (ValueError, TypeError, RecursionError) as error:
            reason = str(error) or type(error).__name__
    reason = reason[:200]
    if not move_aside:
        damaged = QT_TRANSLATE_NOOP(
            "storage",
            "The {what} file {path} is damaged ({reason}); defaults are used. The app "
            "keeps a copy of it and starts afresh the next time it opens.",
        )
        return ReadResult(
            None, [warning(damaged, what=kind, path=str(path), reason=reason)], protect=True
        )
    try:
        backup = set_aside(path, now)
    except StorageError as error:
        stuck = QT_TRANSLATE_NOOP(
            "storage",
            "The {what} file {path} is damaged ({reason}) and could not be moved aside "
            "({error}). It is left as it is; defaults are used.",
        )
        problem = warning(stuck, what=kind, path=str(path), reason=reason, error=error.problem.what)
        return ReadResult(None, [problem], protect=True)
    kept = QT_TRANSLATE_NOOP(
        "storage",
        "The {what} file {path} was damaged ({reason}). It was kept as {backup} "
        "and defaults are used.",
    )
    problem = warning(kept, what=kind, path=str(path), reason=reason, backup=backup.name)
    return ReadResult(None, [problem], backup)
