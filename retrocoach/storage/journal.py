"""The running session's journal: a crash or a power cut becomes an "interrupted" record.

While a session runs, :class:`SessionJournal` keeps ``session-journal.json`` up to date at each
phase boundary (small atomic writes). A normal end appends the record to the history and
removes the journal; after a crash the journal is still there, and :meth:`SessionJournal.recover`
at the next start turns it into one "interrupted" record. Recovery is idempotent: a journal
whose session is already in the history is just removed, so a session is recorded exactly once.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem
from retrocoach.core.session import Session
from retrocoach.storage.files import StorageError, atomic_write_bytes, set_aside, storage_error
from retrocoach.storage.history import (
    HistoryStore,
    SessionRecord,
    error_reason,
    iso_local,
)
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import said, warning
from retrocoach.storage.reading import FileTooLargeError, read_regular

JOURNAL_VERSION = 1
MAX_JOURNAL_BYTES = 64 * 1024


class SessionJournal:
    """The journal of the running session; see the module docstring.

    ``begin``/``update``/``finish`` run from session listeners, so they never raise on a disk
    problem: they return the problems (none when all is written) for the app to show, and keep
    the state in memory; :meth:`flush_pending` retries.
    """

    def __init__(self, paths: DataPaths, history: HistoryStore | None = None) -> None:
        self.path: Path = paths.journal_file
        self.history = history if history is not None else HistoryStore(paths)
        self.problems: list[Problem] = []  # from the last recover()
        self._current: SessionRecord | None = None
        self._updated_at = ""
        self._dirty = False

    @property
    def current(self) -> SessionRecord | None:
        """The running session as last updated (outcome "interrupted" until it finishes)."""
        return self._current

    @property
    def saved(self) -> bool:
        """False while the latest journal state is only in memory."""
        return not self._dirty

    def begin(
        self,
        workout_id: str,
        workout_name: str,
        rounds_planned: int,
        started_at: datetime | str | None = None,
    ) -> list[Problem]:
        """Start journalling a new session (a journal left by a crash is recovered first)."""
        if self._current is None and self.path.exists():
            self.recover()
        start = started_at if isinstance(started_at, str) else iso_local(started_at)
        self._current = SessionRecord(
            start, workout_id, workout_name, rounds_planned, 0, 0.0, 0.0, "interrupted"
        )
        return self._write()

    def update(
        self,
        *,
        rounds_done: int,
        active_seconds: float,
        backward_seconds: float,
        kcal: float | None = None,
    ) -> list[Problem]:
        """Record the progress so far (call at each phase boundary)."""
        if self._current is None:
            raise RuntimeError("SessionJournal.update() before begin()")
        self._current = replace(
            self._current,
            rounds_done=rounds_done,
            active_seconds=active_seconds,
            backward_seconds=backward_seconds,
            kcal=kcal,
        )
        return self._write()

    def update_from(self, session: Session, kcal: float | None = None) -> list[Problem]:
        return self.update(
            rounds_done=session.rounds_done,
            active_seconds=session.active_seconds,
            backward_seconds=session.backward_seconds,
            kcal=kcal,
        )

    def finish(self, record: SessionRecord | None = None) -> list[Problem]:
        """End the session: append `record` (if given) to the history, then remove the journal.

        If the history cannot be written, the record waits in ``history.pending`` and the
        journal file stays as a durable trace (recovery will not duplicate the record).
        """
        self._current, self._dirty = None, False
        if record is not None:
            try:
                self.history.append(record)
            except StorageError as error:
                return [error.problem]
        return self._remove()

    def flush_pending(self) -> list[Problem]:
        """Retry what the disk refused: the journal, then the pending history records; the
        problems that are left (none: all is written)."""
        try:
            if self._dirty and self._current is not None:
                problems = self._write()
                if problems:
                    return problems
            self.history.flush_pending()
        except StorageError as error:
            return [error.problem]
        if self._current is None and self.path.exists():
            return self._remove_if_recorded()
        return []

    def recover(self) -> SessionRecord | None:
        """Turn a journal left by a crash into an "interrupted" history record (exactly once).

        Returns the new record, or None when there was nothing to recover. Problems (a damaged
        journal, a disk that refuses the record) are in :attr:`problems`; a refused record
        waits in ``history.pending``. The app calls this once at start-up, before any session:
        it is also where a torn last line of the history is moved aside, before anything is
        appended after it.
        """
        self.problems = list(self.history.set_aside_torn_tail())
        record = self._read()
        if record is None:
            return None
        if self.history.contains(record.started_at, record.workout_id):
            self._remove()
            return None
        try:
            self.history.append(record)
        except StorageError as error:
            self.problems.append(error.problem)
            return record  # pending; the journal stays until the record is on disk
        self.problems.extend(self._remove())
        return record

    # --- internals ----------------------------------------------------------------------------

    def _write(self) -> list[Problem]:
        assert self._current is not None
        self._updated_at = iso_local()
        data = {
            **self._current.to_json(),
            "version": JOURNAL_VERSION,  # the journal's own version, not the history line's
            "updated_at": self._updated_at,
        }
        del data["outcome"]
        try:
            atomic_write_bytes(self.path, (json.dumps(data, ensure_ascii=False) + "\n").encode())
        except StorageError as error:
            self._dirty = True
            kept = said(QT_TRANSLATE_NOOP("storage", "The running session is kept in memory."))
            cause = error.problem
            return [Problem(cause.what, cause.severity, why=kept, detail=cause.detail)]
        self._dirty = False
        return []

    def _remove(self) -> list[Problem]:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            return [storage_error(error, self.path, "remove").problem]
        return []

    def _remove_if_recorded(self) -> list[Problem]:
        record = self._read()
        if record is not None and self.history.contains(record.started_at, record.workout_id):
            return self._remove()
        return []

    def _read(self) -> SessionRecord | None:
        try:
            raw = read_regular(self.path, MAX_JOURNAL_BYTES)
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as error:  # unreadable, or a FIFO...: left alone, reported
            unreadable = QT_TRANSLATE_NOOP(
                "storage", "The journal of an unfinished session could not be read: {error}"
            )
            cause = storage_error(error, self.path, "read").problem
            self.problems.append(warning(unreadable, error=cause.what, detail=cause.detail))
            return None
        except FileTooLargeError as error:
            reason = str(error)
        else:
            try:
                data = json.loads(raw)
                if not isinstance(data, dict) or data.get("version") != JOURNAL_VERSION:
                    raise ValueError(f"version: must be {JOURNAL_VERSION}")
                return SessionRecord.from_json({**data, "outcome": "interrupted"})
            except (ValueError, TypeError, RecursionError) as error:
                reason = error_reason(error)
        try:
            backup = set_aside(self.path)
        except StorageError as error:
            stuck = QT_TRANSLATE_NOOP(
                "storage",
                "The journal of an unfinished session {path} is damaged ({reason}) and "
                "could not be moved aside: {error}",
            )
            self.problems.append(
                warning(stuck, path=str(self.path), reason=reason, error=error.problem.what)
            )
            return None
        damaged = QT_TRANSLATE_NOOP(
            "storage",
            "The journal of an unfinished session was damaged ({reason}); it was kept as "
            "{backup} and no record was made from it.",
        )
        self.problems.append(warning(damaged, reason=reason, backup=backup.name))
        return None
