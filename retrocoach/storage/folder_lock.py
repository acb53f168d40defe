"""One writer at a time in a folder: :func:`folder_lock` holds an OS file lock on
``.FOLDER.lock`` beside it (``storage.paths.lock_file_for``) while a check-then-write runs
(an import choosing a free id, the editor saving), so two processes (the command line and
the window, or eight parallel imports) never both see a name free and both take it.

The lock is the kernel's (``flock`` on POSIX, ``msvcrt.locking`` on Windows): it goes with
the process that held it, so a crash leaves no stale lock behind. A lock that stays taken
longer than `timeout` seconds is a :class:`StorageError` naming the lock file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.storage.errors import StorageError, storage_error
from retrocoach.storage.paths import lock_file_for
from retrocoach.storage.problems import warning


@contextlib.contextmanager
def folder_lock(folder: Path, timeout: float = 15.0) -> Iterator[None]:
    """Hold `folder`'s write lock for the ``with`` block (the lock file is made beside the
    folder if needed; the folder itself is the writer's to make, and to report)."""
    path = lock_file_for(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as error:
        raise storage_error(error, path, "write to") from error
    try:
        _take(fd, path, timeout)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _take(fd: int, path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            _try_lock(fd)
            return
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
                raise storage_error(error, path, "write to") from error
        if time.monotonic() >= deadline:
            busy = QT_TRANSLATE_NOOP(
                "storage",
                "Another retrocoach is still writing in this folder (it holds {path}); "
                "try again when it is done.",
            )
            raise StorageError(warning(busy, path=str(path)), path, errno.EAGAIN)
        time.sleep(0.02)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
