"""The cue timeline: plan + tip library + settings -> every spoken cue with its time.

Pure and deterministic for a given seed; the whole session's cues are known before it starts,
so speech can be rendered ahead and played on time. Times are on the workout-time axis
(0 = end of the lead-in, lead-in cues negative). The wording comes from a phrasebook
(:mod:`retrocoach.core.phrases`); this module only decides what is said when.

How long a text takes to say comes from a duration function (text -> seconds, or None when
unknown): the app passes the lengths of the rendered WAVs, and places the timeline again once
they exist; anything unknown is estimated from the word count and the speech rate
(:func:`estimate_speaking_seconds`). Every cue records the length it was placed with and
whether it was measured. Two cues never overlap: each starts at least
:data:`MIN_CUE_GAP_SECONDS` after the previous one has been said.

Rules (issues 3 and 9), at every density unless said otherwise:

- ``safety`` at the start of the lead-in: the path check of the place ("Check the path behind
  you is clear"; on a treadmill the clip, the rails and half your walking pace), shorter forms
  for a short lead-in. Without room in the lead-in it follows the first announcement.
- ``announce`` exactly at each phase start ("Jog backwards, 30 seconds", shorter forms down to
  one word for short phases); ``round`` right after the announcement of a round's first phase.
- A look-back ``tip`` (category ``look-back``, rotating) right after those in every backward
  jog or run phase of :data:`LOOK_BACK_MIN_PHASE_SECONDS` or more, before any other tip.
- ``next`` ("Next: walk forwards, 1 minute") before the countdown in every phase of 45 s or
  more, and in every phase of :data:`TURN_NEXT_MIN_PHASE_SECONDS` or more whose following
  phase runs the other way; from backwards to forwards it adds "Slow down, ready to turn".
  It is said 10 s before the end, later if the opening needs the room, always ending before
  the countdown. "Almost done" in a last phase of 45 s or more.
- ``halfway`` in phases of 2 minutes or more, at the middle.
- ``countdown`` "3", "2", "1" at end-3, end-2, end-1 of every phase of 10 s or more.
- ``finish`` at the end: the summary, then (after backward work) the soreness to expect and
  what to do next time.
- Other ``tip`` cues, in ``normal`` and ``chatty`` only, fill the gaps: at most every 45 s
  (normal) or 20 s (chatty), never within 4 s of a countdown. Backward phases get posture,
  feet, arms and safety tips (the first one of a backward phase of 20 s or more posture, feet
  or safety when one fits); forward walks effort, recovery, motivation and safety; forward
  jogs and runs effort and motivation. Only tips for the place are said (treadmill tips only on
  a treadmill). No tip comes back while an unused suitable one exists, nor within five
  minutes (:class:`~retrocoach.core.tips.TipPicker`). A look-back cue is said even if every
  look-back tip was said in the last five minutes (the one said longest ago comes back);
  the shipped library has enough of them that this never happens in a built-in workout.
- ``quiet`` drops only those other tips.

When a phase cannot hold all its cues, shorter forms are used first; then the round cue is
dropped, then "Next", then the look-back cue; the announcement always stays.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import product

from retrocoach.core.phrases import Phrasebook, phrasebook
from retrocoach.core.ranges import whole_in, whole_problem
from retrocoach.core.tips import (
    Place,
    Tip,
    TipCategory,
    TipLibrary,
    TipPicker,
    phase_key,
    spoken_word_count,
)
from retrocoach.core.workout import Direction, Pace, Plan, PlannedPhase

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

_BACKWARD_CATEGORIES = frozenset(
    {TipCategory.POSTURE, TipCategory.FEET, TipCategory.ARMS, TipCategory.SAFETY}
)
_GUARANTEE_CATEGORIES = frozenset({TipCategory.POSTURE, TipCategory.FEET, TipCategory.SAFETY})
_FORWARD_WALK_CATEGORIES = frozenset(
    {TipCategory.EFFORT, TipCategory.RECOVERY, TipCategory.MOTIVATION, TipCategory.SAFETY}
)
_FORWARD_CATEGORIES = frozenset({TipCategory.EFFORT, TipCategory.MOTIVATION})
_LOOK_BACK = frozenset({TipCategory.LOOK_BACK})
__all__ = [
    "MIN_CUE_GAP_SECONDS",
    "CoachingSettings",
    "Cue",
    "CueKind",
    "Density",
    "Durations",
    "build_cues",
    "cues_to_json",
    "estimate_speaking_seconds",
    "needs_look_back",
    "spoken_name",
    "spoken_word_count",
    "tip_categories",
]

_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_EPSILON = 1e-9


class CueKind(StrEnum):
    SAFETY = "safety"
    ANNOUNCE = "announce"
    ROUND = "round"
    COUNTDOWN = "countdown"
    NEXT = "next"
    HALFWAY = "halfway"
    TIP = "tip"
    FINISH = "finish"


_PRIORITY = {
    CueKind.SAFETY: 3,
    CueKind.ANNOUNCE: 3,
    CueKind.ROUND: 3,
    CueKind.FINISH: 3,
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


_TIP_EVERY_SECONDS = {Density.NORMAL: 45.0, Density.CHATTY: 20.0}


@dataclass(frozen=True)
class CoachingSettings:
    """How much the coach says, where, in which language, and the speech rate used to
    estimate speaking time."""

    density: Density = Density.NORMAL
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE
    seed: int = 0
    place: Place = Place.TRACK
    language: str = "en"

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


def build_cues(
    plan: Plan,
    tips: TipLibrary,
    settings: CoachingSettings | None = None,
    durations: Durations | None = None,
) -> list[Cue]:
    """Every cue of a session of `plan`, sorted by time; see the module docstring for rules."""
    return _Builder(plan, tips, settings or CoachingSettings(), durations).build()


def cues_to_json(cues: list[Cue]) -> list[dict[str, object]]:
    return [cue.to_json() for cue in cues]


def tip_categories(key: str) -> frozenset[TipCategory]:
    """The tip categories spoken in the gaps of a phase with tip phase key `key`."""
    if key.startswith(Direction.BACKWARD.value):
        return _BACKWARD_CATEGORIES
    if key == phase_key(Direction.FORWARD, Pace.WALK):
        return _FORWARD_WALK_CATEGORIES
    return _FORWARD_CATEGORIES


# --- the builder ----------------------------------------------------------------------------


def _snap_up(value: float) -> float:
    """Round up to 10 ms (tidy times that never move a cue earlier than it may start)."""
    return math.ceil(round(value * 100, 6)) / 100


def _snap_down(value: float) -> float:
    return math.floor(round(value * 100, 6)) / 100


@dataclass(frozen=True)
class _Line:
    """A candidate text for a slot of a phase (with its tip, for a look-back slot)."""

    kind: CueKind
    text: str
    tip: Tip | None = None


@dataclass
class _Slot:
    """A cue of a phase whose text may be shortened, or dropped if optional."""

    kind: CueKind
    forms: list[_Line]
    optional: bool


#: Which optional cue goes first when a phase is too short: round, then next, then look-back,
#: then the late safety check (the order of :meth:`_Builder._choose`'s drop patterns).
_DROP_ORDER = ("safety", "look-back", "next", "round")


class _Builder:
    def __init__(
        self,
        plan: Plan,
        tips: TipLibrary,
        settings: CoachingSettings,
        durations: Durations | None,
    ) -> None:
        self.plan = plan
        self.tips = tips
        self.settings = settings
        self.phrases = phrasebook(settings.language)
        self.place = settings.place.value
        self.density = settings.density
        self.picker = TipPicker(tips, random.Random(settings.seed))
        # look-back tips are picked apart (no other cue uses them), so that every density
        # says the same ones at the same moments
        self.look_back_picker = TipPicker(tips, random.Random(settings.seed))
        self.durations = durations
        self.cues: list[Cue] = []
        self._lengths: dict[str, tuple[float, bool]] = {}

    def length(self, text: str) -> tuple[float, bool]:
        """(seconds to say `text`, measured?)."""
        known = self._lengths.get(text)
        if known is None:
            measured = self.durations(text) if self.durations is not None else None
            if measured is not None and math.isfinite(measured) and measured >= 0:
                known = (float(measured), True)
            else:
                known = (estimate_speaking_seconds(text, self.settings.words_per_minute), False)
            self._lengths[text] = known
        return known

    def say(self, text: str) -> float:
        """Seconds from the start of `text` to the earliest start of the next cue."""
        return self.length(text)[0] + MIN_CUE_GAP_SECONDS

    def add(
        self, at: float, kind: CueKind, text: str, phase: int | None, tip: Tip | None = None
    ) -> None:
        seconds, measured = self.length(text)
        self.cues.append(
            Cue(
                at,
                kind,
                text,
                phase,
                seconds,
                measured,
                tip.id if tip else None,
                tuple(sorted(tip.categories)) if tip else (),
            )
        )

    def build(self) -> list[Cue]:
        safety_pending = True
        lead_in = self.plan.lead_in_seconds
        checks = self.phrases.path_check_forms(self.place)
        if lead_in > 0:
            text = next((t for t in checks if self.say(t) <= lead_in + _EPSILON), None)
            if text is not None:
                delay = max(0.0, min(LEAD_IN_CUE_DELAY, lead_in - self.say(text)))
                self.add(delay - lead_in, CueKind.SAFETY, text, None)
                safety_pending = False
        phases = self.plan.phases
        for position, planned in enumerate(phases):
            following = phases[position + 1] if position + 1 < len(phases) else None
            previous = phases[position - 1] if position else None
            self._phase(planned, previous, following, safety_pending and position == 0)
        at = float(self.plan.total_seconds)
        for text in self.phrases.finish_lines(self.plan.total_seconds, self.plan.backward_seconds):
            self.add(at, CueKind.FINISH, text, None)
            at = _snap_up(at + self.say(text))
        self.cues.sort(key=lambda cue: cue.at)
        return self.cues

    def _phase(
        self,
        planned: PlannedPhase,
        previous: PlannedPhase | None,
        following: PlannedPhase | None,
        with_safety: bool,
    ) -> None:
        start, end, seconds = planned.start, planned.end, planned.seconds
        has_countdown = seconds >= COUNTDOWN_MIN_PHASE_SECONDS
        countdown_start = float(end - 3 if has_countdown else end)
        key = phase_key(planned.phase.direction, planned.phase.pace)

        announce = self._lines(CueKind.ANNOUNCE, self._announce_forms(planned, previous))
        slots = [_Slot(CueKind.ANNOUNCE, announce, False)]
        if with_safety:
            forms = self.phrases.path_check_forms(self.place)
            slots.append(_Slot(CueKind.SAFETY, self._lines(CueKind.SAFETY, forms), True))
        if planned.round is not None and (previous is None or previous.round != planned.round):
            forms = self.phrases.round_forms(planned.round, self.plan.rounds)
            slots.append(_Slot(CueKind.ROUND, self._lines(CueKind.ROUND, forms), True))
        if needs_look_back(planned):
            lines = self._look_back_lines(key, float(start))
            if lines:  # none only if a user's tips file switched them all off
                slots.append(_Slot(CueKind.TIP, lines, True))
        next_forms: list[_Line] = []
        if needs_next(planned, following):
            next_forms = self._lines(CueKind.NEXT, self._next_forms(planned, following))

        block, next_line, next_at = self._choose(slots, next_forms, planned, countdown_start)
        at = float(start)
        for line in block:
            self.add(at, line.kind, line.text, planned.index, line.tip)
            if line.tip is not None:
                self.look_back_picker.use(line.tip, at)
            at = _snap_up(at + self.say(line.text))
        block_end = at

        busy: list[tuple[float, float]] = []
        limit = countdown_start
        if next_line is not None:
            self.add(next_at, CueKind.NEXT, next_line.text, planned.index)
            busy.append((next_at, next_at + self.say(next_line.text)))
            limit = next_at
        if seconds >= HALFWAY_MIN_PHASE_SECONDS:
            half_at = float(start + seconds // 2)
            text = self.phrases.halfway(seconds - seconds // 2)
            half_end = half_at + self.say(text)
            if half_at >= block_end - _EPSILON and half_end <= limit + _EPSILON:
                self.add(half_at, CueKind.HALFWAY, text, planned.index)
                busy.append((half_at, half_end))
        busy.sort()

        if self.density is not Density.QUIET:
            deadline = (
                countdown_start - TIP_CLEAR_BEFORE_COUNTDOWN_SECONDS
                if has_countdown
                else countdown_start - MIN_CUE_GAP_SECONDS
            )
            self._tips(planned, key, block_end, deadline, busy)
        if has_countdown:
            for number in (3, 2, 1):
                text = self.phrases.count(number)
                self.add(float(end - number), CueKind.COUNTDOWN, text, planned.index)

    @staticmethod
    def _lines(kind: CueKind, texts: list[str]) -> list[_Line]:
        return [_Line(kind, text) for text in texts]

    def _look_back_lines(self, key: str, at: float) -> list[_Line]:
        """Fresh look-back tips (seeded order), then the shorter fresh ones, so a tight phase
        can still take one; with none fresh, the ones said longest ago."""
        fresh = self.look_back_picker.fresh(key, _LOOK_BACK, at, self.place)
        if not fresh:
            fresh = self.look_back_picker.oldest(key, _LOOK_BACK, self.place)[:1]
        ordered = fresh[:1] + sorted(fresh[1:], key=lambda tip: self.say(tip.text))[:2]
        return [_Line(CueKind.TIP, tip.text, tip) for tip in ordered]

    def _announce_forms(self, planned: PlannedPhase, previous: PlannedPhase | None) -> list[str]:
        phase = planned.phase
        turned = previous is None or previous.phase.direction is not phase.direction
        return self.phrases.announce_forms(
            spoken_name(planned, self.phrases),
            planned.seconds,
            phase.direction,
            phase.pace,
            turned,
        )

    def _next_forms(self, planned: PlannedPhase, following: PlannedPhase | None) -> list[str]:
        if following is None:
            return self.phrases.almost_done_forms()
        ease_off = planned.phase.is_backward and not following.phase.is_backward
        return self.phrases.next_forms(
            spoken_name(following, self.phrases),
            following.seconds,
            following.phase.direction,
            following.phase.pace,
            ease_off,
        )

    def _next_at(
        self, text: str, planned: PlannedPhase, countdown_start: float, block_end: float
    ) -> float:
        """When "Next" is said: 10 s before the end, or once the opening is said, ending
        before the countdown. Below `block_end` if it does not fit."""
        wanted = max(float(planned.end - NEXT_BEFORE_END_SECONDS), block_end)
        return _snap_down(min(wanted, countdown_start - self.say(text)))

    def _block_end(self, block: list[_Line], start: float) -> float:
        at = start
        for line in block:
            at = _snap_up(at + self.say(line.text))
        return at

    def _choose(
        self,
        slots: list[_Slot],
        next_forms: list[_Line],
        planned: PlannedPhase,
        countdown_start: float,
    ) -> tuple[list[_Line], _Line | None, float]:
        """The opening block, the "Next" line and its time: the most complete that fits.

        Preference: drop nothing, else drop in the order round, next, look-back, safety (see
        :data:`_DROP_ORDER`); within that, the longest forms, the announcement's first.
        With nothing fitting, the shortest announcement alone.
        """
        start = float(planned.start)
        names = {CueKind.SAFETY: "safety", CueKind.ROUND: "round", CueKind.TIP: "look-back"}
        optional = [names[slot.kind] for slot in slots if slot.optional]
        if next_forms:
            optional.append("next")
        for dropped in self._drop_patterns(optional):
            kept = [slot for slot in slots if not (slot.optional and names[slot.kind] in dropped)]
            next_choices = next_forms if next_forms and "next" not in dropped else []
            choices = [range(len(slot.forms)) for slot in kept]
            if next_choices:
                choices.append(range(len(next_choices)))
            for combo in sorted(product(*choices), key=lambda c: (sum(c), c[0])):
                block = [slot.forms[i] for slot, i in zip(kept, combo, strict=False)]
                block_end = self._block_end(block, start)
                if next_choices:
                    line = next_choices[combo[-1]]
                    at = self._next_at(line.text, planned, countdown_start, block_end)
                    if at >= block_end - _EPSILON:
                        return block, line, at
                elif block_end <= countdown_start + _EPSILON:
                    return block, None, 0.0
        return [slots[0].forms[-1]], None, 0.0

    @staticmethod
    def _drop_patterns(optional: list[str]) -> Iterator[frozenset[str]]:
        """Sets of optional cues to leave out, best first: none, then by :data:`_DROP_ORDER`
        (a cue earlier in it is kept at the cost of any number of later ones)."""
        ranked = [name for name in _DROP_ORDER if name in optional]
        patterns = product((False, True), repeat=len(ranked))
        for flags in sorted(patterns):
            yield frozenset(name for name, drop in zip(ranked, flags, strict=True) if drop)

    def _tips(
        self,
        planned: PlannedPhase,
        key: str,
        block_end: float,
        deadline: float,
        busy: list[tuple[float, float]],
    ) -> None:
        every = _TIP_EVERY_SECONDS[self.density]
        categories = tip_categories(key)
        first_categories = categories
        if planned.phase.is_backward and planned.seconds >= TIP_GUARANTEE_MIN_PHASE_SECONDS:
            first_categories = _GUARANTEE_CATEGORIES
        at = _snap_up(block_end + TIP_BREATH_SECONDS - MIN_CUE_GAP_SECONDS)
        index = 0
        placed = 0
        while at < deadline:
            while index < len(busy) and busy[index][1] <= at + _EPSILON:
                index += 1
            if index < len(busy) and busy[index][0] <= at + _EPSILON:
                at = _snap_up(busy[index][1] + TIP_BREATH_SECONDS)
                continue
            window_end = deadline
            if index < len(busy):
                window_end = min(deadline, busy[index][0] - TIP_BREATH_SECONDS)
            room = window_end - at
            wanted = first_categories if placed == 0 else categories
            tip = self.picker.pick(key, wanted, self._fits(room), at=at, place=self.place)
            if tip is None and placed == 0 and wanted is not categories:
                tip = self.picker.pick(key, categories, self._fits(room), at=at, place=self.place)
            if tip is None:
                if index >= len(busy):
                    break
                at = _snap_up(busy[index][1] + TIP_BREATH_SECONDS)
                continue
            self.add(at, CueKind.TIP, tip.text, planned.index, tip)
            placed += 1
            spoken_end = at + self.length(tip.text)[0]
            at = _snap_up(max(at + every, spoken_end + TIP_BREATH_SECONDS))

    def _fits(self, room: float) -> Callable[[Tip], bool]:
        return lambda tip: self.length(tip.text)[0] <= room + _EPSILON
