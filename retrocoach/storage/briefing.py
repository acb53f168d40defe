"""Whether the briefing before the first session was given: a small flag file in the data
folder (:attr:`DataPaths.briefing_flag`), written once, atomically. A data folder with a
history but no flag (from before the briefing existed) does not get it either: that runner
has run backwards before."""

from __future__ import annotations

from retrocoach.core.problem import Problem
from retrocoach.storage.files import StorageError, atomic_write_text
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.session_record import iso_local


def briefing_due(paths: DataPaths) -> bool:
    """True on a fresh data folder: no flag, and no history yet."""
    return not paths.briefing_flag.exists() and not paths.history_file.exists()


def mark_briefing_done(paths: DataPaths) -> Problem | None:
    """Write the flag (when it was given, for the curious); the problem if the disk refused."""
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_text(paths.briefing_flag, f"briefing given {iso_local()}\n")
    except StorageError as error:
        return error.problem
    except OSError as error:
        return StorageError(str(error), paths.briefing_flag, error.errno).problem
    return None
