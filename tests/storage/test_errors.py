"""OS errors in words a user can act on (storage.errors)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from retrocoach.storage.files import (
    storage_error,
)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "not permitted"),
        (errno.EROFS, "read-only"),
        (errno.ENOSPC, "full"),
        (errno.ENOTDIR, "not a folder"),
    ],
)
def test_error_messages_name_the_path_and_cause(code: int, words: str) -> None:
    error = storage_error(OSError(code, os.strerror(code)), Path("/x/settings.json"))
    assert str(error).startswith("Cannot save /x/settings.json: ")
    assert words in str(error)


def test_unknown_errno_uses_strerror() -> None:
    error = storage_error(OSError(errno.EIO, "Input/output error"), Path("/x"), "read")
    assert str(error) == "Cannot read /x: Input/output error."
