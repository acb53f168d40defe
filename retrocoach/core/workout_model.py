"""A workout's model: phases, the workout (a warm-up, a round repeated, a cool-down), and its
expansion into a :class:`Plan`, the flat list of phases of one session.

Reading a workout file is :mod:`retrocoach.core.workout_parsing`; :mod:`retrocoach.core.workout`
gathers both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from retrocoach.core.duration_text import format_duration
from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.core.ranges import whole_in, whole_rule
from retrocoach.core.text import quote
from retrocoach.core.workout_error import WorkoutError, rule

FORMAT_VERSION = 1
MIN_PHASE_SECONDS = 1
MAX_PHASE_SECONDS = 2 * 60 * 60
MIN_ROUNDS = 1
MAX_ROUNDS = 50
MAX_PHASES = 100
#: The longest a session may last, warm-up and cool-down included. Each field's own limit
#: (2 h a phase, 100 phases, 50 rounds) still allowed a 9,800-hour session, whose plan took a
#: minute and half a gigabyte to build and froze the window. A backward-running session is far
#: shorter: the built-ins last 10 to 30 minutes, and under 3 hours at 50 rounds, so 4 hours
#: leaves every built-in its full range of rounds and room for a long forward-and-back
#: session, while the largest plan allowed stays quick to build.
MAX_SESSION_SECONDS = 4 * 60 * 60
MAX_NAME_LENGTH = 60
MAX_DESCRIPTION_LENGTH = 2000
SECTIONS = ("warm_up", "round", "cool_down")


class Direction(StrEnum):
    BACKWARD = "backward"
    FORWARD = "forward"


class Pace(StrEnum):
    WALK = "walk"
    JOG = "jog"
    RUN = "run"


@dataclass(frozen=True)
class Phase:
    """One stretch of the workout at a steady direction and pace."""

    name: str
    direction: Direction
    pace: Pace
    seconds: int

    @property
    def is_backward(self) -> bool:
        return self.direction is Direction.BACKWARD

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "direction": self.direction.value,
            "pace": self.pace.value,
            "seconds": self.seconds,
        }


@dataclass(frozen=True)
class Workout:
    """A named session template: warm-up, a round repeated N times, cool-down."""

    id: str
    name: str
    description: str
    warm_up: tuple[Phase, ...]
    round: tuple[Phase, ...]
    cool_down: tuple[Phase, ...]
    default_rounds: int
    built_in: bool = field(default=False, compare=False)

    def section(self, name: str) -> tuple[Phase, ...]:
        return {"warm_up": self.warm_up, "round": self.round, "cool_down": self.cool_down}[name]

    def total_seconds(self, rounds: int) -> int:
        """Workout time of a session with `rounds` rounds (no lead-in)."""
        fixed = sum(p.seconds for p in (*self.warm_up, *self.cool_down))
        return fixed + rounds * sum(p.seconds for p in self.round)

    @property
    def max_rounds(self) -> int:
        """The most rounds a session of this workout may have: 50, or fewer where more would
        last longer than :data:`MAX_SESSION_SECONDS` (never fewer than 1)."""
        fixed = self.total_seconds(0)
        per_round = self.total_seconds(1) - fixed
        if per_round <= 0:
            return MAX_ROUNDS
        return max(MIN_ROUNDS, min(MAX_ROUNDS, (MAX_SESSION_SECONDS - fixed) // per_round))

    def to_json(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "default_rounds": self.default_rounds,
            **{name: [p.to_json() for p in self.section(name)] for name in SECTIONS},
        }

    def plan(self, rounds: int | None = None, lead_in_seconds: int = 10) -> Plan:
        """Expand into the flat list of phases of a session with `rounds` rounds."""
        rounds = self.default_rounds if rounds is None else rounds
        check_rounds(rounds)
        check_session_length(self, rounds)
        check_lead_in(lead_in_seconds)
        planned: list[PlannedPhase] = []
        start = 0

        def add(phase: Phase, section: str, round_number: int | None) -> None:
            nonlocal start
            planned.append(PlannedPhase(len(planned), section, round_number, phase, start))
            start += phase.seconds

        for phase in self.warm_up:
            add(phase, "warm_up", None)
        for number in range(1, rounds + 1):
            for phase in self.round:
                add(phase, "round", number)
        for phase in self.cool_down:
            add(phase, "cool_down", None)
        return Plan(self, rounds, lead_in_seconds, tuple(planned))


@dataclass(frozen=True)
class PlannedPhase:
    """A phase placed on the workout-time axis (0 = end of the lead-in)."""

    index: int
    section: str
    round: int | None
    phase: Phase
    start: int

    @property
    def end(self) -> int:
        return self.start + self.phase.seconds

    @property
    def name(self) -> str:
        return self.phase.name

    @property
    def seconds(self) -> int:
        return self.phase.seconds

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "section": self.section,
            "round": self.round,
            "name": self.phase.name,
            "direction": self.phase.direction.value,
            "pace": self.phase.pace.value,
            "start": self.start,
            "seconds": self.phase.seconds,
        }


@dataclass(frozen=True)
class Plan:
    """A workout expanded for a given round count: what the session timer runs."""

    workout: Workout
    rounds: int
    lead_in_seconds: int
    phases: tuple[PlannedPhase, ...]

    @property
    def total_seconds(self) -> int:
        return self.phases[-1].end if self.phases else 0

    @property
    def backward_seconds(self) -> int:
        return sum(p.seconds for p in self.phases if p.phase.is_backward)

    def phase_at(self, workout_time: float) -> PlannedPhase | None:
        """The phase running at `workout_time`, or None before 0 and from the end on."""
        if workout_time < 0 or workout_time >= self.total_seconds:
            return None
        low, high = 0, len(self.phases) - 1
        while low < high:  # binary search: long plans stay cheap on the timer's hot path
            middle = (low + high + 1) // 2
            if self.phases[middle].start <= workout_time:
                low = middle
            else:
                high = middle - 1
        return self.phases[low]

    def to_json(self) -> dict[str, Any]:
        return {
            "workout": self.workout.id,
            "rounds": self.rounds,
            "lead_in_seconds": self.lead_in_seconds,
            "total_seconds": self.total_seconds,
            "phases": [p.to_json() for p in self.phases],
        }


def check_rounds(rounds: object, source: str = "", field_path: str = "rounds") -> int:
    """Return `rounds` if it is a whole number from 1 to 50, else raise WorkoutError."""
    checked = whole_in(rounds, MIN_ROUNDS, MAX_ROUNDS)
    if checked is None:
        raise WorkoutError(source, field_path, whole_rule(MIN_ROUNDS, MAX_ROUNDS), quote(rounds))
    return checked


def check_session_length(
    workout: Workout, rounds: int, source: str = "", field_path: str = "rounds"
) -> None:
    """Raise WorkoutError when a session of `workout` with `rounds` rounds would last longer
    than :data:`MAX_SESSION_SECONDS`; the message names the workout, its length and the cap."""
    length = workout.total_seconds(rounds)
    if length <= MAX_SESSION_SECONDS:
        return
    most = workout.max_rounds
    args = {
        "name": workout.name,
        "length": format_duration(length),
        "hours": MAX_SESSION_SECONDS // 3600,
        "rounds": rounds,
        "most": most,
    }
    if workout.total_seconds(most) > MAX_SESSION_SECONDS:  # even one round is too long
        template = QT_TRANSLATE_NOOP(
            "WorkoutError",
            "'{name}' would last {length}, more than the {hours} hours a session may last; "
            "shorten its phases",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "WorkoutError",
            "'{name}' would last {length} with {rounds} rounds, more than the {hours} hours a "
            "session may last; use fewer rounds (at most {most}) or shorter phases",
        )
    raise WorkoutError(source, field_path, rule(template, **args))


MAX_LEAD_IN_SECONDS = 60


def check_lead_in(seconds: object) -> int:
    checked = whole_in(seconds, 0, MAX_LEAD_IN_SECONDS)
    if checked is None:
        raise WorkoutError(
            "", "lead_in_seconds", whole_rule(0, MAX_LEAD_IN_SECONDS), quote(seconds)
        )
    return checked
