"""Figures from the history: totals, backward minutes per ISO week, the streak of weeks.

Pure functions over :class:`SessionRecord` lists (no I/O, no Qt); a 10-year history of 5,000
sessions takes a few milliseconds. A session belongs to the ISO week (Monday to Sunday) of the
local date it started on, as written in its ``started_at``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from retrocoach.storage.history import SessionRecord


@dataclass(frozen=True)
class Totals:
    sessions: int
    completed: int
    active_minutes: float
    backward_minutes: float


@dataclass(frozen=True)
class WeekTotal:
    """One bar of the chart: the week starting on `monday`."""

    monday: date
    backward_minutes: float
    sessions: int

    @property
    def label(self) -> str:
        """ISO week label, e.g. ``2024-W05``."""
        year, week, _ = self.monday.isocalendar()
        return f"{year}-W{week:02d}"


def record_day(record: SessionRecord) -> date:
    """The local date the session started on."""
    return date.fromisoformat(record.started_at[:10])


def week_start(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def totals(records: Iterable[SessionRecord]) -> Totals:
    """Sessions (all outcomes), completed ones, active and backward minutes."""
    sessions = completed = 0
    active = backward = 0.0
    for record in records:
        sessions += 1
        completed += record.outcome == "completed"
        active += record.active_seconds
        backward += record.backward_seconds
    return Totals(sessions, completed, active / 60, backward / 60)


def _monday_ordinals(records: Iterable[SessionRecord]) -> Iterator[tuple[int, SessionRecord]]:
    """(ordinal of the Monday of the record's week, record): integer keys keep it fast."""
    from_iso = date.fromisoformat
    for record in records:
        day = from_iso(record.started_at[:10]).toordinal()
        yield day - (day - 1) % 7, record  # ordinal 1 (0001-01-01) is a Monday


def backward_minutes_per_week(
    records: Iterable[SessionRecord], until: date | None = None, weeks: int | None = None
) -> list[WeekTotal]:
    """One WeekTotal per week, oldest first, weeks without sessions included (as 0).

    From the first session's week (or the last `weeks` weeks) to the later of the last
    session's week and `until`'s week (pass today, so that the chart ends this week).
    """
    seconds: dict[int, float] = {}
    counts: dict[int, int] = {}
    for monday, record in _monday_ordinals(records):
        seconds[monday] = seconds.get(monday, 0.0) + record.backward_seconds
        counts[monday] = counts.get(monday, 0) + 1
    ends = list(seconds)
    if until is not None:
        ends.append(week_start(until).toordinal())
    if not ends:
        return []
    last = max(ends)
    first = last - (weeks - 1) * 7 if weeks is not None else min(ends)
    return [
        WeekTotal(date.fromordinal(monday), seconds.get(monday, 0.0) / 60, counts.get(monday, 0))
        for monday in range(first, last + 1, 7)
    ]


def current_streak(records: Iterable[SessionRecord], today: date | None = None) -> int:
    """Consecutive ISO weeks with at least one completed session, ending this week or last.

    A streak is not broken before the week is over: with no session yet this week, it
    counts back from last week.
    """
    weeks = {
        monday for monday, record in _monday_ordinals(records) if record.outcome == "completed"
    }
    this_week = week_start(today or date.today()).toordinal()
    monday = this_week if this_week in weeks else this_week - 7
    streak = 0
    while monday in weeks:
        streak += 1
        monday -= 7
    return streak


def longest_backward_run(records: Iterable[SessionRecord]) -> float | None:
    """The longest continuous backward jog or run of any session (None: none recorded; the
    records of version 1 do not know it)."""
    known = [r.longest_backward_seconds for r in records if r.longest_backward_seconds]
    return max(known) if known else None


def personal_best(records: Sequence[SessionRecord]) -> float | None:
    """The last record's longest backward jog or run when it beats every earlier one (and
    there was an earlier one to beat); else None."""
    if not records or not records[-1].longest_backward_seconds:
        return None
    before = longest_backward_run(records[:-1])
    latest = records[-1].longest_backward_seconds
    return latest if before is not None and latest > before + 0.5 else None


def efforts(records: Iterable[SessionRecord], last: int = 10) -> list[tuple[date, int]]:
    """(day, effort) of the last `last` rated sessions, oldest first: effort over time."""
    rated = [(record_day(r), r.effort) for r in records if r.effort is not None]
    return [(day, effort) for day, effort in rated[-last:] if effort is not None]
