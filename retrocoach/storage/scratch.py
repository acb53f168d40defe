"""A folder the app can write to for files it can always make again (the voice cache).

When the user's cache folder cannot be written (read-only, full, a file in its way), the
voice would otherwise go silent: here a private temporary folder stands in for this run, and
the reason is said once. Nothing in it is the user's data, so nothing is lost; it is removed
when the app quits.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text, verbatim
from retrocoach.storage.files import storage_error
from retrocoach.storage.problems import said


def writable_or_temporary(folder: Path, what: str | Text) -> tuple[Path, list[Problem]]:
    """`folder` (created if needed) when a file can be written in it; else a new temporary
    folder and the problem saying why and where `what` goes instead."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-check-"):
            pass
        return folder, []
    except OSError as error:
        cause = storage_error(error, folder, "write to").problem
    fallback = Path(tempfile.mkdtemp(prefix="retrocoach-"))
    atexit.register(shutil.rmtree, fallback, True)
    instead = said(
        QT_TRANSLATE_NOOP("storage", "{what} goes to {folder} for this run instead (not kept)."),
        what=verbatim(what) if isinstance(what, str) else what,
        folder=str(fallback),
    )
    return fallback, [Problem(cause.what, cause.severity, why=instead, detail=cause.detail)]
