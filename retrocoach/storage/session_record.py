"""One session in the history (:class:`SessionRecord`): its JSON line, its checks, and the
record of a live :class:`~retrocoach.core.session.Session`.

A line that is not a record raises ValueError (or TypeError, RecursionError) naming the field;
:func:`error_reason` words it for the report of skipped lines (technical detail, shown as it
is: it quotes the file).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from retrocoach.core.ranges import whole_in, whole_problem
from retrocoach.core.session import Outcome as SessionOutcome
from retrocoach.core.session import Session

Outcome = Literal["completed", "stopped", "interrupted"]
OUTCOMES: tuple[Outcome, ...] = ("completed", "stopped", "interrupted")
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_MAX_TEXT = 200
_MAX_COUNT = 10_000
_MAX_SECONDS = 10_000_000.0


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

    @property
    def started(self) -> datetime:
        return datetime.fromisoformat(self.started_at)

    def to_json(self) -> dict[str, Any]:
        return {
            "started_at": self.started_at,
            "workout_id": self.workout_id,
            "workout_name": self.workout_name,
            "rounds_planned": self.rounds_planned,
            "rounds_done": self.rounds_done,
            "active_seconds": round(self.active_seconds, 1),
            "backward_seconds": round(self.backward_seconds, 1),
            "outcome": self.outcome,
            "kcal": None if self.kcal is None else round(self.kcal, 1),
        }

    def to_line(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: object) -> SessionRecord:
        """Validate decoded JSON; ValueError naming the field. Unknown keys are ignored."""
        if not isinstance(data, dict):
            raise ValueError("a JSON object was expected")
        started_at = data.get("started_at")
        if not isinstance(started_at, str) or not _ISO_START.match(started_at):
            raise ValueError(f"started_at: must be an ISO date and time, got {started_at!r:.40}")
        try:
            datetime.fromisoformat(started_at)
        except ValueError:
            raise ValueError(f"started_at: not a valid date and time: {started_at!r:.40}") from None
        outcome = data.get("outcome")
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome: must be one of {', '.join(OUTCOMES)}, got {outcome!r:.40}")
        kcal = data.get("kcal")
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
        )


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
    )


def parse_line(raw: bytes) -> SessionRecord:
    return SessionRecord.from_json(json.loads(raw))


def is_record(raw: bytes) -> bool:
    try:
        parse_line(raw)
    except (ValueError, TypeError, RecursionError):
        return False
    return True


def error_reason(error: BaseException) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"not valid JSON ({error.msg})"
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8 text"
    return (str(error) or type(error).__name__)[:120]
