"""Why a folder that is there takes no new files: its file system is mounted read-only (a
read-only mount, a write-protected card, a disk the system made read-only after errors: no
permission change helps, not even root's), or the folder's permissions (``chmod`` or
``chown`` do help).

Only looks (``os.access``, ``os.statvfs``), never writes: ``retrocoach check`` uses it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import Enum
from pathlib import Path

#: Less free space than this on a folder's file system and it counts as full: a history
#: line, a settings file or a journal is a few KB, but a disk this full is about to refuse
#: them (and the voice cache's files are larger).
LOW_SPACE_BYTES = 1024 * 1024

#: ``statvfs``'s flag for a read-only mount (the same bit on Linux, the BSDs and macOS).
ST_RDONLY: int = getattr(os, "ST_RDONLY", 1)


class Refusal(Enum):
    READ_ONLY_FILE_SYSTEM = "read-only file system"
    PERMISSION = "permission"


def mount_flags(folder: Path) -> int:
    """The ``f_flag`` of the file system holding `folder` (0 where there is no ``statvfs``:
    Windows)."""
    statvfs = getattr(os, "statvfs", None)
    return 0 if statvfs is None else int(statvfs(folder).f_flag)


def on_read_only_file_system(folder: Path, flags: Callable[[Path], int] = mount_flags) -> bool:
    """Whether the file system holding `folder` is mounted read-only; False when that cannot
    be told."""
    try:
        return bool(flags(folder) & ST_RDONLY)
    except OSError:
        return False


def refusal(
    folder: Path,
    *,
    flags: Callable[[Path], int] = mount_flags,
    access: Callable[[Path, int], bool] = os.access,
) -> Refusal | None:
    """Why no file can be made in the existing folder `folder`, or None (it can). `flags`
    and `access` are ``os.statvfs``'s flags and ``os.access`` (tests pass their own)."""
    if access(folder, os.W_OK | os.X_OK):
        return None
    if on_read_only_file_system(folder, flags):
        return Refusal.READ_ONLY_FILE_SYSTEM
    return Refusal.PERMISSION


def free_bytes(folder: Path) -> int | None:
    """The space a user (not root's reserve) may still fill on the file system holding
    `folder`; None where that cannot be told (no ``statvfs``: Windows; an error)."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return None
    try:
        info = statvfs(folder)
    except OSError:
        return None
    return int(info.f_bavail) * int(info.f_frsize)


def nearly_full(folder: Path) -> int | None:
    """The free bytes on `folder`'s file system when they are below ``LOW_SPACE_BYTES``
    (a full disk), else None."""
    free = free_bytes(folder)
    return free if free is not None and free < LOW_SPACE_BYTES else None
