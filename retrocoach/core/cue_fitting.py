"""Fitting a phase's opening into the phase: which cues stay and in which form.

A phase opens with its announcement and optional cues (the late safety check, the round, a
look-back tip), and may preview what follows ("Next: ..."); each has longer and shorter
forms. :func:`choose_opening` picks the most complete set that is said before the countdown:
shorter forms first, then optional cues dropped in :data:`DROP_ORDER`; the announcement stays.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import product

from retrocoach.core.cues import CueKind
from retrocoach.core.tips import Tip

#: Slack for comparing float times.
EPSILON = 1e-9

#: Which optional cue goes first when a phase is too short: round, then next, then look-back,
#: then the late safety check (a cue earlier in this tuple is kept longer).
DROP_ORDER = ("safety", "look-back", "next", "round")
_NAMES = {CueKind.SAFETY: "safety", CueKind.ROUND: "round", CueKind.TIP: "look-back"}

#: Text -> seconds from its start to the earliest start of the next cue.
Say = Callable[[str], float]
#: (the "Next" text, the end of the opening block) -> when it is said.
NextAt = Callable[[str, float], float]


def snap_up(value: float) -> float:
    """Round up to 10 ms (tidy times that never move a cue earlier than it may start)."""
    return math.ceil(round(value * 100, 6)) / 100


def snap_down(value: float) -> float:
    return math.floor(round(value * 100, 6)) / 100


@dataclass(frozen=True)
class Line:
    """A candidate text for a slot of a phase (with its tip, for a look-back slot)."""

    kind: CueKind
    text: str
    tip: Tip | None = None


@dataclass
class Slot:
    """A cue of a phase whose text may be shortened, or dropped if optional."""

    kind: CueKind
    forms: list[Line]
    optional: bool


def block_end(block: list[Line], start: float, say: Say) -> float:
    """When the earliest next cue may start after `block` is said from `start`."""
    at = start
    for line in block:
        at = snap_up(at + say(line.text))
    return at


def choose_opening(
    slots: list[Slot],
    next_forms: list[Line],
    start: float,
    countdown_start: float,
    say: Say,
    next_at: NextAt,
) -> tuple[list[Line], Line | None, float]:
    """The opening block, the "Next" line and its time: the most complete that fits.

    Preference: drop nothing, else drop in the order round, next, look-back, safety (see
    :data:`DROP_ORDER`); within that, the longest forms, the announcement's first.
    With nothing fitting, the shortest announcement alone. `slots[0]` is the announcement.
    """
    optional = [_NAMES[slot.kind] for slot in slots if slot.optional]
    if next_forms:
        optional.append("next")
    for dropped in drop_patterns(optional):
        kept = [slot for slot in slots if not (slot.optional and _NAMES[slot.kind] in dropped)]
        next_choices = next_forms if next_forms and "next" not in dropped else []
        choices = [range(len(slot.forms)) for slot in kept]
        if next_choices:
            choices.append(range(len(next_choices)))
        for combo in sorted(product(*choices), key=lambda c: (sum(c), c[0])):
            block = [slot.forms[i] for slot, i in zip(kept, combo, strict=False)]
            end = block_end(block, start, say)
            if next_choices:
                line = next_choices[combo[-1]]
                at = next_at(line.text, end)
                if at >= end - EPSILON:
                    return block, line, at
            elif end <= countdown_start + EPSILON:
                return block, None, 0.0
    return [slots[0].forms[-1]], None, 0.0


def drop_patterns(optional: list[str]) -> Iterator[frozenset[str]]:
    """Sets of optional cues to leave out, best first: none, then by :data:`DROP_ORDER`
    (a cue earlier in it is kept at the cost of any number of later ones)."""
    ranked = [name for name in DROP_ORDER if name in optional]
    patterns = product((False, True), repeat=len(ranked))
    for flags in sorted(patterns):
        yield frozenset(name for name, drop in zip(ranked, flags, strict=True) if drop)
