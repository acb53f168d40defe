"""``retrocoach check``'s lines about the data folders: each folder ``ok``, or ``MISSING``
with the fix for what is in its way, or for a full disk (English, for the terminal).

A folder on a read-only mount and a folder the user may not write to look alike to
``os.access``; they need different fixes (remount, or use another folder; ``chmod``/``chown``),
so :func:`retrocoach.storage.writable.refusal` tells them apart.
"""

from __future__ import annotations

import os
from pathlib import Path

from retrocoach.speech.check import missing_line, ok_line
from retrocoach.storage.paths import HOME_ENV, nearest_existing
from retrocoach.storage.writable import Refusal, nearly_full, refusal

ELSEWHERE = f"or set {HOME_ENV} to a folder you can write to"


def folder_line(label: str, folder: Path, problem: str | None) -> str:
    """The ``check`` line of one data folder; `problem` is DataPaths.folder_problem's."""
    what = f"{label.lower()} folder"
    if problem is None:
        return ok_line(what, str(folder))
    return missing_line(what, problem, folder_fix(folder))


def folder_fix(folder: Path) -> str:
    """How to make `folder` usable, from what is in its way (see DataPaths.folder_problem)."""
    probe = nearest_existing(folder)
    if probe is None:
        return f"set {HOME_ENV} to a folder you can write to (nothing of {folder} exists)"
    if not probe.is_dir():
        return f"move the file {probe} away (a folder belongs there), {ELSEWHERE}"
    refused = refusal(probe)
    if refused is Refusal.READ_ONLY_FILE_SYSTEM:
        return read_only_mount_fix(probe)
    if refused is Refusal.PERMISSION:
        return permission_fix(probe)
    if nearly_full(probe) is not None:
        return (
            f"free some space on that disk (`df -h {probe}` shows it; empty the trash, remove "
            f"old files), {ELSEWHERE} on another disk"
        )
    return f"check {folder} and its parent folders, {ELSEWHERE}"


def read_only_mount_fix(probe: Path) -> str:
    """No permission change helps on a read-only mount: remount it, or use another disk."""
    return (
        f"remount its file system read-write, as chmod cannot help here (`findmnt -T {probe}` "
        f"shows its mount point, then `sudo mount -o remount,rw MOUNT-POINT`), or set "
        f"{HOME_ENV} to a folder on a writable disk"
    )


def permission_fix(probe: Path) -> str:
    """``chmod`` for a folder of the user's own; its owner or an administrator otherwise (the
    user cannot change another's folder)."""
    owner = _owner(probe)
    if owner is None or owner == os.getuid():
        return f"make {probe} writable for you (chmod u+rwx {probe}), {ELSEWHERE}"
    return (
        f"{probe} belongs to {_user_name(owner)}: ask them or an administrator to give it to "
        f"you (sudo chown {_user_name(os.getuid())} {probe}), {ELSEWHERE}"
    )


def _owner(path: Path) -> int | None:
    """The user id owning `path`; None where there are no user ids (Windows) or it cannot
    be looked at."""
    if not hasattr(os, "getuid"):
        return None
    try:
        return path.stat().st_uid
    except OSError:
        return None


def _user_name(uid: int) -> str:
    try:
        import pwd  # not on Windows

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return f"user {uid}"
