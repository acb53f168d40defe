"""Workouts: phases, validation of the JSON format, and expansion into a plan.

A workout file looks like::

    {"version": 1, "id": "beginner", "name": "...", "description": "...",
     "default_rounds": 4,
     "warm_up":   [{"name": "...", "direction": "backward", "pace": "walk", "seconds": 300}],
     "round":     [...],
     "cool_down": [...]}

Every error names the file, the field and the allowed range, so a user who edited a file by
hand can fix it without reading code.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.ranges import whole_in, whole_problem
from retrocoach.core.text import quote, shorten

FORMAT_VERSION = 1
MIN_PHASE_SECONDS = 1
MAX_PHASE_SECONDS = 2 * 60 * 60
MIN_ROUNDS = 1
MAX_ROUNDS = 50
MAX_PHASES = 100
MAX_NAME_LENGTH = 60
MAX_DESCRIPTION_LENGTH = 2000
SECTIONS = ("warm_up", "round", "cool_down")
_E = TypeVar("_E", bound=StrEnum)
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


class Direction(StrEnum):
    BACKWARD = "backward"
    FORWARD = "forward"


class Pace(StrEnum):
    WALK = "walk"
    JOG = "jog"
    RUN = "run"


class WorkoutError(RetrocoachError, ValueError):
    """A workout that cannot be used; the message names the source, the field and the range."""

    def __init__(self, source: str, field_path: str, problem: str) -> None:
        self.source = source
        self.field_path = field_path
        self.problem = problem
        where = f"{source}: " if source else ""
        super().__init__(
            f"{where}{field_path}: {problem}" if field_path else f"{where}{problem}",
            file=source,
            field=field_path,
        )


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
        raise WorkoutError(source, field_path, whole_problem(MIN_ROUNDS, MAX_ROUNDS, rounds))
    return checked


MAX_LEAD_IN_SECONDS = 60


def check_lead_in(seconds: object) -> int:
    checked = whole_in(seconds, 0, MAX_LEAD_IN_SECONDS)
    if checked is None:
        raise WorkoutError("", "lead_in_seconds", whole_problem(0, MAX_LEAD_IN_SECONDS, seconds))
    return checked


def split_duration(seconds: int) -> tuple[int, int, int]:
    """(hours, minutes, seconds) of a whole number of seconds (negative counts as 0)."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    return hours, minutes, secs


def format_duration(seconds: int, *, pad_minutes: bool = False) -> str:
    """`m:ss` (`mm:ss` with `pad_minutes`, as a countdown shows it), `h:mm:ss` from an hour on."""
    hours, minutes, secs = split_duration(seconds)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}" if pad_minutes else f"{minutes}:{secs:02d}"


# --- parsing --------------------------------------------------------------------------------


def parse_workout(data: object, source: str = "", built_in: bool = False) -> Workout:
    """Validate decoded JSON and build a Workout; raise WorkoutError naming the field."""
    if not isinstance(data, Mapping):
        raise WorkoutError(source, "", "must be a JSON object")
    version = data.get("version")
    if version != FORMAT_VERSION:
        raise WorkoutError(source, "version", f"must be {FORMAT_VERSION}, got {quote(version)}")
    workout_id = data.get("id")
    if not isinstance(workout_id, str) or not _ID_PATTERN.match(workout_id):
        raise WorkoutError(
            source,
            "id",
            "must be 1 to 40 characters of a-z, 0-9 and '-', "
            f"starting with a letter or digit, got {quote(workout_id)}",
        )
    name = _text(data.get("name"), source, "name", MAX_NAME_LENGTH)
    description = data.get("description", "")
    if not isinstance(description, str) or len(description) > MAX_DESCRIPTION_LENGTH:
        raise WorkoutError(
            source, "description", f"must be text of at most {MAX_DESCRIPTION_LENGTH} characters"
        )
    sections = {name: _phases(data.get(name, []), source, name) for name in SECTIONS}
    if not sections["round"]:
        raise WorkoutError(source, "round", "must have at least 1 phase")
    count = sum(len(s) for s in sections.values())
    if count > MAX_PHASES:
        raise WorkoutError(
            source, "warm_up/round/cool_down", f"at most {MAX_PHASES} phases in all, got {count}"
        )
    default_rounds = check_rounds(data.get("default_rounds"), source, "default_rounds")
    known = {"version", "id", "name", "description", "default_rounds", *SECTIONS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise WorkoutError(
            source,
            shorten(unknown[0]),
            f"unknown field (allowed: {', '.join(sorted(known))})",
        )
    return Workout(
        workout_id,
        name,
        description,
        sections["warm_up"],
        sections["round"],
        sections["cool_down"],
        default_rounds,
        built_in,
    )


def load_workout_text(text: str, source: str, built_in: bool = False) -> Workout:
    """Parse a workout from JSON text; any JSON error becomes a WorkoutError."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise WorkoutError(
            source,
            "",
            f"is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})",
        ) from None
    except RecursionError:
        raise WorkoutError(source, "", "is nested too deeply to be a workout") from None
    except ValueError as error:  # e.g. an integer of more than 4300 digits
        raise WorkoutError(source, "", f"is not valid JSON ({error})") from None
    return parse_workout(data, source, built_in)


def _text(value: object, source: str, field_path: str, max_length: int) -> str:
    """A name: trimmed, 1 to `max_length` characters, one line of visible, printable text."""
    trimmed = _trim(value) if isinstance(value, str) else None
    if isinstance(value, str) and value and not trimmed:
        raise WorkoutError(
            source,
            field_path,
            "must have a visible character (it has only spaces or zero-width characters)",
        )
    if trimmed is None or not trimmed or len(trimmed) > max_length:
        raise WorkoutError(
            source, field_path, f"must be text of 1 to {max_length} characters, got {quote(value)}"
        )
    problem = name_problem(trimmed)
    if problem:
        raise WorkoutError(source, field_path, f"{problem}, got {quote(trimmed)}")
    return trimmed


def _invisible(char: str) -> bool:
    """Spaces, line breaks, and format characters such as zero-width spaces and joiners."""
    return char.isspace() or unicodedata.category(char) in ("Cf", "Zs", "Zl", "Zp")


def _trim(text: str) -> str:
    """`text` without surrounding whitespace or zero-width characters."""
    start, end = 0, len(text)
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return text[start:end]


#: Explicit embeddings, overrides and isolates (U+202A-202E, U+2066-2069): right-to-left
#: names need none of them (the bidirectional algorithm places their letters), and they can
#: make a name display as something else ("Trojan Source").
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def name_problem(name: str) -> str | None:
    """Why `name` (already trimmed) cannot be a workout or phase name, or None.

    A name is shown on one line on screen and printed by ``retrocoach workouts`` to a
    terminal: line breaks, control characters (an ESC starts a terminal escape sequence) and
    lone surrogates are refused, and so are text direction overrides and a name with nothing
    visible in it. Other format characters inside a visible name stay (a zero-width joiner is
    part of some emoji, a right-to-left mark may be needed).
    """
    for position, char in enumerate(name, start=1):
        category = unicodedata.category(char)
        if char in "\r\n\x85" or category in ("Zl", "Zp"):
            return f"must be one line (a line break is at character {position})"
        if category == "Cc":
            return (
                f"must not contain control characters (U+{ord(char):04X} at character "
                f"{position}; an escape sequence, a tab or a line break)"
            )
        if category == "Cs":
            return f"is not valid text (a lone surrogate U+{ord(char):04X} at character {position})"
        if char in _BIDI_CONTROLS:
            return (
                f"must not contain a text direction override (U+{ord(char):04X} at character "
                f"{position}: it can show the name reversed or hide part of it)"
            )
    if all(_invisible(char) for char in name):
        return "must have a visible character (it has only spaces or zero-width characters)"
    return None


def _phases(value: object, source: str, section: str) -> tuple[Phase, ...]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise WorkoutError(source, section, "must be a list of phases")
    if len(value) > MAX_PHASES:
        raise WorkoutError(source, section, f"at most {MAX_PHASES} phases, got {len(value)}")
    return tuple(_phase(item, source, f"{section}[{i}]") for i, item in enumerate(value))


def _phase(value: object, source: str, where: str) -> Phase:
    if not isinstance(value, Mapping):
        raise WorkoutError(source, where, "must be an object with name, direction, pace, seconds")
    unknown = sorted(set(value) - {"name", "direction", "pace", "seconds"})
    if unknown:
        raise WorkoutError(
            source,
            f"{where}.{shorten(unknown[0])}",
            "unknown field (allowed: direction, name, pace, seconds)",
        )
    name = _text(value.get("name"), source, f"{where}.name", MAX_NAME_LENGTH)
    direction = _choice(Direction, value.get("direction"), source, f"{where}.direction")
    pace = _choice(Pace, value.get("pace"), source, f"{where}.pace")
    raw_seconds = value.get("seconds")
    seconds = whole_in(raw_seconds, MIN_PHASE_SECONDS, MAX_PHASE_SECONDS)
    if seconds is None:
        problem = whole_problem(MIN_PHASE_SECONDS, MAX_PHASE_SECONDS, raw_seconds, "seconds")
        raise WorkoutError(source, f"{where}.seconds", f"{problem} (2 hours at most)")
    return Phase(name, direction, pace, seconds)


def _choice(enum: type[_E], value: object, source: str, where: str) -> _E:
    for member in enum:
        if member.value == value:
            return member
    allowed = ", ".join(member.value for member in enum)
    raise WorkoutError(source, where, f"must be one of {allowed}, got {quote(value)}")
