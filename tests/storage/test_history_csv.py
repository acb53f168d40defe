"""The history as CSV (storage.history_csv)."""

from __future__ import annotations

import csv
import io

from retrocoach.storage.history import (
    CSV_COLUMNS,
    EffortLine,
    HistoryStore,
    csv_text,
)
from retrocoach.storage.paths import DataPaths

from .history_data import START, a_record


def test_csv_text(paths: DataPaths) -> None:
    store = HistoryStore(paths)
    store.append(a_record())
    store.append(a_record("2024-05-02T07:30:00+02:00", "stopped", 1, kcal=None))
    store.append(a_record("2024-05-03T07:30:00+02:00", workout_name="=HYPERLINK(1)"))
    rows = list(csv.DictReader(io.StringIO(csv_text(store.load()[0]))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["started_at"] == START and rows[0]["backward_seconds"] == "150.0"
    assert rows[1]["outcome"] == "stopped" and rows[1]["kcal"] == ""
    assert rows[2]["workout_name"] == "'=HYPERLINK(1)"  # not a formula in a spreadsheet
    assert csv_text([]) == ",".join(CSV_COLUMNS) + "\n"


def test_an_effort_line_rates_its_session_and_shows_in_the_csv(paths: DataPaths) -> None:
    store = HistoryStore(paths)
    store.append(a_record())
    store.append(a_record("2024-05-02T07:30:00+02:00"))
    store.append(EffortLine(START, "my-intervals", 8))
    store.append(EffortLine("2030-01-01T07:30:00+02:00", "my-intervals", 3))  # no such session
    records, problems = store.load()
    assert problems == [] and [r.effort for r in records] == [8, None]
    rows = list(csv.DictReader(io.StringIO(csv_text(records))))
    assert [row["effort"] for row in rows] == ["8", ""]
    assert paths.history_file.read_text().count('"kind":"effort"') == 2
