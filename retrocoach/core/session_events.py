"""What a session tells its listeners (:data:`SessionEvent`), and the :class:`Snapshot` a
display reads at one moment (:func:`take_snapshot`)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from retrocoach.core.session_states import AT_REST, Command, Outcome, State
from retrocoach.core.workout import Plan, PlannedPhase


@dataclass(frozen=True)
class StateChanged:
    old: State
    new: State


@dataclass(frozen=True)
class PhaseStarted:
    """The session entered `phase`; `late_by` is how far past its start the update came."""

    phase: PlannedPhase
    late_by: float


@dataclass(frozen=True)
class SecondChanged:
    displayed_seconds: int


@dataclass(frozen=True)
class Finished:
    outcome: Outcome


@dataclass(frozen=True)
class SleptAndPaused:
    """The machine slept mid-session (wall clock jumped ahead of the monotonic clock)."""

    slept_seconds: float


@dataclass(frozen=True)
class CommandRefused:
    """`command` is not possible in `state` (the UI words it for the runner)."""

    command: Command
    state: State


SessionEvent = (
    StateChanged | PhaseStarted | SecondChanged | Finished | SleptAndPaused | (CommandRefused)
)
Listener = Callable[[SessionEvent], None]


@dataclass(frozen=True)
class Snapshot:
    """Everything a display needs at one moment; derived, never stored."""

    state: State
    workout_time: float
    in_lead_in: bool
    phase: PlannedPhase | None
    next_phase: PlannedPhase | None
    phase_remaining: float
    displayed_seconds: int
    phase_progress: float
    session_progress: float
    total_remaining: float
    round: int | None
    rounds: int
    outcome: Outcome | None


def take_snapshot(plan: Plan, state: State, t: float, outcome: Outcome | None) -> Snapshot:
    """What a display shows of a session of `plan` in `state` at workout time `t`."""
    total = plan.total_seconds
    in_lead_in = t < 0 and state is not State.IDLE
    phase = None if in_lead_in else plan.phase_at(t)
    if state in AT_REST:
        phase = None
    if phase is not None:
        remaining = phase.end - t
        progress = (t - phase.start) / phase.seconds
    elif in_lead_in or state is State.IDLE:
        remaining = -t if in_lead_in else float(plan.lead_in_seconds)
        progress = 1 - remaining / plan.lead_in_seconds if plan.lead_in_seconds else 0.0
    else:
        remaining, progress = 0.0, 1.0
    if phase is not None:
        next_index = phase.index + 1
    else:
        next_index = 0 if state is not State.FINISHED else len(plan.phases)
    next_phase = plan.phases[next_index] if next_index < len(plan.phases) else None
    clamped = min(max(t, 0.0), float(total))
    return Snapshot(
        state=state,
        workout_time=t,
        in_lead_in=in_lead_in,
        phase=phase,
        next_phase=next_phase,
        phase_remaining=remaining,
        displayed_seconds=_displayed(remaining),
        phase_progress=min(max(progress, 0.0), 1.0),
        session_progress=clamped / total if total else 1.0,
        total_remaining=total - clamped,
        round=phase.round if phase is not None else None,
        rounds=plan.rounds,
        outcome=outcome,
    )


def _displayed(remaining: float) -> int:
    """The whole seconds a countdown shows: 0.2 s left shows 1, exactly 0 shows 0."""
    return max(0, math.ceil(remaining - 1e-9))
