"""Writing a file at a path the user chose, without destroying anything on the way.

For ``export``, ``say --to-file`` and the app's export dialogs. The rules, checked before
anything is written and again at the moment of writing:

- the folder must exist (a typo must not create folders);
- only a regular file is ever replaced: a symbolic link, a folder, a device, a named pipe
  (FIFO) or a socket is always refused (``os.replace`` over ``/dev/full`` turns the device
  into a regular file, and over a symlink it replaces the link, not what it points to);
- an existing file is refused (:class:`TargetExists`) unless `overwrite` is true: the CLI's
  ``--force``, or a file dialog that has already asked;
- nothing is written into retrocoach's own folders: for the workouts folder the message says
  to import instead (a file written there would bypass the import's checks and could replace
  one of the user's workouts).

The data goes to a temp file in the same folder first. Without `overwrite` it is then
hard-linked to its name, which fails if a file appeared there meanwhile (no check-then-write
race); with `overwrite` it replaces the file in one step, as ``atomic_write_bytes`` does.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem
from retrocoach.storage.files import StorageError, fsync_folder, storage_error
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import said, warning

_KINDS = (
    (stat.S_ISLNK, QT_TRANSLATE_NOOP("storage", "a symbolic link")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("storage", "a device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("storage", "a device")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("storage", "a named pipe (FIFO)")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("storage", "a socket")),
)
#: Errors of os.link on file systems without hard links (FAT on a USB stick, some mounts).
_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK}


class TargetRefused(StorageError):
    """The chosen path is not a place to write to; the message says why."""


class TargetExists(TargetRefused):
    """A regular file is already there and overwriting was not asked for."""


def check_target(
    path: Path,
    *,
    overwrite: bool = False,
    paths: DataPaths | None = None,
    suggested_name: str = "",
) -> None:
    """Raise TargetRefused (or TargetExists) if `path` must not be written; else return.

    `suggested_name` (``beginner.json``) completes the message for a folder given as target.
    """
    try:
        mode: int | None = os.lstat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise storage_error(error, path) from error
    if mode is not None and stat.S_ISDIR(mode):
        if suggested_name:
            folder_given = warning(
                QT_TRANSLATE_NOOP(
                    "storage", "{path} is a folder: give a file name, for example {example}."
                ),
                path=str(path),
                example=str(path / suggested_name),
            )
        else:
            folder_given = warning(
                QT_TRANSLATE_NOOP("storage", "{path} is a folder: give a file name."),
                path=str(path),
            )
        raise TargetRefused(folder_given, path)
    for test, kind in _KINDS:
        if mode is not None and test(mode):
            special = QT_TRANSLATE_NOOP(
                "storage",
                "{path} is {kind}, not a regular file: it is never written to; "
                "give another file name.",
            )
            raise TargetRefused(warning(special, path=str(path), kind=said(kind)), path)
    folder = path.absolute().parent
    if not folder.is_dir():
        missing = QT_TRANSLATE_NOOP(
            "storage", "Cannot save {path}: the folder {folder} does not exist."
        )
        raise TargetRefused(warning(missing, path=str(path), folder=str(folder)), path)
    _refuse_app_folders(path, folder, paths or DataPaths.default())
    if mode is not None and not overwrite:
        raise _exists(path)


def _exists(path: Path) -> TargetExists:
    exists = QT_TRANSLATE_NOOP("storage", "{path} already exists.")
    return TargetExists(Problem(said(exists, path=str(path)), needs_answer=True), path)


def _refuse_app_folders(path: Path, folder: Path, paths: DataPaths) -> None:
    real = Path(os.path.realpath(folder))
    workouts = Path(os.path.realpath(paths.workouts_dir))
    if real == workouts or workouts in real.parents:
        ours = QT_TRANSLATE_NOOP(
            "storage",
            "{path} is in retrocoach's own workouts folder; to add a workout there, "
            "import it (retrocoach import FILE, or Import in the app).",
        )
        raise TargetRefused(warning(ours, path=str(path)), path)
    for label, own in paths.describe():
        own_real = Path(os.path.realpath(own))
        if real == own_real or own_real in real.parents:
            own_folder = QT_TRANSLATE_NOOP(
                "storage",
                "{path} is in retrocoach's own folder ({label}: {own}); choose another folder.",
            )
            problem = warning(own_folder, path=str(path), label=label.lower(), own=str(own))
            raise TargetRefused(problem, path)


def write_new_file(
    path: Path,
    data: bytes,
    *,
    overwrite: bool = False,
    paths: DataPaths | None = None,
    suggested_name: str = "",
) -> None:
    """Write `data` to `path` under the rules above; TargetRefused or StorageError if not.

    On any failure the target is as it was and no temp file is left behind.
    """
    check_target(path, overwrite=overwrite, paths=paths, suggested_name=suggested_name)
    temp: Path | None = None
    try:
        temp = _write_temp(path, data)
        if overwrite:
            check_target(path, overwrite=True, paths=paths, suggested_name=suggested_name)
            os.replace(temp, path)
        else:
            _link_no_clobber(temp, path)
        fsync_folder(path.absolute().parent)
    except FileExistsError as error:
        raise _exists(path) from error
    except OSError as error:
        raise storage_error(error, path) from error
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _write_temp(path: Path, data: bytes) -> Path:
    """A new file next to `path` holding `data`, flushed to disk (mode from the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = path.absolute().parent / f".{path.name[:200]}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(temp, flags, 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def _link_no_clobber(temp: Path, path: Path) -> None:
    """Give `temp`'s content the name `path`; FileExistsError if something is there."""
    try:
        os.link(temp, path, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
        if os.path.lexists(path):  # no hard links here: check, then rename (small race)
            raise FileExistsError(errno.EEXIST, "exists", str(path)) from error
        os.replace(temp, path)


__all__ = ["StorageError", "TargetExists", "TargetRefused", "check_target", "write_new_file"]
