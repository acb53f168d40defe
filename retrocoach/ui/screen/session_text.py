"""The words of the idle card and of the end-of-session summary card.

Plain functions of the plan and the session, so the card's text is tested without widgets.
"Stopped" is said only when the session ended before its end (the Stop key, the window
closed): a session that reached its end by skipping most of it is recorded as not completed,
but it was not stopped, and its card says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from retrocoach.core.session import Outcome, Session
from retrocoach.core.workout import Direction, Plan, format_duration, format_elapsed
from retrocoach.ui.look.theme import phase_tag

translate = QCoreApplication.translate


@dataclass(frozen=True)
class CardText:
    tag: str  # the small line at the panel's top
    title: str
    lines: list[str]
    completed: bool = False  # a completed session (the card takes the "done" colour)


def _minutes(seconds: float) -> str:
    return format_elapsed(seconds)


def idle_card(plan: Plan) -> CardText:
    """The chosen workout: name, rounds, length, backward minutes and the first phase."""
    backward = sum(p.seconds for p in plan.phases if p.phase.direction is Direction.BACKWARD)
    rounds = plan.rounds  # a name: lupdate misses a count written as an attribute
    lines = [
        translate("SessionCard", "{rounds} · {length} · {backward} backwards").format(
            rounds=translate("SessionCard", "%n round(s)", None, rounds),
            length=_minutes(plan.total_seconds),
            backward=_minutes(backward),
        )
    ]
    if plan.phases:
        first = plan.phases[0]
        lines.append(
            translate("SessionCard", "First: {kind} {length}").format(
                kind=phase_tag(first.phase), length=format_duration(first.seconds)
            )
        )
    return CardText(translate("SessionCard", "READY"), plan.workout.name, lines)


def ended_early(session: Session) -> bool:
    """True when the session stopped before its end (not when it was skipped to the end)."""
    return (
        session.outcome is Outcome.STOPPED
        and session.workout_time() < session.plan.total_seconds - 1e-6
    )


def summary_card(session: Session) -> CardText:
    """What was done: the outcome, time, backward time and rounds."""
    plan = session.plan
    completed, skipped = session.outcome is Outcome.COMPLETED, False
    if completed:
        tag, title = translate("SessionCard", "WELL DONE"), translate("SessionCard", "Well done")
    elif ended_early(session):
        tag, title = translate("SessionCard", "STOPPED"), translate("SessionCard", "Stopped")
    else:
        tag, title, skipped = (
            translate("SessionCard", "SESSION OVER"),
            translate("SessionCard", "Skipped to the end"),
            True,
        )
    lines = [
        translate("SessionCard", "{done} done, {backward} of it backwards").format(
            done=_minutes(session.active_seconds), backward=_minutes(session.backward_seconds)
        )
    ]
    if any(p.round is not None for p in plan.phases):
        rounds = plan.rounds  # a name: lupdate misses a count written as an attribute
        lines.append(
            translate("SessionCard", "{done} of %n round(s)", None, rounds).format(
                done=session.rounds_done
            )
        )
    if skipped:
        lines.append(translate("SessionCard", "Mostly skipped: not counted as completed"))
    return CardText(tag, title, lines, completed)
