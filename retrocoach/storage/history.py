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

import json
import os
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem
from retrocoach.storage.files import (
    StorageError,
    append_line,
    backups_of,
    copy_aside,
    storage_error,
)
from retrocoach.storage.history_csv import CSV_COLUMNS, csv_text
from retrocoach.storage.lines import iter_lines, set_aside_torn_tail
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import said, warning
from retrocoach.storage.reading import open_regular
from retrocoach.storage.session_record import (
    OUTCOMES,
    EffortLine,
    Outcome,
    SessionRecord,
    error_reason,
    is_record,
    iso_local,
    merge_efforts,
    parse_any_line,
    parse_line,
    record_from_session,
)

#: The names other modules import from here (the record and the CSV have their own modules).
__all__ = [
    "CSV_COLUMNS",
    "MAX_LINE_BYTES",
    "OUTCOMES",
    "EffortLine",
    "HistoryStore",
    "Outcome",
    "SessionRecord",
    "csv_text",
    "error_reason",
    "iso_local",
    "record_from_session",
]

_SHOWN_BAD_LINES = 5
_CHUNK = 64 * 1024
#: A damaged history larger than this is not copied aside (a sparse 1 GB file of zeros
#: would become a real 1 GB copy); the user is told, and the file is left as it is.
MAX_COPY_BYTES = 64 * 1024 * 1024
#: A longer line is not a record (a record is well under 2 KB): it is skipped unread.
MAX_LINE_BYTES = 64 * 1024


class HistoryStore:
    """Appends to and reads ``history.jsonl``; holds records the disk refused in memory."""

    def __init__(self, paths: DataPaths) -> None:
        self.path: Path = paths.history_file
        self._pending: list[SessionRecord | EffortLine] = []
        #: Why the last :meth:`load` could not read the file at all (None: it could, or
        #: there is none yet).
        self.read_error: Problem | None = None

    @property
    def pending(self) -> tuple[SessionRecord | EffortLine, ...]:
        """Records (and effort lines) not on disk yet (the disk refused them), oldest first."""
        return tuple(self._pending)

    def append(self, record: SessionRecord | EffortLine) -> None:
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
                kept = said(
                    QT_TRANSLATE_NOOP(
                        "storage",
                        "%n session(s) kept in memory: they will be saved when the "
                        "disk can be written.",
                    ),
                    len(self.pending),
                )
                cause = error.problem
                problem = Problem(cause.what, cause.severity, why=kept, detail=cause.detail)
                raise StorageError(problem, error.path, error.errno) from error
            self._pending.pop(0)
            written += 1
        return written

    def load(self) -> tuple[list[SessionRecord], list[Problem]]:
        """All records in file order, then the pending ones; plus the problems found.

        The file is read line by line (each line at most 64 KB), so its size does not matter;
        anything but a regular file is reported and not read.
        """
        problems: list[Problem] = []
        self.read_error = None
        records: list[SessionRecord | EffortLine] = []
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
                        records.append(parse_any_line(line.raw))
                    except (ValueError, TypeError, RecursionError) as error:
                        bad.append((line.number, error_reason(error)))
                        bad_end = line.end
        except FileNotFoundError:
            pass  # no history yet (NotADirectoryError is not that: a file is in the way)
        except OSError as error:
            cause = storage_error(error, self.path, "read").problem
            not_shown = said(QT_TRANSLATE_NOOP("storage", "The history is not shown."))
            self.read_error = Problem(
                cause.what, cause.severity, why=not_shown, detail=cause.detail
            )
            problems.append(self.read_error)
            bad = []
        if bad:
            problems.append(self._report_bad_lines(bad, bad_end))
        if self.pending:
            unsaved = QT_TRANSLATE_NOOP(
                "storage",
                "%n session(s) are not saved to {path} yet; they are "
                "kept in memory and saved when the disk can be written.",
            )
            problems.append(warning(unsaved, len(self.pending), path=str(self.path)))
        return merge_efforts([*records, *self._pending]), problems

    def set_aside_torn_tail(self) -> list[Problem]:
        """At the app's start-up: move a last line cut short (a crash, a full disk) aside.

        The torn bytes go to a new ``history.jsonl.corrupt-...`` and are cut off the file, so
        they are reported once, here, and never again; every complete line is kept. A last
        line that is a whole record without its newline is left alone. Returns what the user
        is told (nothing when the file ends cleanly). Not for commands that may run beside the
        app: it rewrites the end of the file.
        """
        try:
            torn = set_aside_torn_tail(self.path, is_record, MAX_LINE_BYTES)
        except StorageError as error:
            stuck = QT_TRANSLATE_NOOP(
                "storage",
                "The history {path} ends with a line that was cut short (a crash or a "
                "full disk), and it could not be moved aside: {error} It is skipped.",
            )
            return [warning(stuck, path=str(self.path), error=error.problem.what)]
        if torn is None:
            return []
        moved = QT_TRANSLATE_NOOP(
            "storage",
            "The last line of the history {path} was cut short ({size} bytes; a "
            "crash or a full disk stopped a write). It was moved to "
            "{backup}; every session before it is kept.",
        )
        return [warning(moved, path=str(self.path), size=torn.size, backup=torn.backup.name)]

    def _report_bad_lines(self, bad: list[tuple[int, str]], bad_end: int) -> Problem:
        """One problem for every skipped line: the first few with their reasons (as they
        are: they quote the file), and where the copy of the file is."""
        shown = "; ".join(f"line {n}: {reason}" for n, reason in bad[:_SHOWN_BAD_LINES])
        lines: object = shown
        if len(bad) > _SHOWN_BAD_LINES:
            more = QT_TRANSLATE_NOOP("storage", "{lines}; and {more} more")
            lines = said(more, lines=shown, more=len(bad) - _SHOWN_BAD_LINES)
        skipped = said(
            QT_TRANSLATE_NOOP(
                "storage",
                "%n line(s) of the history {path} could not be read and are skipped "
                "({lines}). The file is not changed",
            ),
            len(bad),
            path=str(self.path),
            lines=lines,
        )
        existing = self._backup_holding(bad_end)
        size = _size_of(self.path)
        if existing is None and size > MAX_COPY_BYTES:
            too_large = QT_TRANSLATE_NOOP(
                "storage",
                "{skipped}; it is too large to keep a copy of ({size} MB, over {limit} MB): "
                "move it aside yourself if you want to keep those lines.",
            )
            return warning(
                too_large, skipped=skipped, size=size // 2**20, limit=MAX_COPY_BYTES // 2**20
            )
        if existing is None:
            try:
                existing = copy_aside(self.path)
            except StorageError as error:
                not_kept = QT_TRANSLATE_NOOP(
                    "storage", "{skipped}; a copy could not be kept ({error})."
                )
                return warning(not_kept, skipped=skipped, error=error.problem.what)
        kept = QT_TRANSLATE_NOOP("storage", "{skipped}; a copy is kept as {backup}.")
        return warning(kept, skipped=skipped, backup=existing.name)

    def _backup_holding(self, bad_end: int) -> Path | None:
        """The newest backup that already holds every bad line (the file only grows)."""
        backups = backups_of(self.path)
        if not backups or _size_of(self.path) > MAX_COPY_BYTES:
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
        if any(r.started_at == started_at and r.workout_id == workout_id for r in self.pending):
            return True
        needle = json.dumps(started_at).encode("utf-8")
        try:
            with open_regular(self.path) as handle:
                for line in iter_lines(handle, MAX_LINE_BYTES):
                    if needle not in line.raw:
                        continue
                    try:
                        record = parse_line(line.raw)
                    except (ValueError, TypeError, RecursionError):
                        continue
                    if record.started_at == started_at and record.workout_id == workout_id:
                        return True
        except OSError:
            return False
        return False


def _size_of(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
