"""Reading the user's files without hanging or running out of memory.

The guard itself is :mod:`retrocoach.fileguard` (speech reads voice files through it too, and
speech may not import storage); storage's modules import it from here, as before.
"""

from __future__ import annotations

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

__all__ = [
    "FileTooLargeError",
    "NotARegularFileError",
    "check_regular",
    "kind_of",
    "kind_text",
    "open_regular",
    "open_regular_fd",
    "read_regular",
]
