"""The error of a file that cannot be read or written (:class:`StorageError`), and the one
place an ``OSError`` becomes a sentence a user can act on (:func:`storage_error`)."""

from __future__ import annotations

import errno
from pathlib import Path

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text, verbatim
from retrocoach.storage.problems import said, warning

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
