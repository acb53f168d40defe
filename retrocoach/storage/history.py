"""The training history (append-only JSON Lines) and the running session's journal.

``history.jsonl`` holds one :class:`SessionRecord` per line. It is only ever appended to: a
line that cannot be read is skipped and reported, a copy of the file is kept aside
(``history.jsonl.corrupt-...``, once per damage), and the file itself is never rewritten.

While a session runs, :class:`SessionJournal` keeps ``session-journal.json`` up to date at each
phase boundary (small atomic writes). A normal end appends the record and removes the journal;
after a crash or a power cut the journal is still there, and :meth:`SessionJournal.recover` at
the next start turns it into one "interrupted" record. Recovery is idempotent: a journal whose
session is already in the history is just removed, so a session is recorded exactly once.

When the disk refuses a write (read-only, full), nothing is dropped: records wait in
:attr:`HistoryStore.pending` (shown by :meth:`HistoryStore.load`) and the journal stays in
memory, until :meth:`SessionJournal.flush_pending` / :meth:`HistoryStore.flush_pending` succeed.

Usage by the app::

    history = HistoryStore(paths); journal = SessionJournal(paths, history)
    journal.recover()                                  # at start-up
    journal.begin(workout.id, workout.name, rounds)    # on start
    journal.update_from(session)                       # on each PhaseStarted (and pause)
    journal.finish(record_from_session(session, started_at, kcal))   # on Finished
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from retrocoach.core.session import Outcome as SessionOutcome
from retrocoach.core.session import Session
from retrocoach.storage.files import (
    StorageError,
    append_line,
    atomic_write_bytes,
    backups_of,
    copy_aside,
    set_aside,
    storage_error,
)
from retrocoach.storage.paths import DataPaths

Outcome = Literal["completed", "stopped", "interrupted"]
OUTCOMES: tuple[Outcome, ...] = ("completed", "stopped", "interrupted")
JOURNAL_VERSION = 1
MAX_JOURNAL_BYTES = 64 * 1024
CSV_COLUMNS = (
    "started_at",
    "workout_id",
    "workout_name",
    "rounds_planned",
    "rounds_done",
    "active_seconds",
    "backward_seconds",
    "outcome",
    "kcal",
)
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_MAX_TEXT = 200
_MAX_COUNT = 10_000
_MAX_SECONDS = 10_000_000.0
_SHOWN_BAD_LINES = 5


def iso_local(moment: datetime | None = None) -> str:
    """`moment` (default: now) as local time with its UTC offset, to the second."""
    moment = datetime.now() if moment is None else moment
    return moment.astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class SessionRecord:
    """One session in the history. `started_at` is ISO local time with offset."""

    started_at: str
    workout_id: str
    workout_name: str
    rounds_planned: int
    rounds_done: int
    active_seconds: float
    backward_seconds: float
    outcome: Outcome
    kcal: float | None = None

    @property
    def started(self) -> datetime:
        return datetime.fromisoformat(self.started_at)

    def to_json(self) -> dict[str, Any]:
        return {
            "started_at": self.started_at,
            "workout_id": self.workout_id,
            "workout_name": self.workout_name,
            "rounds_planned": self.rounds_planned,
            "rounds_done": self.rounds_done,
            "active_seconds": round(self.active_seconds, 1),
            "backward_seconds": round(self.backward_seconds, 1),
            "outcome": self.outcome,
            "kcal": None if self.kcal is None else round(self.kcal, 1),
        }

    def to_line(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: object) -> SessionRecord:
        """Validate decoded JSON; ValueError naming the field. Unknown keys are ignored."""
        if not isinstance(data, dict):
            raise ValueError("a JSON object was expected")
        started_at = data.get("started_at")
        if not isinstance(started_at, str) or not _ISO_START.match(started_at):
            raise ValueError(f"started_at: must be an ISO date and time, got {started_at!r:.40}")
        try:
            datetime.fromisoformat(started_at)
        except ValueError:
            raise ValueError(f"started_at: not a valid date and time: {started_at!r:.40}") from None
        outcome = data.get("outcome")
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome: must be one of {', '.join(OUTCOMES)}, got {outcome!r:.40}")
        kcal = data.get("kcal")
        return cls(
            started_at=started_at,
            workout_id=_text(data, "workout_id"),
            workout_name=_text(data, "workout_name"),
            rounds_planned=_count(data, "rounds_planned"),
            rounds_done=_count(data, "rounds_done"),
            active_seconds=_seconds(data, "active_seconds"),
            backward_seconds=_seconds(data, "backward_seconds"),
            outcome=outcome,
            kcal=None if kcal is None else _seconds(data, "kcal"),
        )


def _text(data: Mapping[str, object], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value or len(value) > _MAX_TEXT:
        raise ValueError(f"{key}: must be text of 1 to {_MAX_TEXT} characters")
    return value


def _count(data: Mapping[str, object], key: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_COUNT:
        raise ValueError(f"{key}: must be a whole number from 0 to {_MAX_COUNT}, got {value!r:.40}")
    return value


def _seconds(data: Mapping[str, object], key: str) -> float:
    value = data.get(key)
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not 0 <= value <= _MAX_SECONDS
    ):
        raise ValueError(f"{key}: must be a number from 0 to {_MAX_SECONDS:.0f}, got {value!r:.40}")
    return float(value)


def record_from_session(
    session: Session,
    started_at: datetime | str,
    kcal: float | None = None,
    outcome: Outcome | None = None,
) -> SessionRecord:
    """The history record of `session`. A session that has not finished is "interrupted"."""
    if outcome is None:
        if session.outcome is None:
            outcome = "interrupted"
        else:
            outcome = "completed" if session.outcome is SessionOutcome.COMPLETED else "stopped"
    plan = session.plan
    return SessionRecord(
        started_at=started_at if isinstance(started_at, str) else iso_local(started_at),
        workout_id=plan.workout.id,
        workout_name=plan.workout.name,
        rounds_planned=plan.rounds,
        rounds_done=session.rounds_done,
        active_seconds=session.active_seconds,
        backward_seconds=session.backward_seconds,
        outcome=outcome,
        kcal=kcal,
    )


# --- the history file -------------------------------------------------------------------------


class HistoryStore:
    """Appends to and reads ``history.jsonl``; holds records the disk refused in memory."""

    def __init__(self, paths: DataPaths) -> None:
        self.path: Path = paths.history_file
        self._pending: list[SessionRecord] = []

    @property
    def pending(self) -> tuple[SessionRecord, ...]:
        """Records not on disk yet (the disk refused them), oldest first."""
        return tuple(self._pending)

    def append(self, record: SessionRecord) -> None:
        """Append one record (after any pending ones, in order).

        On a read-only or full disk the record is kept in :attr:`pending` and StorageError is
        raised for the user to see; :meth:`flush_pending` writes it later.
        """
        self._pending.append(record)
        self.flush_pending()

    def flush_pending(self) -> int:
        """Write the pending records in order; how many were written. StorageError if stuck."""
        written = 0
        while self._pending:
            try:
                append_line(self.path, self._pending[0].to_line())
            except StorageError as error:
                count = len(self._pending)
                raise StorageError(
                    f"{error} {count} session(s) are kept in memory and will be saved when the "
                    "disk can be written.",
                    error.path,
                    error.errno,
                ) from error
            self._pending.pop(0)
            written += 1
        return written

    def load(self) -> tuple[list[SessionRecord], list[str]]:
        """All records in file order, then the pending ones; plus messages for the user."""
        messages: list[str] = []
        records: list[SessionRecord] = []
        try:
            data = self.path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            data = b""
        except OSError as error:
            messages.append(f"{storage_error(error, self.path, 'read')} The history is not shown.")
            data = b""
        bad: list[tuple[int, str]] = []
        bad_end = 0
        offset = 0
        for number, raw in enumerate(data.split(b"\n"), 1):
            end = offset + len(raw) + 1
            if raw.strip():
                try:
                    records.append(SessionRecord.from_json(json.loads(raw)))
                except (ValueError, TypeError, RecursionError) as error:
                    bad.append((number, _reason(error)))
                    bad_end = min(end, len(data))
            offset = end
        if bad:
            messages.append(self._report_bad_lines(data, bad, bad_end))
        if self._pending:
            messages.append(
                f"{len(self._pending)} session(s) are not saved to {self.path} yet; they are "
                "kept in memory and saved when the disk can be written."
            )
        return records + self._pending, messages

    def _report_bad_lines(self, data: bytes, bad: list[tuple[int, str]], bad_end: int) -> str:
        shown = "; ".join(f"line {n}: {reason}" for n, reason in bad[:_SHOWN_BAD_LINES])
        more = f"; and {len(bad) - _SHOWN_BAD_LINES} more" if len(bad) > _SHOWN_BAD_LINES else ""
        text = (
            f"{len(bad)} line(s) of the history {self.path} could not be read and are skipped "
            f"({shown}{more}). The file is not changed"
        )
        existing = self._backup_holding(data, bad_end)
        if existing is not None:
            return f"{text}; a copy is kept as {existing.name}."
        try:
            backup = copy_aside(self.path)
        except StorageError as error:
            return f"{text}; a copy could not be kept ({error})."
        return f"{text}; a copy is kept as {backup.name}."

    def _backup_holding(self, data: bytes, bad_end: int) -> Path | None:
        """The newest backup that already holds every bad line (the file only grows)."""
        backups = backups_of(self.path)
        if not backups:
            return None
        newest = backups[-1]
        try:
            size = newest.stat().st_size
            if bad_end <= size <= len(data) and newest.read_bytes() == data[:size]:
                return newest
        except OSError:
            pass
        return None

    def contains(self, started_at: str, workout_id: str) -> bool:
        """Whether a record of the session that started at `started_at` is already kept."""
        if any(r.started_at == started_at and r.workout_id == workout_id for r in self._pending):
            return True
        try:
            data = self.path.read_bytes()
        except OSError:
            return False
        needle = json.dumps(started_at).encode("utf-8")
        for raw in data.split(b"\n"):
            if needle in raw:
                try:
                    record = SessionRecord.from_json(json.loads(raw))
                except (ValueError, TypeError, RecursionError):
                    continue
                if record.started_at == started_at and record.workout_id == workout_id:
                    return True
        return False

    def export_csv(self, path: Path) -> int:
        """Write all records as CSV (atomically); the number of rows. StorageError if refused."""
        records, _ = self.load()
        atomic_write_bytes(path, csv_text(records).encode("utf-8"))
        return len(records)


def _reason(error: BaseException) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"not valid JSON ({error.msg})"
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8 text"
    return (str(error) or type(error).__name__)[:120]


def csv_text(records: Iterable[SessionRecord]) -> str:
    """The records as CSV (a header row, then one row each; empty kcal when unknown)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        row = record.to_json()
        row["workout_name"] = _no_formula(record.workout_name)
        row["workout_id"] = _no_formula(record.workout_id)
        writer.writerow(["" if row[c] is None else row[c] for c in CSV_COLUMNS])
    return out.getvalue()


def _no_formula(text: str) -> str:
    """A spreadsheet must not run a name as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# --- the running session's journal ------------------------------------------------------------


class SessionJournal:
    """The journal of the running session; see the module docstring.

    ``begin``/``update``/``finish`` run from session listeners, so they never raise on a disk
    problem: they return the StorageError (or None) for the app to show, and keep the state in
    memory; :meth:`flush_pending` retries.
    """

    def __init__(self, paths: DataPaths, history: HistoryStore | None = None) -> None:
        self.path: Path = paths.journal_file
        self.history = history if history is not None else HistoryStore(paths)
        self.messages: list[str] = []  # from the last recover()
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
    ) -> StorageError | None:
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
    ) -> StorageError | None:
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

    def update_from(self, session: Session, kcal: float | None = None) -> StorageError | None:
        return self.update(
            rounds_done=session.rounds_done,
            active_seconds=session.active_seconds,
            backward_seconds=session.backward_seconds,
            kcal=kcal,
        )

    def finish(self, record: SessionRecord | None = None) -> StorageError | None:
        """End the session: append `record` (if given) to the history, then remove the journal.

        If the history cannot be written, the record waits in ``history.pending`` and the
        journal file stays as a durable trace (recovery will not duplicate the record).
        """
        self._current, self._dirty = None, False
        if record is not None:
            try:
                self.history.append(record)
            except StorageError as error:
                return error
        return self._remove()

    def flush_pending(self) -> StorageError | None:
        """Retry what the disk refused: the journal, then the pending history records."""
        try:
            if self._dirty and self._current is not None:
                error = self._write()
                if error is not None:
                    return error
            self.history.flush_pending()
        except StorageError as error:
            return error
        if self._current is None and self.path.exists():
            return self._remove_if_recorded()
        return None

    def recover(self) -> SessionRecord | None:
        """Turn a journal left by a crash into an "interrupted" history record (exactly once).

        Returns the new record, or None when there was nothing to recover. Problems (a damaged
        journal, a disk that refuses the record) are in :attr:`messages`; a refused record
        waits in ``history.pending``.
        """
        self.messages = []
        record = self._read()
        if record is None:
            return None
        if self.history.contains(record.started_at, record.workout_id):
            self._remove()
            return None
        try:
            self.history.append(record)
        except StorageError as error:
            self.messages.append(str(error))
            return record  # pending; the journal stays until the record is on disk
        problem = self._remove()
        if problem is not None:
            self.messages.append(str(problem))
        return record

    # --- internals ----------------------------------------------------------------------------

    def _write(self) -> StorageError | None:
        assert self._current is not None
        self._updated_at = iso_local()
        data = {
            "version": JOURNAL_VERSION,
            **self._current.to_json(),
            "updated_at": self._updated_at,
        }
        del data["outcome"]
        try:
            atomic_write_bytes(self.path, (json.dumps(data, ensure_ascii=False) + "\n").encode())
        except StorageError as error:
            self._dirty = True
            return StorageError(
                f"{error} The running session is kept in memory.", error.path, error.errno
            )
        self._dirty = False
        return None

    def _remove(self) -> StorageError | None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            return storage_error(error, self.path, "remove")
        return None

    def _remove_if_recorded(self) -> StorageError | None:
        record = self._read()
        if record is not None and self.history.contains(record.started_at, record.workout_id):
            return self._remove()
        return None

    def _read(self) -> SessionRecord | None:
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(MAX_JOURNAL_BYTES + 1)
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as error:
            self.messages.append(str(storage_error(error, self.path, "read")))
            return None
        try:
            if len(raw) > MAX_JOURNAL_BYTES:
                raise ValueError("too large")
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("version") != JOURNAL_VERSION:
                raise ValueError(f"version: must be {JOURNAL_VERSION}")
            return SessionRecord.from_json({**data, "outcome": "interrupted"})
        except (ValueError, TypeError, RecursionError) as error:
            reason = _reason(error)
        try:
            backup = set_aside(self.path)
        except StorageError as error:
            self.messages.append(
                f"The journal of an unfinished session {self.path} is damaged ({reason}) and "
                f"could not be moved aside: {error}"
            )
            return None
        self.messages.append(
            f"The journal of an unfinished session was damaged ({reason}); it was kept as "
            f"{backup.name} and no record was made from it."
        )
        return None
