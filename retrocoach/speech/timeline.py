"""The cue timeline: what is due when, on the session's workout-time axis. Pure (no Qt, no clock
of its own): the player asks it, on each wake-up, what has come due and when to wake next.

The timeline holds a session's cues and a beep at each phase boundary, sorted by workout time,
and a cursor at the first one not yet handed over. A jump back (back, restart) moves the cursor
back, so the cues from there on come due again (from ``REWIND_MARGIN`` before). The clock
time of workout time t is ``anchor + t``; the anchor is taken from the session while it moves,
and kept once a session completes, so that its finish cue still lands on time.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

from retrocoach.core.coaching import Cue
from retrocoach.core.session import Outcome, Session, State
from retrocoach.core.workout import PlannedPhase
from retrocoach.speech.arbitration import stale

#: The boundary beep (120 ms) starts this long before the boundary, so that it has ended when
#: the phase's announcement starts on the boundary (a beep on top of the first syllable masks
#: it, and the two together clipped).
BEEP_LEAD = 0.15
#: A boundary beep later than this is skipped.
BEEP_TOLERANCE = 0.3
#: After a jump back to workout time t, cues from t - REWIND_MARGIN on play again.
REWIND_MARGIN = 0.25
#: A timer that fires this much early still counts as on time.
EARLY = 0.002


@dataclass(frozen=True)
class Beep:
    at: float
    phase: int | None  # the phase that starts here; None for the end of the session


def phase_index_at(session: Session, t: float) -> int | None:
    phase = session.plan.phase_at(t)
    return phase.index if phase is not None else None


def beep_on_time(beep: Beep, session: Session, t: float, lead: float) -> bool:
    """Whether `beep`, handed over at workout time `t` and heard `lead` s later, still marks
    its boundary: not too late, and its phase is the one that runs (not skipped)."""
    if t + lead - beep.at > BEEP_TOLERANCE:
        return False
    boundary = beep.at + BEEP_LEAD
    return beep.phase is None or phase_index_at(session, max(t, boundary)) == beep.phase


def why_stale(
    cue: Cue, session: Session, phase_t: float, lateness: float, late_tolerance: float
) -> str | None:
    """Why `cue` is no longer worth saying (its phase is over at workout time `phase_t`, or it
    would be heard `lateness` s late), or None."""
    phase_over = cue.phase is not None and phase_index_at(session, phase_t) != cue.phase
    return stale(phase_over, lateness, late_tolerance)


class CueTimeline:
    """A session's cues and boundary beeps, and the cursor of what is handed over."""

    def __init__(self) -> None:
        self._cues: list[Cue] = []
        self._items: list[Cue | Beep] = []
        self._ats: list[float] = []
        self._cursor = 0
        self._last_t: float | None = None
        self.anchor: float | None = None  # clock time of workout time 0

    @property
    def cues(self) -> list[Cue]:
        return self._cues

    def set_cues(self, cues: Sequence[Cue]) -> None:
        """The session's cues (any order); :meth:`rebuild` places them."""
        self._cues = sorted(cues, key=lambda cue: cue.at)

    def rebuild(self, phases: Sequence[PlannedPhase], t: float) -> None:
        """Place the cues and the boundary beeps of `phases`; the cursor at workout time `t`
        (-inf: before everything)."""
        items: list[Cue | Beep] = [Beep(p.start - BEEP_LEAD, p.index) for p in phases]
        if phases:
            items.append(Beep(phases[-1].end - BEEP_LEAD, None))
        items += self._cues
        # Stable: a beep sorts before a cue at the same moment.
        items.sort(key=lambda item: (item.at, 0 if isinstance(item, Beep) else 1))
        self._items = items
        self._ats = [item.at for item in items]
        self.anchor = None
        self._last_t = None
        self._cursor = bisect.bisect_left(self._ats, t - REWIND_MARGIN)

    def moment(self, session: Session, now: float) -> tuple[float, float] | None:
        """(clock now, workout time now) while cues may come due, else None."""
        if session.is_moving():
            anchor = session.clock_time_at(0.0)
            assert anchor is not None
            self.anchor = anchor
        elif not (
            session.state is State.FINISHED
            and session.outcome is Outcome.COMPLETED
            and self.anchor is not None
        ):
            return None
        # After a completed session the axis runs on, so the finish cue still lands on time.
        return now, now - self.anchor

    def take_due(self, t: float, lead: float) -> list[Cue | Beep]:
        """What comes due by workout time `t` + `lead` (handed over `lead` early), in order;
        the cursor moves past it. A `t` before the last one is a jump back: the cursor follows
        it first."""
        if self._last_t is not None and t < self._last_t - 1e-3:  # back / restart
            self._cursor = bisect.bisect_left(self._ats, t - REWIND_MARGIN)
        self._last_t = t
        horizon = t + lead + EARLY
        start = self._cursor
        while self._cursor < len(self._items) and self._items[self._cursor].at <= horizon:
            self._cursor += 1
        return self._items[start : self._cursor]

    def next_handover(self, lead: float) -> float | None:
        """The clock time the next item is to be handed over (None: nothing left, or no axis)."""
        if self._cursor >= len(self._items) or self.anchor is None:
            return None
        return self.anchor + self._items[self._cursor].at - lead

    def upcoming_cues(self, count: int) -> list[Cue]:
        """The next `count` cues not handed over yet."""
        upcoming = [item for item in self._items[self._cursor :] if isinstance(item, Cue)]
        return upcoming[:count]


def start_of(session: Session | None) -> float:
    """Where a rebuilt timeline's cursor goes: the session's workout time, or before all."""
    return session.workout_time() if session is not None else -math.inf
