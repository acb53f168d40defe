"""Logging to a rotating file in the user log folder (1 MB x 3), and to stderr.

If the log folder cannot be created or the file cannot be opened (read-only home, odd
permissions, a FIFO or a device in its place), the app logs to stderr only and says so once:
logging never stops the app.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from retrocoach.storage.paths import DataPaths
from retrocoach.storage.reading import check_regular

MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MARK = "_retrocoach_handler"

log = logging.getLogger(__name__)


#: Set to DEBUG to log every cue and beep as it is handed to the audio output (the session
#: audio benchmark reads them from the log file).
LOG_LEVEL_ENV = "RETROCOACH_LOG_LEVEL"


def setup_logging(
    paths: DataPaths, level: int | None = None, stderr_level: int = logging.WARNING
) -> Path | None:
    """Attach the app's handlers to the root logger; the log file, or None (stderr only).

    `level` defaults to $RETROCOACH_LOG_LEVEL (a level name), else INFO. Calling it again
    replaces the handlers it added before (no duplicate lines).
    """
    if level is None:
        named = logging.getLevelName(os.environ.get(LOG_LEVEL_ENV, "INFO").upper())
        level = named if isinstance(named, int) else logging.INFO
    root = logging.getLogger()
    teardown_logging()
    formatter = logging.Formatter(FORMAT)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(stderr_level)
    console.setFormatter(formatter)
    _add(root, console)
    root.setLevel(min(level, stderr_level))
    log_file = paths.log_file
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):  # opening a FIFO to append would block
            check_regular(log_file, os.stat(log_file).st_mode)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        log.warning(
            "Cannot write the log file in %s (%s); logging to stderr only.",
            paths.log_dir,
            error.strerror or error,
        )
        return None
    handler.setLevel(level)
    handler.setFormatter(formatter)
    _add(root, handler)
    return log_file


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    setattr(handler, _MARK, True)
    root.addHandler(handler)


def teardown_logging() -> None:
    """Remove and close the handlers :func:`setup_logging` added (tests, a second setup)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
