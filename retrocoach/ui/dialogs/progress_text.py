"""The history window's progress line: the longest continuous backward jog or run, and the
effort of the last rated sessions, oldest first ("effort over time")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from retrocoach.core.workout import format_elapsed
from retrocoach.ui.ops.history import SessionRecord, efforts, longest_backward_run

#: How many rated sessions the effort line shows.
EFFORTS_SHOWN = 10


def progress_text(records: Sequence[SessionRecord]) -> str:
    """ "Longest backward jog or run: 2:30 · Effort, last 4 sessions: 5 → 6 → 8 → 7"; empty
    when there is neither."""
    translate = QCoreApplication.translate
    parts = []
    longest = longest_backward_run(records)
    if longest is not None:
        parts.append(
            translate("HistoryWindow", "Longest backward jog or run: {time}").format(
                time=format_elapsed(longest)
            )
        )
    rated = efforts(records, EFFORTS_SHOWN)
    if rated:
        count = len(rated)  # a name: lupdate misses a count written as a call
        parts.append(
            translate("HistoryWindow", "Effort, last %n session(s): {efforts}", None, count).format(
                efforts=" \u2192 ".join(str(effort) for _day, effort in rated)
            )
        )
    return " \u00b7 ".join(parts)
