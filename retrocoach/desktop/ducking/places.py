"""Where the ducking state file goes: the data folder's cache, else this user's private folder
in the system's temporary folder (``DataPaths.spare_folder``, which already holds the spare
journal and instance lock) when the cache cannot be written (a read-only or full data folder).

Both places are read when the app starts (and by the watchdog), so what a crashed app left in
either is given back. A file that cannot be written in either place is a
:class:`StateFileError`: its message says so, not "the sound server did not answer".
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from retrocoach.desktop.ducking.lowering import Record
from retrocoach.desktop.ducking.state import restore_from, write_state
from retrocoach.desktop.ducking.streams import VolumeBackend
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.spare_journal import private_folder

log = logging.getLogger(__name__)


class StateFileError(OSError):
    """Neither place took the state file: `path` is the data folder's, `reason` why (and
    why the spare place did not take it either)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path, self.reason = path, reason


class StatePlaces:
    """The state file's place (`main`) and its spare (None: none)."""

    def __init__(self, main: Path, spare: Path | None = None) -> None:
        self.main, self.spare = main, spare
        self.current = main  # the spare once the main place refused

    @classmethod
    def of(cls, paths: DataPaths) -> StatePlaces:
        return cls(paths.ducking_state_file, paths.spare_ducking_state_file)

    @property
    def all(self) -> tuple[Path, ...]:
        """Every place a state file may be in (the watchdog is given them all)."""
        return (self.main,) if self.spare is None else (self.main, self.spare)

    def left(self) -> bool:
        """Whether a state file is there (a dead app's, to restore)."""
        return any(path.exists() for path in self.all)

    def write(self, records: dict[str, Record]) -> None:
        """Keep `records` (none: remove the file from every place); StateFileError if
        neither place can hold them."""
        if not records:
            for path in self.all:
                with contextlib.suppress(OSError):
                    write_state(path, {})
            return
        try:
            write_state(self.current, records)
            return
        except OSError as error:
            if self.current == self.spare or self.spare is None:
                raise StateFileError(self.current, _reason(error)) from error
            refused = error
        try:
            private_folder(self.spare.parent)
            write_state(self.spare, records)
        except OSError as error:  # both places named: the data folder's is the one to fix
            reason = f"{_reason(refused)}; nor in {self.spare}: {_reason(error)}"
            raise StateFileError(self.main, reason) from error
        log.warning(
            "ducking: %s cannot be written (%s): using %s",
            self.main, _reason(refused), self.spare,
        )  # fmt: skip
        self.current = self.spare

    def restore(self, backend: VolumeBackend) -> int:
        """Give back what any place lists (see ``state.restore_from``); how many streams."""
        return sum(restore_from(path, backend) for path in self.all if path.exists())


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__
