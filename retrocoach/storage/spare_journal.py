"""The journal's spare place: when the data folder refuses the journal (a USB stick turned
read-only, a full disk), it is written to ``DataPaths.spare_journal_file`` instead, a private
folder (mode 0700, owned by this user) in the system's temporary folder. The next start
reads both places and keeps the newer, so a session finished on a read-only stick is still
recorded as it ended, not as the last state the stick took.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from retrocoach.storage.errors import StorageError
from retrocoach.storage.files import atomic_write_bytes, storage_error


def private_folder(folder: Path) -> None:
    """Make `folder` (mode 0700) if needed; OSError unless it is this user's private folder
    (not a link, nobody else's, not open to others): the spare places live there."""
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder, 0o700)
    info = os.lstat(folder)
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if not stat.S_ISDIR(info.st_mode) or not mine or info.st_mode & 0o077:
        raise PermissionError(13, "not a private folder of this user", str(folder))


def write_spare(path: Path, data: bytes) -> None:
    """`data` to the spare journal `path`; StorageError if its folder is not this user's
    private folder or cannot be written."""
    try:
        private_folder(path.parent)
    except OSError as error:
        raise storage_error(error, path) from error
    atomic_write_bytes(path, data)


def remove_spare(path: Path) -> None:
    """Remove the spare journal, if there is one (a failure is of no consequence: the
    history already holds its session, and recovery does not record it twice)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


__all__ = ["StorageError", "private_folder", "remove_spare", "write_spare"]
