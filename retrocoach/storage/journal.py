"""The running session's journal: a crash or a power cut becomes an "interrupted" record.

While a session runs, :class:`SessionJournal` keeps ``session-journal.json`` up to date (small
atomic writes, as the recorder asks: at each phase boundary and every few seconds within a
phase). At the finish the journal is rewritten with the finished record (its outcome
included) before the history is appended to, then removed; so if the history cannot be
written (a read-only folder, ``history.jsonl`` that is not a file) and the app is quit, the
next start records the session as it ended, never as "interrupted". After a crash the journal
is still there, and :meth:`SessionJournal.recover` at the next start turns it into one record
("interrupted" unless it had finished). Recovery is idempotent: a journal whose session is
already in the history is just removed, so a session is recorded exactly once.

When the data folder refuses the journal itself, it goes to the spare place
(:mod:`.spare_journal`, the system's temporary folder); recovery reads both and keeps the newer.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from datetime import UTC, datetime
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
from retrocoach.storage.spare_journal import remove_spare, write_spare

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
        self.spare_path: Path = paths.spare_journal_file
        self.history = history if history is not None else HistoryStore(paths)
        self.problems: list[Problem] = []  # from the last recover()
        self._current: SessionRecord | None = None
        self._updated_at = ""
        self._dirty = False
        self._final: SessionRecord | None = None  # finished, its journal not yet written

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
        if self._current is None and (self.path.exists() or self.spare_path.exists()):
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
        """End the session: rewrite the journal with `record` (if given), append it to the
        history, then remove the journal.

        If the history cannot be written, the record waits in ``history.pending`` and the
        journal stays, holding the finished record, as a durable trace (recovery records it
        as it ended, once).
        """
        self._current, self._dirty, self._final = None, False, None
        if record is None:
            return self._remove()
        self._final = record
        problems = self._write()
        try:
            self.history.append(record)
        except StorageError as error:
            return [error.problem, *problems]
        self._final = None
        return self._remove()

    def flush_pending(self) -> list[Problem]:
        """Retry what the disk refused: the journal, then the pending history records; the
        problems that are left (none: all is written)."""
        try:
            if self._dirty and (self._current or self._final) is not None:
                problems = self._write()
                if problems:
                    return problems
            self.history.flush_pending()
        except StorageError as error:
            return [error.problem]
        self._final = None  # on disk now, if it was waiting
        if self._current is None and (self.path.exists() or self.spare_path.exists()):
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
        record = self._newer(self._read(self.path), self._read(self.spare_path))
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
        """The running (or just finished) session to the journal; to the spare place when
        the data folder refuses it (the session is then said to be kept in memory)."""
        current = self._final or self._current
        assert current is not None
        self._updated_at = iso_local()
        data = {
            **current.to_json(),
            "version": JOURNAL_VERSION,  # the journal's own version, not the history line's
            "updated_at": self._updated_at,
        }
        if self._final is None:
            del data["outcome"]  # under way: "interrupted" if it is recovered
        raw = (json.dumps(data, ensure_ascii=False) + "\n").encode()
        try:
            atomic_write_bytes(self.path, raw)
        except StorageError as error:
            self._dirty = True
            with contextlib.suppress(StorageError):  # else in memory only: retried
                write_spare(self.spare_path, raw)
            kept = said(QT_TRANSLATE_NOOP("storage", "The running session is kept in memory."))
            cause = error.problem
            return [Problem(cause.what, cause.severity, why=kept, detail=cause.detail)]
        self._dirty = False
        remove_spare(self.spare_path)
        return []

    def _remove(self) -> list[Problem]:
        remove_spare(self.spare_path)
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            return [storage_error(error, self.path, "remove").problem]
        return []

    def _remove_if_recorded(self) -> list[Problem]:
        record = self._newer(self._read(self.path), self._read(self.spare_path))
        if record is not None and self.history.contains(record.started_at, record.workout_id):
            return self._remove()
        return []

    @staticmethod
    def _newer(
        *found: tuple[SessionRecord, str] | None,
    ) -> SessionRecord | None:
        """The record written last of those found (the journal, then its spare: within the
        same second the spare is the newer, written only after the journal was refused)."""
        records = [(_moment(item[1]), order, item[0]) for order, item in enumerate(found) if item]
        return max(records, key=lambda item: item[:2])[2] if records else None

    def _read(self, path: Path) -> tuple[SessionRecord, str] | None:
        """The record in the journal at `path` and when it was written; None if there is
        none, or it is damaged (then set aside, and said in :attr:`problems`)."""
        try:
            raw = read_regular(path, MAX_JOURNAL_BYTES)
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as error:  # unreadable, or a FIFO...: left alone, reported
            unreadable = QT_TRANSLATE_NOOP(
                "storage", "The journal of an unfinished session could not be read: {error}"
            )
            cause = storage_error(error, path, "read").problem
            self.problems.append(warning(unreadable, error=cause.what, detail=cause.detail))
            return None
        except FileTooLargeError as error:
            reason = str(error)
        else:
            try:
                data = json.loads(raw)
                if not isinstance(data, dict) or data.get("version") != JOURNAL_VERSION:
                    raise ValueError(f"version: must be {JOURNAL_VERSION}")
                record = SessionRecord.from_json({"outcome": "interrupted", **data})
                return record, str(data.get("updated_at", ""))
            except (ValueError, TypeError, RecursionError) as error:
                reason = error_reason(error)
        try:
            backup = set_aside(path)
        except StorageError as error:
            stuck = QT_TRANSLATE_NOOP(
                "storage",
                "The journal of an unfinished session {path} is damaged ({reason}) and "
                "could not be moved aside: {error}",
            )
            self.problems.append(
                warning(stuck, path=str(path), reason=reason, error=error.problem.what)
            )
            return None
        damaged = QT_TRANSLATE_NOOP(
            "storage",
            "The journal of an unfinished session was damaged ({reason}); it was kept as "
            "{backup} and no record was made from it.",
        )
        self.problems.append(warning(damaged, reason=reason, backup=backup.name))
        return None


def _moment(updated_at: str) -> datetime:
    """When a journal was written (its ``updated_at``); long ago if it does not say."""
    try:
        moment = datetime.fromisoformat(updated_at)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
