"""The history as CSV, for a spreadsheet (a header row, then one row per session)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from retrocoach.storage.session_record import SessionRecord

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
    "effort",
)


def csv_text(records: Iterable[SessionRecord]) -> str:
    """The records as CSV (a header row, then one row each; empty kcal or effort when unknown)."""
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
