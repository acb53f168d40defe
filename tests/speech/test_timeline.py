"""The cue timeline, pure: a real Session on a fake clock, no Qt, no sound."""

from __future__ import annotations

import math

import pytest

from retrocoach.core.coaching import Cue, CueKind
from retrocoach.core.session import Session
from retrocoach.core.workout import Direction, Pace, Phase, Plan, Workout
from retrocoach.speech.timeline import (
    BEEP_LEAD,
    BEEP_TOLERANCE,
    REWIND_MARGIN,
    Beep,
    CueTimeline,
    beep_on_time,
    start_of,
    why_stale,
)
from tests.core.clock import FakeClock

SAFETY = Cue(-5.0, CueKind.SAFETY, "Check the path behind you", None)
JOG = Cue(0.0, CueKind.ANNOUNCE, "Jog backwards", 0)
TIP = Cue(10.0, CueKind.TIP, "Chest up", 0)
WALK = Cue(30.0, CueKind.ANNOUNCE, "Walk forwards", 1)


def plan() -> Plan:
    """Lead-in 5 s, jog backwards 30 s (phase 0), walk forwards 30 s (phase 1)."""
    phases = (
        Phase("Jog backwards", Direction.BACKWARD, Pace.JOG, 30),
        Phase("Walk forwards", Direction.FORWARD, Pace.WALK, 30),
    )
    return Workout("test", "Test", "", (), phases, (), 1).plan(1, lead_in_seconds=5)


def started() -> tuple[FakeClock, Session, CueTimeline]:
    clock = FakeClock()
    session = Session(plan(), clock.monotonic, clock.wall)
    timeline = CueTimeline()
    timeline.set_cues([WALK, TIP, JOG, SAFETY])  # any order
    timeline.rebuild(session.plan.phases, start_of(session))
    session.start()
    return clock, session, timeline


def due_at(clock: FakeClock, session: Session, timeline: CueTimeline, t: float) -> list[object]:
    anchor = session.clock_time_at(0.0)
    assert anchor is not None
    clock.now = anchor + t
    session.update()
    moment = timeline.moment(session, clock.monotonic())
    assert moment is not None
    return list(timeline.take_due(moment[1], 0.0))


def test_cues_and_boundary_beeps_come_due_in_order_each_once() -> None:
    clock, session, timeline = started()
    assert due_at(clock, session, timeline, -5.0) == [SAFETY]
    assert due_at(clock, session, timeline, -1.0) == []
    assert due_at(clock, session, timeline, 0.0) == [Beep(-BEEP_LEAD, 0), JOG]
    assert due_at(clock, session, timeline, 0.5) == []
    assert due_at(clock, session, timeline, 12.0) == [TIP]  # late: the player drops it
    assert due_at(clock, session, timeline, 30.0) == [Beep(30.0 - BEEP_LEAD, 1), WALK]
    assert due_at(clock, session, timeline, 60.0) == [Beep(60.0 - BEEP_LEAD, None)]
    assert timeline.next_handover(0.0) is None


def test_a_sound_is_handed_over_its_lead_early() -> None:
    clock, session, timeline = started()
    anchor = session.clock_time_at(0.0)
    assert anchor is not None
    due_at(clock, session, timeline, -5.0)
    assert timeline.next_handover(0.2) == pytest.approx(anchor - BEEP_LEAD - 0.2)
    assert timeline.take_due(-BEEP_LEAD - 0.2, 0.2) == [Beep(-BEEP_LEAD, 0)]


def test_a_jump_back_makes_the_cues_from_there_come_due_again() -> None:
    clock, session, timeline = started()
    due_at(clock, session, timeline, 0.0)
    assert due_at(clock, session, timeline, 10.0) == [TIP]
    assert timeline.take_due(10.0 - REWIND_MARGIN / 2, 0.0) == []  # back, a little
    assert timeline.take_due(10.0, 0.0) == [TIP]  # ... so the tip comes due again
    assert timeline.take_due(0.0, 0.0) == [Beep(-BEEP_LEAD, 0), JOG]  # back to the start


def test_there_is_no_moment_before_the_start_and_the_axis_outlives_a_completed_session() -> None:
    clock = FakeClock()
    session = Session(plan(), clock.monotonic, clock.wall)
    timeline = CueTimeline()
    assert timeline.moment(session, clock.monotonic()) is None
    assert start_of(session) == session.workout_time() and start_of(None) == -math.inf
    session.start()
    anchor = session.clock_time_at(0.0)
    assert anchor is not None
    assert timeline.moment(session, clock.monotonic()) == pytest.approx((clock.now, -5.0))
    clock.now = anchor + 61.0
    session.update()  # completed
    assert not session.is_moving()
    moment = timeline.moment(session, clock.monotonic())
    assert moment == pytest.approx((clock.now, 61.0))


def test_a_late_or_skipped_beep_is_not_on_time_and_a_stale_cue_says_why() -> None:
    _, session, _ = started()
    beep = Beep(30.0 - BEEP_LEAD, 1)
    assert beep_on_time(beep, session, 30.0 - BEEP_LEAD, 0.0)
    assert not beep_on_time(beep, session, 30.0 + BEEP_TOLERANCE, 0.0)
    assert beep_on_time(Beep(60.0 - BEEP_LEAD, None), session, 60.0 - BEEP_LEAD, 0.0)
    assert not beep_on_time(Beep(-BEEP_LEAD, 0), session, 31.0, -31.0)  # phase 0 is over
    assert why_stale(TIP, session, 10.0, 0.2, 1.0) is None
    assert why_stale(TIP, session, 10.0, 1.5, 1.0) == "late by 1.5 s"
    assert why_stale(TIP, session, 31.0, 0.0, 1.0) == "phase over"
    assert why_stale(SAFETY, session, 31.0, 0.0, 1.0) is None  # no phase: never over


def test_the_upcoming_cues_skip_the_beeps() -> None:
    clock, session, timeline = started()
    assert timeline.upcoming_cues(2) == [SAFETY, JOG]
    due_at(clock, session, timeline, 0.0)
    assert timeline.upcoming_cues(6) == [TIP, WALK]
    assert timeline.cues == [SAFETY, JOG, TIP, WALK]
