"""Reading the user's files without hanging or running out of memory.

The guard itself is :mod:`retrocoach.fileguard` (speech reads voice files through it too, and
speech may not import storage); storage's modules import it from here, as before.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem
from retrocoach.fileguard import (
    FileTooLargeError,
    NotARegularFileError,
    check_regular,
    kind_of,
    kind_text,
    open_regular,
    open_regular_fd,
    read_regular,
)
from retrocoach.storage.problems import warning

__all__ = [
    "FileTooLargeError",
    "NotARegularFileError",
    "check_regular",
    "file_problem",
    "kind_of",
    "kind_text",
    "open_regular",
    "open_regular_fd",
    "read_regular",
]


def file_problem(path: Path) -> Problem | None:
    """Why the app cannot read `path` as its file (a FIFO, ``/dev/zero``, a folder in its
    place...), with what to do; None when it is a regular file or not there (made on write).
    Nothing is opened: only ``os.stat`` (``retrocoach check``)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as error:
        cannot = QT_TRANSLATE_NOOP("storage", "{path} cannot be looked at ({reason})")
        return warning(cannot, path=str(path), reason=error.strerror or str(error))
    if stat.S_ISREG(mode):
        return None
    in_the_way = QT_TRANSLATE_NOOP(
        "storage",
        "{path} is {what}, not a regular file",
    )
    return warning(in_the_way, path=str(path), what=kind_text(mode))
