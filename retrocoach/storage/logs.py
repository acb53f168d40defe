"""Logging to a rotating file in the user log folder (1 MB x 3), and to stderr.

If the log folder cannot be created or the file cannot be opened (read-only home, odd
permissions, a FIFO or a device in its place), the app logs to stderr only and says so once:
logging never stops the app. A write that fails later (a full disk) does not print Python's
"--- Logging error ---" and its traceback for every line: the file handler stops, one line
says so on stderr, and the problem goes to whoever listens (:func:`on_log_failure`: the
window's problem bridge).
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem
from retrocoach.storage.errors import os_reason
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import warning
from retrocoach.storage.reading import check_regular

MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MARK = "_retrocoach_handler"

log = logging.getLogger(__name__)


#: Set to DEBUG to log every cue and beep as it is handed to the audio output (the session
#: audio benchmark reads them from the log file).
LOG_LEVEL_ENV = "RETROCOACH_LOG_LEVEL"


_listeners: list[Callable[[Problem], None]] = []
_failures: list[Problem] = []  # said to a listener that comes later, too
_guard = threading.Lock()


def on_log_failure(listener: Callable[[Problem], None]) -> None:
    """Call `listener` with the problem when the log file cannot be written any more (at
    once if it already failed). It may be called from any thread that logs."""
    with _guard:
        _listeners.append(listener)
        failures = list(_failures)
    for problem in failures:
        listener(problem)


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """The log file; its first failed write ends it quietly (see the module docstring)."""

    failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        if self.failed:
            return
        self.failed = True
        error = sys.exc_info()[1]
        with contextlib.suppress(Exception):
            self.close()
        reason = os_reason(error) if isinstance(error, OSError) else str(error)
        stopped = QT_TRANSLATE_NOOP(
            "storage",
            "The log file {path} cannot be written ({reason}); retrocoach goes on and logs "
            "to the terminal only.",
        )
        problem = warning(stopped, path=self.baseFilename, reason=reason, detail=repr(error))
        with contextlib.suppress(Exception):
            sys.stderr.write(f"retrocoach: {problem.english()}\n")
        with _guard:
            _failures.append(problem)
            listeners = list(_listeners)
        for listener in listeners:
            with contextlib.suppress(Exception):
                listener(problem)


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
        handler = QuietFileHandler(
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
    """Remove and close the handlers :func:`setup_logging` added (tests, a second setup),
    and forget the failure listeners."""
    with _guard:
        _listeners.clear()
        _failures.clear()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
