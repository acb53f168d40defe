"""One session in the history (storage.session_record): its line, its checks, and the
record of a live session."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from retrocoach.core.session import Session
from retrocoach.storage.history import (
    SessionRecord,
    iso_local,
    record_from_session,
)

from .conftest import make_workout
from .history_data import START, FakeClock, a_record


def test_record_line_round_trip() -> None:
    record = a_record(workout_name="Rückwärts \u2190 run")
    line = record.to_line()
    assert "\n" not in line and "Rückwärts" in line
    assert SessionRecord.from_json(json.loads(line)) == record
    assert record.started == datetime(2024, 5, 1, 7, 30, tzinfo=timezone(timedelta(hours=2)))


def test_seconds_are_rounded_to_a_tenth() -> None:
    data = a_record(active_seconds=12.3456, kcal=None).to_json()
    assert data["active_seconds"] == 12.3 and data["kcal"] is None


def test_iso_local_has_an_offset() -> None:
    text = iso_local(datetime(2024, 1, 2, 3, 4, 5, 678))
    assert text.startswith("2024-01-02T03:04:05") and datetime.fromisoformat(text).tzinfo


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"started_at": "yesterday"}, "started_at"),
        ({"started_at": "20240501T073000"}, "started_at"),
        ({"started_at": "2024-13-01T07:30:00"}, "started_at"),
        ({"outcome": "won"}, "outcome"),
        ({"rounds_done": -1}, "rounds_done"),
        ({"rounds_planned": "3"}, "rounds_planned"),
        ({"active_seconds": float("inf")}, "active_seconds"),
        ({"backward_seconds": None}, "backward_seconds"),
        ({"workout_id": ""}, "workout_id"),
        ({"kcal": -5}, "kcal"),
    ],
)
def test_invalid_record_names_the_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(ValueError, match=f"^{field}: "):
        SessionRecord.from_json({**a_record().to_json(), **change})


def test_missing_kcal_and_unknown_keys_are_fine() -> None:
    data = a_record().to_json()
    del data["kcal"]
    data["heart_rate"] = 150
    assert SessionRecord.from_json(data).kcal is None


def test_record_from_session() -> None:
    clock = FakeClock()
    plan = make_workout().plan(3, lead_in_seconds=0)
    session = Session(plan, clock=clock, wall_clock=clock)
    session.start()
    clock.now += 60 + 60 + 30  # warm-up, round 1, half of round 2
    session.update()
    started = datetime(2024, 5, 1, 7, 30, tzinfo=UTC)
    unfinished = record_from_session(session, started, kcal=12.0)
    assert unfinished.outcome == "interrupted" and unfinished.rounds_done == 1
    session.stop()
    record = record_from_session(session, started, kcal=12.0)
    assert record.outcome == "stopped"
    assert (record.workout_id, record.workout_name) == ("my-intervals", "My intervals")
    assert (record.rounds_planned, record.rounds_done) == (3, 1)
    assert record.active_seconds == 150 and record.backward_seconds == 60 + 30 + 30
    assert datetime.fromisoformat(record.started_at) == started
    session.restart()
    clock.now += plan.total_seconds + 1
    session.update()
    assert record_from_session(session, START).outcome == "completed"
    assert record_from_session(session, START).rounds_done == 3


def test_version_1_lines_still_read_and_new_lines_say_version_2() -> None:
    old = {k: v for k, v in a_record().to_json().items() if k not in ("version", "effort")}
    assert SessionRecord.from_json(old) == a_record()
    data = a_record(effort=7).to_json()
    assert data["version"] == 2 and data["effort"] == 7
    assert SessionRecord.from_json(data).effort == 7


@pytest.mark.parametrize("effort", [0, 11, "7", 7.5, True])
def test_effort_out_of_range_is_refused(effort: object) -> None:
    data = {**a_record().to_json(), "effort": effort}
    with pytest.raises(ValueError, match="effort"):
        SessionRecord.from_json(data)


def test_unknown_version_is_refused() -> None:
    with pytest.raises(ValueError, match="version"):
        SessionRecord.from_json({**a_record().to_json(), "version": 3})
