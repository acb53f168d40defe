"""One session in the history (:class:`SessionRecord`): its JSON line, its checks, and the
record of a live :class:`~retrocoach.core.session.Session`.

Format versions: a line without ``"version"`` is version 1 (no effort); version 2 lines carry
``"version": 2``, ``"effort"`` (1-10 or null) and ``"longest_backward_seconds"`` (the longest
continuous backward jog or run, or null). The effort is asked after the session is
recorded, so it comes as a line of its own, an :class:`EffortLine` (``"kind": "effort"``) naming
the session by its start and workout; :func:`merge_efforts` puts it on its record when the
history is read (the file stays append-only).

A line that is not a record raises ValueError (or TypeError, RecursionError) naming the field;
:func:`error_reason` words it for the report of skipped lines (technical detail, shown as it
is: it quotes the file).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from retrocoach.core.lived_time import longest_backward_run
from retrocoach.core.ranges import whole_in, whole_problem
from retrocoach.core.session import Outcome as SessionOutcome
from retrocoach.core.session import Session

Outcome = Literal["completed", "stopped", "interrupted"]
OUTCOMES: tuple[Outcome, ...] = ("completed", "stopped", "interrupted")
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_MAX_TEXT = 200
_MAX_COUNT = 10_000
_MAX_SECONDS = 10_000_000.0
#: The history line format written now; 1 (no "version" field) is still read.
FORMAT_VERSION = 2
EFFORT_KIND = "effort"


def iso_local(moment: datetime | None = None) -> str:
    """`moment` (default: now) as local time with its UTC offset, to the second."""
    moment = datetime.now() if moment is None else moment
    return moment.astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class SessionRecord:
    """One session in the history. `started_at` is ISO local time with offset."""

    started_at: str
    workout_id: str
    workout_name: str
    rounds_planned: int
    rounds_done: int
    active_seconds: float
    backward_seconds: float
    outcome: Outcome
    kcal: float | None = None
    #: How hard it felt, 1-10 (session RPE); None when not rated (or a version 1 line).
    effort: int | None = None
    #: The longest continuous backward jog or run, in seconds; None in version 1 lines.
    longest_backward_seconds: float | None = None

    @property
    def started(self) -> datetime:
        return datetime.fromisoformat(self.started_at)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "started_at": self.started_at,
            "workout_id": self.workout_id,
            "workout_name": self.workout_name,
            "rounds_planned": self.rounds_planned,
            "rounds_done": self.rounds_done,
            "active_seconds": round(self.active_seconds, 1),
            "backward_seconds": round(self.backward_seconds, 1),
            "outcome": self.outcome,
            "kcal": None if self.kcal is None else round(self.kcal, 1),
            "effort": self.effort,
            "longest_backward_seconds": (
                None
                if self.longest_backward_seconds is None
                else round(self.longest_backward_seconds, 1)
            ),
        }

    def to_line(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: object) -> SessionRecord:
        """Validate decoded JSON; ValueError naming the field. Unknown keys are ignored."""
        if not isinstance(data, dict):
            raise ValueError("a JSON object was expected")
        _version(data)
        started_at = _started_at(data)
        outcome = data.get("outcome")
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome: must be one of {', '.join(OUTCOMES)}, got {outcome!r:.40}")
        kcal = data.get("kcal")
        effort = data.get("effort")
        longest = data.get("longest_backward_seconds")
        return cls(
            started_at=started_at,
            workout_id=_text(data, "workout_id"),
            workout_name=_text(data, "workout_name"),
            rounds_planned=_count(data, "rounds_planned"),
            rounds_done=_count(data, "rounds_done"),
            active_seconds=_seconds(data, "active_seconds"),
            backward_seconds=_seconds(data, "backward_seconds"),
            outcome=outcome,
            kcal=None if kcal is None else _seconds(data, "kcal"),
            effort=None if effort is None else _effort(data),
            longest_backward_seconds=(
                None if longest is None else _seconds(data, "longest_backward_seconds")
            ),
        )


@dataclass(frozen=True)
class EffortLine:
    """The effort given to a session already in the history (a line of its own)."""

    started_at: str
    workout_id: str
    effort: int

    def to_line(self) -> str:
        data = {
            "version": FORMAT_VERSION,
            "kind": EFFORT_KIND,
            "started_at": self.started_at,
            "workout_id": self.workout_id,
            "effort": self.effort,
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> EffortLine:
        _version(data)
        return cls(_started_at(data), _text(data, "workout_id"), _effort(data))


def merge_efforts(lines: list[SessionRecord | EffortLine]) -> list[SessionRecord]:
    """The records in file order, each with the effort its latest effort line gives it (an
    effort line for a session not in the list is ignored)."""
    records = [line for line in lines if isinstance(line, SessionRecord)]
    latest = {
        (line.started_at, line.workout_id): line.effort
        for line in lines
        if isinstance(line, EffortLine)
    }
    return [
        replace(r, effort=latest[(r.started_at, r.workout_id)])
        if (r.started_at, r.workout_id) in latest
        else r
        for r in records
    ]


def _version(data: Mapping[str, object]) -> int:
    version = data.get("version", 1)
    if isinstance(version, bool) or version not in (1, FORMAT_VERSION):
        raise ValueError(f"version: must be 1 or {FORMAT_VERSION}, got {version!r:.40}")
    return int(version)


def _effort(data: Mapping[str, object]) -> int:
    value = whole_in(data.get("effort"), 1, 10)
    if value is None:
        raise ValueError(f"effort: {whole_problem(1, 10, data.get('effort'))}")
    return value


def _started_at(data: Mapping[str, object]) -> str:
    started_at = data.get("started_at")
    if not isinstance(started_at, str) or not _ISO_START.match(started_at):
        raise ValueError(f"started_at: must be an ISO date and time, got {started_at!r:.40}")
    try:
        datetime.fromisoformat(started_at)
    except ValueError:
        raise ValueError(f"started_at: not a valid date and time: {started_at!r:.40}") from None
    return started_at


def _text(data: Mapping[str, object], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value or len(value) > _MAX_TEXT:
        raise ValueError(f"{key}: must be text of 1 to {_MAX_TEXT} characters")
    return value


def _count(data: Mapping[str, object], key: str) -> int:
    value = whole_in(data.get(key), 0, _MAX_COUNT)
    if value is None:
        raise ValueError(f"{key}: {whole_problem(0, _MAX_COUNT, data.get(key))}")
    return value


def _seconds(data: Mapping[str, object], key: str) -> float:
    value = data.get(key)
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not 0 <= value <= _MAX_SECONDS
    ):
        raise ValueError(f"{key}: must be a number from 0 to {_MAX_SECONDS:.0f}, got {value!r:.40}")
    return float(value)


def record_from_session(
    session: Session,
    started_at: datetime | str,
    kcal: float | None = None,
    outcome: Outcome | None = None,
) -> SessionRecord:
    """The history record of `session`. A session that has not finished is "interrupted"."""
    if outcome is None:
        if session.outcome is None:
            outcome = "interrupted"
        else:
            outcome = "completed" if session.outcome is SessionOutcome.COMPLETED else "stopped"
    plan = session.plan
    return SessionRecord(
        started_at=started_at if isinstance(started_at, str) else iso_local(started_at),
        workout_id=plan.workout.id,
        workout_name=plan.workout.name,
        rounds_planned=plan.rounds,
        rounds_done=session.rounds_done,
        active_seconds=session.active_seconds,
        backward_seconds=session.backward_seconds,
        outcome=outcome,
        kcal=kcal,
        longest_backward_seconds=longest_backward_run(plan, session.lived_seconds_by_phase()),
    )


def parse_line(raw: bytes) -> SessionRecord:
    return SessionRecord.from_json(json.loads(raw))


def parse_any_line(raw: bytes) -> SessionRecord | EffortLine:
    """A session record, or an effort line (``"kind": "effort"``)."""
    data = json.loads(raw)
    if isinstance(data, dict) and data.get("kind") == EFFORT_KIND:
        return EffortLine.from_json(data)
    return SessionRecord.from_json(data)


def is_record(raw: bytes) -> bool:
    """Whether `raw` is a whole line of the history (a record or an effort line)."""
    try:
        parse_any_line(raw)
    except (ValueError, TypeError, RecursionError):
        return False
    return True


def error_reason(error: BaseException) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"not valid JSON ({error.msg})"
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8 text"
    return (str(error) or type(error).__name__)[:120]
