"""Totals, backward minutes per ISO week and the streak of weeks."""

from __future__ import annotations

import random
import time
from dataclasses import replace
from datetime import date, timedelta

from retrocoach.storage.history import SessionRecord
from retrocoach.storage.stats import (
    Totals,
    WeekTotal,
    backward_minutes_per_week,
    current_streak,
    efforts,
    longest_backward_run,
    personal_best,
    totals,
    week_start,
)


def _record(day: str, outcome: str = "completed", backward: float = 600.0) -> SessionRecord:
    return SessionRecord(
        started_at=f"{day}T18:00:00+01:00",
        workout_id="week-1",
        workout_name="Week 1",
        rounds_planned=4,
        rounds_done=4,
        active_seconds=backward + 300,
        backward_seconds=backward,
        outcome=outcome,  # type: ignore[arg-type]
    )


def test_totals() -> None:
    records = [
        _record("2024-05-01"),
        _record("2024-05-03", "stopped", 300),
        _record("2024-05-05", "interrupted", 60),
    ]
    assert totals(records) == Totals(3, 1, (900 + 600 + 360) / 60, (600 + 300 + 60) / 60)
    assert totals([]) == Totals(0, 0, 0.0, 0.0)


def test_week_start_is_monday() -> None:
    assert week_start(date(2024, 5, 5)) == date(2024, 4, 29)  # a Sunday
    assert week_start(date(2024, 4, 29)) == date(2024, 4, 29)


def test_minutes_per_week_fill_the_gaps() -> None:
    records = [
        _record("2024-04-29", backward=600),
        _record("2024-05-05", backward=300),  # Sunday: same week
        _record("2024-05-20", backward=120),  # two weeks later
    ]
    weeks = backward_minutes_per_week(records)
    assert weeks == [
        WeekTotal(date(2024, 4, 29), 15.0, 2),
        WeekTotal(date(2024, 5, 6), 0.0, 0),
        WeekTotal(date(2024, 5, 13), 0.0, 0),
        WeekTotal(date(2024, 5, 20), 2.0, 1),
    ]
    assert [w.label for w in weeks] == ["2024-W18", "2024-W19", "2024-W20", "2024-W21"]


def test_minutes_per_week_until_today_and_last_weeks() -> None:
    records = [_record("2024-04-29"), _record("2024-05-13")]
    weeks = backward_minutes_per_week(records, until=date(2024, 5, 30))
    assert [w.monday for w in weeks][-1] == date(2024, 5, 27) and len(weeks) == 5
    last3 = backward_minutes_per_week(records, until=date(2024, 5, 30), weeks=3)
    assert [(w.monday, w.sessions) for w in last3] == [
        (date(2024, 5, 13), 1),
        (date(2024, 5, 20), 0),
        (date(2024, 5, 27), 0),
    ]
    assert backward_minutes_per_week([]) == []
    assert [w.sessions for w in backward_minutes_per_week([], until=date(2024, 5, 1))] == [0]


def test_iso_week_across_the_new_year() -> None:
    weeks = backward_minutes_per_week([_record("2020-12-31"), _record("2021-01-03")])
    assert [(w.label, w.sessions) for w in weeks] == [("2020-W53", 2)]


def test_streak() -> None:
    today = date(2024, 5, 22)  # a Wednesday, week of 20 May
    weekly = [_record(d) for d in ("2024-05-01", "2024-05-08", "2024-05-14", "2024-05-21")]
    assert current_streak(weekly, today) == 4
    # nothing yet this week: the streak still counts, from last week
    assert current_streak(weekly[:-1], today) == 3
    # nothing this week nor last week: broken
    assert current_streak(weekly[:-2], today) == 0
    # a gap breaks it
    assert current_streak([weekly[0], weekly[2], weekly[3]], today) == 2
    # only completed sessions count; two in one week count once
    stopped = [_record("2024-05-21", "stopped"), _record("2024-05-14", "interrupted")]
    assert current_streak(stopped, today) == 0
    assert current_streak([_record("2024-05-20"), _record("2024-05-26")], today) == 1
    assert current_streak([], today) == 0


def test_fast_for_ten_years_of_sessions() -> None:
    rng = random.Random(1)
    start = date(2015, 1, 1)
    records = [
        _record(
            (start + timedelta(days=i * 365 * 10 // 5000)).isoformat(),
            rng.choice(["completed", "completed", "stopped", "interrupted"]),
            rng.uniform(60, 1800),
        )
        for i in range(5000)
    ]
    best = float("inf")
    for _ in range(3):
        begin = time.perf_counter()
        totals(records)
        backward_minutes_per_week(records, until=date(2025, 1, 1))
        current_streak(records, date(2025, 1, 1))
        best = min(best, time.perf_counter() - begin)
    assert best < 0.020, f"{best * 1000:.1f} ms"


def test_longest_run_personal_best_and_efforts() -> None:
    old = _record("2026-03-02")  # a version 1 record: no longest run, no effort
    first = replace(_record("2026-03-04"), longest_backward_seconds=60.0, effort=6)
    better = replace(_record("2026-03-06"), longest_backward_seconds=90.0, effort=8)
    worse = replace(_record("2026-03-08"), longest_backward_seconds=45.0)
    assert longest_backward_run([old]) is None
    assert longest_backward_run([old, first, better, worse]) == 90.0
    assert personal_best([old, first]) is None  # nothing to beat yet
    assert personal_best([old, first, better]) == 90.0
    assert personal_best([old, first, better, worse]) is None
    assert efforts([old, first, better, worse]) == [(date(2026, 3, 4), 6), (date(2026, 3, 6), 8)]
    assert efforts([first, better], last=1) == [(date(2026, 3, 6), 8)]
