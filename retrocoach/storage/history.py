"""The training history: append-only JSON Lines, one :class:`SessionRecord` per session.

``history.jsonl`` is only ever appended to: a line that cannot be read is skipped and reported,
a copy of the file is kept aside (``history.jsonl.corrupt-...``, once per damage), and the file
itself is not rewritten. The one exception is its end: an append that fails part-way (a full
disk) is cut back at once (:func:`retrocoach.storage.files.append_line`), and a last line left
torn by a crash is moved aside at the app's start-up (:meth:`HistoryStore.set_aside_torn_tail`).
When the disk refuses a write (read-only, full), nothing is dropped: records wait in
:attr:`HistoryStore.pending` (shown by :meth:`HistoryStore.load`) until
:meth:`HistoryStore.flush_pending` succeeds. The file is read as a stream, a line at a time,
and only if it is a regular file (:mod:`retrocoach.storage.reading`). The running session's
journal, which turns a crash into an "interrupted" record, is :mod:`retrocoach.storage.journal`.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from retrocoach.core.ranges import whole_in, whole_problem
from retrocoach.core.session import Outcome as SessionOutcome
from retrocoach.core.session import Session
from retrocoach.storage.files import (
    StorageError,
    append_line,
    backups_of,
    copy_aside,
    storage_error,
)
from retrocoach.storage.lines import iter_lines, set_aside_torn_tail
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.reading import open_regular

Outcome = Literal["completed", "stopped", "interrupted"]
OUTCOMES: tuple[Outcome, ...] = ("completed", "stopped", "interrupted")
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
_CHUNK = 64 * 1024
#: A longer line is not a record (a record is well under 2 KB): it is skipped unread.
MAX_LINE_BYTES = 64 * 1024


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
    value = whole_in(data.get(key), 0, _MAX_COUNT)
    if value is None:
        raise ValueError(f"{key}: {whole_problem(0, _MAX_COUNT, data.get(key))}")
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
        #: Why the last :meth:`load` could not read the file at all (None: it could, or
        #: there is none yet).
        self.read_error: str | None = None

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
        """All records in file order, then the pending ones; plus messages for the user.

        The file is read line by line (each line at most 64 KB), so its size does not matter;
        anything but a regular file is reported and not read.
        """
        messages: list[str] = []
        self.read_error = None
        records: list[SessionRecord] = []
        bad: list[tuple[int, str]] = []
        bad_end = 0
        try:
            with open_regular(self.path) as handle:
                for line in iter_lines(handle, MAX_LINE_BYTES):
                    if not line.too_long and not line.raw.strip():
                        continue
                    try:
                        if line.too_long:
                            raise ValueError(f"longer than {MAX_LINE_BYTES // 1024} KB")
                        records.append(_parse_line(line.raw))
                    except (ValueError, TypeError, RecursionError) as error:
                        bad.append((line.number, error_reason(error)))
                        bad_end = line.end
        except FileNotFoundError:
            pass  # no history yet (NotADirectoryError is not that: a file is in the way)
        except OSError as error:
            self.read_error = f"{storage_error(error, self.path, 'read')} The history is not shown."
            messages.append(self.read_error)
            bad = []
        if bad:
            messages.append(self._report_bad_lines(bad, bad_end))
        if self._pending:
            messages.append(
                f"{len(self._pending)} session(s) are not saved to {self.path} yet; they are "
                "kept in memory and saved when the disk can be written."
            )
        return records + self._pending, messages

    def set_aside_torn_tail(self) -> str | None:
        """At the app's start-up: move a last line cut short (a crash, a full disk) aside.

        The torn bytes go to a new ``history.jsonl.corrupt-...`` and are cut off the file, so
        they are reported once, here, and never again; every complete line is kept. A last
        line that is a whole record without its newline is left alone. Returns the message for
        the user, or None when the file ends cleanly. Not for commands that may run beside the
        app: it rewrites the end of the file.
        """
        try:
            torn = set_aside_torn_tail(self.path, _is_record, MAX_LINE_BYTES)
        except StorageError as error:
            return (
                f"The history {self.path} ends with a line that was cut short (a crash or a "
                f"full disk), and it could not be moved aside: {error} It is skipped."
            )
        if torn is None:
            return None
        return (
            f"The last line of the history {self.path} was cut short ({torn.size} bytes; a "
            "crash or a full disk stopped a write). It was moved to "
            f"{torn.backup.name}; every session before it is kept."
        )

    def _report_bad_lines(self, bad: list[tuple[int, str]], bad_end: int) -> str:
        shown = "; ".join(f"line {n}: {reason}" for n, reason in bad[:_SHOWN_BAD_LINES])
        more = f"; and {len(bad) - _SHOWN_BAD_LINES} more" if len(bad) > _SHOWN_BAD_LINES else ""
        text = (
            f"{len(bad)} line(s) of the history {self.path} could not be read and are skipped "
            f"({shown}{more}). The file is not changed"
        )
        existing = self._backup_holding(bad_end)
        if existing is not None:
            return f"{text}; a copy is kept as {existing.name}."
        try:
            backup = copy_aside(self.path)
        except StorageError as error:
            return f"{text}; a copy could not be kept ({error})."
        return f"{text}; a copy is kept as {backup.name}."

    def _backup_holding(self, bad_end: int) -> Path | None:
        """The newest backup that already holds every bad line (the file only grows)."""
        backups = backups_of(self.path)
        if not backups:
            return None
        newest = backups[-1]
        try:
            with open_regular(newest) as copy, open_regular(self.path) as current:
                size = os.fstat(copy.fileno()).st_size
                if not bad_end <= size <= os.fstat(current.fileno()).st_size:
                    return None
                while chunk := copy.read(_CHUNK):
                    if current.read(len(chunk)) != chunk:
                        return None
                return newest
        except OSError:
            return None

    def contains(self, started_at: str, workout_id: str) -> bool:
        """Whether a record of the session that started at `started_at` is already kept."""
        if any(r.started_at == started_at and r.workout_id == workout_id for r in self._pending):
            return True
        needle = json.dumps(started_at).encode("utf-8")
        try:
            with open_regular(self.path) as handle:
                for line in iter_lines(handle, MAX_LINE_BYTES):
                    if needle not in line.raw:
                        continue
                    try:
                        record = _parse_line(line.raw)
                    except (ValueError, TypeError, RecursionError):
                        continue
                    if record.started_at == started_at and record.workout_id == workout_id:
                        return True
        except OSError:
            return False
        return False


def _parse_line(raw: bytes) -> SessionRecord:
    return SessionRecord.from_json(json.loads(raw))


def _is_record(raw: bytes) -> bool:
    try:
        _parse_line(raw)
    except (ValueError, TypeError, RecursionError):
        return False
    return True


def error_reason(error: BaseException) -> str:
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
