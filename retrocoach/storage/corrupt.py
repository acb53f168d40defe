"""Corrupt files moved aside: a file that cannot be parsed is renamed to
``NAME.corrupt-YYYYmmdd-HHMMSS`` (``-2``, ``-3``... if that exists: a backup is never
overwritten) and the user is told where it went (:func:`read_or_set_aside`)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Generic, TypeVar

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text, verbatim
from retrocoach.storage.errors import StorageError, storage_error
from retrocoach.storage.problems import said, warning
from retrocoach.storage.reading import FileTooLargeError, open_regular, read_regular

T = TypeVar("T")

CORRUPT_MARK = ".corrupt-"
_TIMESTAMP_FORMAT = "%Y%m%d-%H%M%S"


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
