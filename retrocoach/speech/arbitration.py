"""Which cue is heard when two want the voice at once: the player's rules, pure (no Qt, no
clock of its own), so they are tested on plain numbers.

- priorities: safety, announce, round, finish (3) > countdown (2) > next, halfway, tip (1);
- a cue of higher priority cuts the one playing at once;
- a cue of lower or equal priority never cuts in while the playing one has more than
  `hold_max` left: an equal one then cuts (the newest information wins), a lower one is
  dropped; if the playing one ends within `hold_max`, the new one waits for it (real speech
  runs a little longer than the timeline's estimate);
- a cue whose phase is over, or that would be heard more than `late_tolerance` after its due
  time, is dropped rather than played late;
- of two cues waiting, the one of higher priority waits; an equal or lower newcomer is dropped.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Action(enum.Enum):
    PLAY = "play"  # nothing is playing: start it
    CUT = "cut"  # stop the playing cue and start this one
    HOLD = "hold"  # wait `wait` seconds for the playing cue to end, then start
    DROP = "drop"  # never heard (the caption still shows)


@dataclass(frozen=True)
class Decision:
    action: Action
    wait: float = 0.0
    reason: str = ""


@dataclass(frozen=True)
class Playing:
    """The cue being heard: its priority, kind (for messages) and seconds left."""

    priority: int
    kind: str
    remaining: float


def arrive(
    priority: int,
    kind: str,
    playing: Playing | None,
    *,
    lateness: float,
    hold_max: float,
    late_tolerance: float,
) -> Decision:
    """A cue of `priority` is due (it would be heard `lateness` s after its due time if it
    started now) while `playing` is heard (None: silence)."""
    if playing is None:
        return Decision(Action.PLAY)
    if priority > playing.priority:
        return Decision(Action.CUT, reason=f"cut by {kind}")
    wait = max(0.0, playing.remaining)
    if wait <= hold_max and lateness + wait <= late_tolerance:
        return Decision(Action.HOLD, wait=wait)
    if priority < playing.priority:
        return Decision(Action.DROP, reason=f"{playing.kind} playing")
    return Decision(Action.CUT, reason=f"cut by {kind}")


def stale(phase_over: bool, lateness: float, late_tolerance: float) -> str | None:
    """Why a due cue is no longer worth saying, or None."""
    if phase_over:
        return "phase over"
    if lateness > late_tolerance:
        return f"late by {lateness:.1f} s"
    return None


def queue_behind(
    priority: int, kind: str, waiting: tuple[int, str] | None
) -> tuple[str | None, str | None]:
    """A cue wants to wait while `waiting` (priority, kind) already does: (why the newcomer
    is dropped, why the waiting one is dropped); None where it stays."""
    if waiting is None:
        return None, None
    waiting_priority, waiting_kind = waiting
    if waiting_priority >= priority:
        return f"{waiting_kind} waiting", None
    return None, f"superseded by {kind}"
