"""Which built-in workout to suggest next, from the session history (pure).

The rules, applied to the history in the order the sessions were started (oldest first, as
the history file is appended):

1. Only the built-in plan weeks `week-1` ... `week-8` drive the plan. The most recent of
   those sessions decides; sessions of other workouts (`beginner`, `first-steps`, the user's
   own) never move the plan on or back.
2. That session was stopped or interrupted (or has any other outcome than "completed"): the
   same week again.
3. It was completed: the same week again until that week has been completed
   :data:`COMPLETIONS_TO_MOVE_ON` times in the whole history, then the next week.
   How it felt (the effort, 1-10, asked at the finish) changes that, for a completed session:
   rated :data:`HARD_EFFORT` (8) or more, the same week again however often it was completed;
   the last two plan sessions both rated :data:`STEP_BACK_EFFORT` (9) or more, one week back
   (week 1 stays week 1; checked before rule 2: two stopped sessions at 9/10 step back too);
   rated :data:`EASY_EFFORT` (6) or less, the next week after a single completion. Unrated
   (or 7): the completions alone decide, as above.
4. After week 8 has been completed twice the suggestion stays on week 8: the plan has no
   week 9, and repeating the last week is the gentlest way to keep the habit (the reason
   says the plan is done and any workout can be chosen).
5. No plan week in the history: `week-1` if any session at all was completed (that person
   has already walked backwards), else `first-steps`, the day-one backward walk.

Rule 1 follows the issue literally: if someone goes back from week 5 to week 2 and completes
it, the next suggestion is week 2 again or week 3, never a jump. A suggestion is only a
suggestion: the picker lets the user choose any workout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Text

#: The number of weeks in the built-in plan (`week-1` ... `week-8`).
WEEK_COUNT = 8
#: How often a week must be completed before the next one is suggested.
COMPLETIONS_TO_MOVE_ON = 2
#: The built-in day-one workout, suggested to someone who has never completed a session.
FIRST_STEPS_ID = "first-steps"
#: A completed week rated this hard or harder is repeated.
HARD_EFFORT = 8
#: Two plan sessions in a row rated this hard or harder: a week back.
STEP_BACK_EFFORT = 9
#: A completed week rated this easy or easier moves on after one completion.
EASY_EFFORT = 6
COMPLETED = "completed"

_WEEK_ID = re.compile(r"^week-([1-9][0-9]*)$")
_TIMES = {1: QT_TRANSLATE_NOOP("progression", "once"), 2: QT_TRANSLATE_NOOP("progression", "twice")}


class SessionRecord(Protocol):
    """What progression needs of a history record: which workout, and how it ended.

    `outcome` is "completed", "stopped" or "interrupted" (a StrEnum with those values works).
    An `effort` attribute (1-10 or None), where a record has one, is how hard it felt.
    Frozen dataclasses and NamedTuples with these two fields match this protocol.
    """

    @property
    def workout_id(self) -> str: ...

    @property
    def outcome(self) -> str: ...


@dataclass(frozen=True)
class SessionResult:
    """A minimal history record, for callers (and tests) without their own record type."""

    workout_id: str
    outcome: str
    effort: int | None = None


@dataclass(frozen=True)
class Suggestion:
    """The workout to suggest in the picker, and a sentence saying `why` (translatable)."""

    workout_id: str
    why: Text

    @property
    def reason(self) -> str:
        """`why` in English (the log, the command line)."""
        return self.why.english()


def _t(template: str, count: int | None = None, /, **args: object) -> Text:
    return Text("progression", template, MappingProxyType(dict(args)), count)


def week_id(week: int) -> str:
    """`week-N` for a week of the plan (1 to 8)."""
    if not 1 <= week <= WEEK_COUNT:
        raise ValueError(f"week must be from 1 to {WEEK_COUNT}, got {week}")
    return f"week-{week}"


def week_number(workout_id: str) -> int | None:
    """N for `week-N` of the built-in plan (1 to 8), None for any other workout id."""
    match = _WEEK_ID.match(workout_id)
    if match is None:
        return None
    week = int(match.group(1))
    return week if week <= WEEK_COUNT else None


def suggest_next(history: Iterable[SessionRecord]) -> Suggestion:
    """The next workout of the plan for this history (oldest session first)."""
    records = list(history)
    last_week: int | None = None
    last_outcome = ""
    efforts: list[int | None] = []  # of the plan sessions, oldest first
    for record in records:
        week = week_number(record.workout_id)
        if week is not None:
            last_week, last_outcome = week, str(record.outcome)
            efforts.append(_effort(record))

    if last_week is None:
        if any(str(r.outcome) == COMPLETED for r in records):
            start = _t(
                QT_TRANSLATE_NOOP("progression", "Week 1: the start of the {weeks}-week plan."),
                weeks=WEEK_COUNT,
            )
            return Suggestion(week_id(1), start)
        day_one = _t(
            QT_TRANSLATE_NOOP("progression", "First steps: walking backwards only, for day one.")
        )
        return Suggestion(FIRST_STEPS_ID, day_one)

    felt = efforts[-1]
    if felt is not None and felt >= STEP_BACK_EFFORT and _hard_twice(efforts) and last_week > 1:
        back = QT_TRANSLATE_NOOP(
            "progression",
            "Week {back}, a step back: the last two sessions felt {effort}/10 or harder.",
        )
        why = _t(back, back=last_week - 1, effort=STEP_BACK_EFFORT)
        return Suggestion(week_id(last_week - 1), why)
    if last_outcome != COMPLETED:
        if last_outcome == "stopped":
            again = QT_TRANSLATE_NOOP(
                "progression", "Week {week} again: the last session was stopped early."
            )
        elif last_outcome == "interrupted":
            again = QT_TRANSLATE_NOOP(
                "progression", "Week {week} again: the last session was interrupted."
            )
        else:
            again = QT_TRANSLATE_NOOP(
                "progression", "Week {week} again: the last session was not completed."
            )
        return Suggestion(week_id(last_week), _t(again, week=last_week))

    if felt is not None and felt >= HARD_EFFORT:
        hard = QT_TRANSLATE_NOOP("progression", "Week {week} again: last time felt {effort}/10.")
        return Suggestion(week_id(last_week), _t(hard, week=last_week, effort=felt))

    done = sum(
        1 for r in records if week_number(r.workout_id) == last_week and str(r.outcome) == COMPLETED
    )
    if felt is not None and felt <= EASY_EFFORT and last_week < WEEK_COUNT:
        easy = QT_TRANSLATE_NOOP(
            "progression", "Week {next}: week {week} completed and it felt {effort}/10."
        )
        return Suggestion(
            week_id(last_week + 1), _t(easy, next=last_week + 1, week=last_week, effort=felt)
        )
    if done < COMPLETIONS_TO_MOVE_ON:
        not_yet = QT_TRANSLATE_NOOP(
            "progression", "Week {week} again: completed {done}, {needed} before moving on."
        )
        why = _t(not_yet, week=last_week, done=_times(done), needed=_times(COMPLETIONS_TO_MOVE_ON))
        return Suggestion(week_id(last_week), why)
    if last_week == WEEK_COUNT:
        done_all = QT_TRANSLATE_NOOP(
            "progression",
            "Week {week} again: the {week}-week plan is done. Keep repeating "
            "week {week}, or choose any workout.",
        )
        return Suggestion(week_id(WEEK_COUNT), _t(done_all, week=WEEK_COUNT))
    moving_on = QT_TRANSLATE_NOOP("progression", "Week {next}: week {week} completed {done}.")
    why = _t(moving_on, next=last_week + 1, week=last_week, done=_times(done))
    return Suggestion(week_id(last_week + 1), why)


def _effort(record: SessionRecord) -> int | None:
    effort = getattr(record, "effort", None)
    return effort if isinstance(effort, int) and 1 <= effort <= 10 else None


def _hard_twice(efforts: list[int | None]) -> bool:
    """The last two plan sessions were both rated :data:`STEP_BACK_EFFORT` or harder."""
    last_two = efforts[-2:]
    return len(last_two) == 2 and all(e is not None and e >= STEP_BACK_EFFORT for e in last_two)


def _times(count: int) -> Text:
    """ "once", "twice", "3 times" (a plural form of its own in each language)."""
    if count in _TIMES:
        return _t(_TIMES[count])
    return _t(QT_TRANSLATE_NOOP("progression", "%n time(s)"), count)
