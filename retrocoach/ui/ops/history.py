"""History operations: read it (for the history window and the suggestion), export it as CSV,
and the figures the window shows. The record and week types are re-exported for the widgets
that show them (they import no storage).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, text
from retrocoach.storage.files import StorageError
from retrocoach.storage.history import EffortLine, HistoryStore, SessionRecord, csv_text
from retrocoach.storage.safe_write import write_new_file
from retrocoach.storage.stats import (
    WeekTotal,
    backward_minutes_per_week,
    current_streak,
    efforts,
    longest_backward_run,
    personal_best,
    totals,
)
from retrocoach.ui.ops.result import OpResult, failed

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "HistoryStore",
    "SessionRecord",
    "WeekTotal",
    "backward_minutes_per_week",
    "current_streak",
    "efforts",
    "export_csv",
    "flush_pending",
    "longest_backward_run",
    "personal_best",
    "save_effort",
    "totals",
]


def export_csv(records: Sequence[SessionRecord], path: Path) -> OpResult[Path]:
    """Every session as CSV at `path` (the caller has asked before replacing a file);
    devices, links and folders stay refused."""
    try:
        write_new_file(path, csv_text(records).encode("utf-8"), overwrite=True)
    except StorageError as error:
        source = QT_TRANSLATE_NOOP("HistoryOps", "The history was not exported: {error}")
        return failed(Problem(text("HistoryOps", source, error=str(error)), detail=str(path)))
    done = QT_TRANSLATE_NOOP("HistoryOps", "Exported {sessions} sessions to {path}.")
    sessions = f"{len(records):,}"  # 1,000 (Qt's %Ln follows the locale: 1000 in C)
    return OpResult(path, text("HistoryOps", done, sessions=sessions, path=str(path)))


def flush_pending(store: HistoryStore) -> Problem | None:
    """Write the sessions the disk refused before; the problem (it needs an answer: retry,
    discard or keep the app open) when they still cannot be written. Its detail is the
    cause, for the log."""
    try:
        store.flush_pending()
    except StorageError as error:
        cause = error.__cause__ if isinstance(error.__cause__, StorageError) else error
        source = QT_TRANSLATE_NOOP(
            "HistoryOps",
            "%n session(s) could not be saved:\n{error}\n\nFree some space or fix the "
            "folder, then Retry. Discard quits and loses them.",
        )
        pending = len(store.pending)
        what = text("HistoryOps", source, pending, error=str(error))
        return Problem(what, detail=str(cause), needs_answer=True)
    return None


def save_effort(store: HistoryStore, record: SessionRecord, effort: int) -> Problem | None:
    """Keep how hard `record`'s session felt (a line of its own after the record); the
    problem when the disk refused it (the line then waits in memory like a record)."""
    try:
        store.append(EffortLine(record.started_at, record.workout_id, effort))
    except StorageError as error:
        return error.problem
    return None
