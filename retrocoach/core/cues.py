"""The cue vocabulary: what a cue is (:class:`Cue`, :class:`CueKind`), how much the coach
says (:class:`CoachingSettings`, :class:`Density`), the timing constants of the rules, and the
small per-phase decisions (which cues a phase calls for, which tips fit its gaps).

The rules themselves are described in :mod:`retrocoach.core.coaching`, which places the cues.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from retrocoach.core.phrases import Phrasebook, phrasebook
from retrocoach.core.ranges import whole_in, whole_problem
from retrocoach.core.tips import Place, TipCategory, phase_key, spoken_word_count
from retrocoach.core.workout import Direction, Pace, PlannedPhase

#: Silence between the end of one cue and the start of the next, at least.
MIN_CUE_GAP_SECONDS = 0.3
#: Slowest speech rate accepted: one word plus the gap then fits in one second, so the
#: countdown ("3", "2", "1") and a one-word announcement of a 1 s phase never overlap.
MIN_WORDS_PER_MINUTE = 90
MAX_WORDS_PER_MINUTE = 400
DEFAULT_WORDS_PER_MINUTE = 175
COUNTDOWN_MIN_PHASE_SECONDS = 10
NEXT_MIN_PHASE_SECONDS = 45
TURN_NEXT_MIN_PHASE_SECONDS = 15
NEXT_BEFORE_END_SECONDS = 10
HALFWAY_MIN_PHASE_SECONDS = 120
LOOK_BACK_MIN_PHASE_SECONDS = 15
TIP_GUARANTEE_MIN_PHASE_SECONDS = 20
#: No tip is being spoken during the 4 s before a countdown.
TIP_CLEAR_BEFORE_COUNTDOWN_SECONDS = 4.0
#: Silence between a cue and a tip that follows it.
TIP_BREATH_SECONDS = 0.5
#: The lead-in's safety check starts this long after Start (less if it would not fit): a
#: sound is handed to the audio output ahead of its time (its queue, about 0.15 s), and at
#: the very moment of Start there is no "ahead", so a check due on the click itself was
#: heard about 0.1 s late.
LEAD_IN_CUE_DELAY = 0.3

#: Text -> its speaking length in seconds, or None when unknown (then it is estimated).
Durations = Callable[[str], float | None]

BACKWARD_CATEGORIES = frozenset(
    {TipCategory.POSTURE, TipCategory.FEET, TipCategory.ARMS, TipCategory.SAFETY}
)
GUARANTEE_CATEGORIES = frozenset({TipCategory.POSTURE, TipCategory.FEET, TipCategory.SAFETY})
FORWARD_WALK_CATEGORIES = frozenset(
    {TipCategory.EFFORT, TipCategory.RECOVERY, TipCategory.MOTIVATION, TipCategory.SAFETY}
)
FORWARD_CATEGORIES = frozenset({TipCategory.EFFORT, TipCategory.MOTIVATION})
LOOK_BACK_CATEGORIES = frozenset({TipCategory.LOOK_BACK})
#: Tips about how to move (the feedback that fades as the runner learns: issue 19).
TECHNIQUE_CATEGORIES = frozenset({TipCategory.POSTURE, TipCategory.FEET, TipCategory.ARMS})

_PARENTHESES = re.compile(r"\s*\([^()]*\)")


class CueKind(StrEnum):
    SAFETY = "safety"
    ANNOUNCE = "announce"
    ROUND = "round"
    COUNTDOWN = "countdown"
    NEXT = "next"
    HALFWAY = "halfway"
    TIP = "tip"
    FINISH = "finish"
    #: The briefing before the first session (:mod:`retrocoach.core.briefing`): said before
    #: the lead-in, never part of a session's timeline.
    BRIEFING = "briefing"


_PRIORITY = {
    CueKind.SAFETY: 3,
    CueKind.ANNOUNCE: 3,
    CueKind.ROUND: 3,
    CueKind.FINISH: 3,
    CueKind.BRIEFING: 3,
    CueKind.COUNTDOWN: 2,
    CueKind.NEXT: 1,
    CueKind.HALFWAY: 1,
    CueKind.TIP: 1,
}


@dataclass(frozen=True)
class Cue:
    """One spoken line at a moment of workout time.

    `seconds` is the speaking length the timeline was placed with, `measured` whether it came
    from the rendered audio (else an estimate); tips carry their id and categories.
    """

    at: float  # workout-time seconds (0 = end of lead-in; lead-in cues negative)
    kind: CueKind
    text: str
    phase: int | None  # PlannedPhase.index the cue belongs to; None for lead-in cues and finish
    # how it was placed, not what it is: two cues said at the same time are equal
    seconds: float = field(default=0.0, compare=False)
    measured: bool = field(default=False, compare=False)
    tip_id: str | None = None
    categories: tuple[str, ...] = ()

    @property
    def priority(self) -> int:
        """3 safety/announce/round/finish, 2 countdown, 1 next/halfway/tip."""
        return _PRIORITY[self.kind]

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "at": self.at,
            "kind": self.kind.value,
            "text": self.text,
            "phase": self.phase,
            "seconds": self.seconds,
            "measured": self.measured,
        }
        if self.kind is CueKind.TIP:
            data["tip_id"] = self.tip_id
            data["categories"] = list(self.categories)
        return data


class Density(StrEnum):
    QUIET = "quiet"
    NORMAL = "normal"
    CHATTY = "chatty"


#: How often a tip may be said at each density (quiet says none).
TIP_EVERY_SECONDS = {Density.NORMAL: 45.0, Density.CHATTY: 20.0}


@dataclass(frozen=True)
class CoachingSettings:
    """How much the coach says, where, in which language, and the speech rate used to
    estimate speaking time."""

    density: Density = Density.NORMAL
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE
    seed: int = 0
    place: Place = Place.TRACK
    language: str = "en"
    #: At most this many technique tips (posture, feet, arms) in the session; None: no
    #: limit. The Auto density's later stages (:mod:`retrocoach.core.taper`) set it.
    technique_tips_per_session: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "density", Density(self.density))
        object.__setattr__(self, "place", Place(self.place))
        phrasebook(self.language)  # ValueError naming the known languages
        wpm = self.words_per_minute
        if whole_in(wpm, MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE) is None:
            problem = whole_problem(MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE, wpm)
            raise ValueError(f"words_per_minute {problem}")


def estimate_speaking_seconds(text: str, wpm: int = DEFAULT_WORDS_PER_MINUTE) -> float:
    """Seconds to say `text` at `wpm` words per minute (no silence after it)."""
    return spoken_word_count(text) * 60.0 / wpm


def spoken_name(phase: PlannedPhase, phrases: Phrasebook | None = None) -> str:
    """The phase name as said aloud: "Walk forwards (recovery)" -> "Walk forwards"."""
    name = " ".join(_PARENTHESES.sub("", phase.name).split()).strip(" ,;:-")
    return name or (phrases or phrasebook("en")).movement(phase.phase.direction, phase.phase.pace)


def needs_look_back(phase: PlannedPhase) -> bool:
    """Whether a phase opens with a look-back cue: a backward jog or run of 15 s or more."""
    return (
        phase.phase.is_backward
        and phase.phase.pace is not Pace.WALK
        and phase.seconds >= LOOK_BACK_MIN_PHASE_SECONDS
    )


def needs_next(phase: PlannedPhase, following: PlannedPhase | None) -> bool:
    """Whether a phase previews what follows ("Next: ..." or "Almost done")."""
    if phase.seconds >= NEXT_MIN_PHASE_SECONDS:
        return True
    turns = following is not None and following.phase.direction is not phase.phase.direction
    return turns and phase.seconds >= TURN_NEXT_MIN_PHASE_SECONDS


def cues_to_json(cues: list[Cue]) -> list[dict[str, object]]:
    return [cue.to_json() for cue in cues]


def tip_categories(key: str) -> frozenset[TipCategory]:
    """The tip categories spoken in the gaps of a phase with tip phase key `key`."""
    if key.startswith(Direction.BACKWARD.value):
        return BACKWARD_CATEGORIES
    if key == phase_key(Direction.FORWARD, Pace.WALK):
        return FORWARD_WALK_CATEGORIES
    return FORWARD_CATEGORIES
