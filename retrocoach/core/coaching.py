"""The cue timeline: plan + tip library + settings -> every spoken cue with its time.

Pure and deterministic for a given seed; the whole session's cues are known before it starts,
so speech can be rendered ahead and played on time. Times are on the workout-time axis
(0 = end of the lead-in, lead-in cues negative).

Rules (issue 3), and how the ones that needed a decision were decided:

- ``safety`` at the start of the lead-in: "Check the path behind you is clear" (shorter forms
  for a very short lead-in). With no lead-in, or one too short for even "Look back", it comes
  right after the first phase's announcement (``phase`` 0): never before time 0, where a
  session without lead-in would never play it, and never on top of the announcement.
- ``announce`` exactly at each phase start: "Jog backwards, 30 seconds" (the phase name without
  any "(...)" part, then its spoken length). A phase too short for that gets a shorter form:
  the name alone, "Jog backwards", then one word ("Backwards" when the direction changes, else
  "Jog"). One word always fits in one second (see :data:`MIN_WORDS_PER_MINUTE`).
- ``round`` right after the announcement of each round's first phase, in the same phase:
  "Jog backwards, 30 seconds. Round 2 of 4." ("Last round"; "One round only" for a single
  round). Placing it after the announcement keeps the announcement on the phase start and
  the two can never overlap; the round cue is left out only if the phase cannot hold it.
- ``countdown`` "3", "2", "1" at end-3, end-2, end-1 of every phase of 10 s or more.
- ``next`` in phases of 45 s or more, 10 s before the end (earlier if the text is long, so it
  ends before the countdown): "Next: walk forwards, 1 minute"; "Almost done" in the last phase.
- ``halfway`` in phases of 2 minutes or more, at the middle: "Halfway: 2 minutes 30 seconds to go".
- ``tip`` in the gaps: each tip starts after the previous cue has been spoken (estimated by
  :func:`estimate_speaking_seconds`) plus :data:`TIP_BREATH_SECONDS`, ends no later than 4 s
  before the phase's countdown (and before the next fixed cue), and tips start at most every
  45 s (normal) or 20 s (chatty). Backward phases get posture/feet/arms/safety tips, forward
  ones effort/recovery/motivation (forward jog/run: effort/motivation). No tip comes back until
  every tip suitable for that moment was used (:class:`~retrocoach.core.tips.TipPicker`).
- In ``normal`` and ``chatty``, every backward phase of 20 s or more gets a posture, feet or
  safety tip right after its announcement: room for the longest such tip is reserved when the
  announcement (and round/safety cue) forms are chosen. This holds whenever the library has
  such a tip for the phase and the speech rate is at least 100 words per minute.
- ``finish`` at the end: "Done: 16 minutes, 8 of them backwards" (minutes rounded).
- ``quiet`` keeps safety, announce, round, countdown and finish only.

No two cues overlap: every cue starts after the previous one's estimated speaking time.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from itertools import product

from retrocoach.core.ranges import whole_in, whole_problem
from retrocoach.core.tips import (
    Tip,
    TipCategory,
    TipLibrary,
    TipPicker,
    phase_key,
    spoken_word_count,
)
from retrocoach.core.workout import Direction, Pace, Plan, PlannedPhase, split_duration

#: Silence counted after every cue when estimating how long it takes to say.
CUE_PAUSE_SECONDS = 0.25
#: Slowest speech rate accepted: one word plus the pause then takes exactly one second, so the
#: countdown ("3", "2", "1") and a one-word announcement of a 1 s phase never overlap.
MIN_WORDS_PER_MINUTE = 80
MAX_WORDS_PER_MINUTE = 400
DEFAULT_WORDS_PER_MINUTE = 175
COUNTDOWN_MIN_PHASE_SECONDS = 10
NEXT_MIN_PHASE_SECONDS = 45
NEXT_BEFORE_END_SECONDS = 10
HALFWAY_MIN_PHASE_SECONDS = 120
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
SAFETY_TEXTS = ("Check the path behind you is clear", "Check behind you", "Look back")

_BACKWARD_CATEGORIES = frozenset(
    {TipCategory.POSTURE, TipCategory.FEET, TipCategory.ARMS, TipCategory.SAFETY}
)
_GUARANTEE_CATEGORIES = frozenset({TipCategory.POSTURE, TipCategory.FEET, TipCategory.SAFETY})
_FORWARD_WALK_CATEGORIES = frozenset(
    {TipCategory.EFFORT, TipCategory.RECOVERY, TipCategory.MOTIVATION}
)
_FORWARD_CATEGORIES = frozenset({TipCategory.EFFORT, TipCategory.MOTIVATION})
__all__ = [
    "CUE_PAUSE_SECONDS",
    "CoachingSettings",
    "Cue",
    "CueKind",
    "Density",
    "build_cues",
    "cues_to_json",
    "estimate_speaking_seconds",
    "finish_text",
    "spoken_duration",
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
    """One spoken line at a moment of workout time."""

    at: float  # workout-time seconds (0 = end of lead-in; lead-in cues negative)
    kind: CueKind
    text: str
    phase: int | None  # PlannedPhase.index the cue belongs to; None for lead-in cues and finish

    @property
    def priority(self) -> int:
        """3 safety/announce/round/finish, 2 countdown, 1 next/halfway/tip."""
        return _PRIORITY[self.kind]

    def to_json(self) -> dict[str, object]:
        return {"at": self.at, "kind": self.kind.value, "text": self.text, "phase": self.phase}


class Density(StrEnum):
    QUIET = "quiet"
    NORMAL = "normal"
    CHATTY = "chatty"


_TIP_EVERY_SECONDS = {Density.NORMAL: 45.0, Density.CHATTY: 20.0}


@dataclass(frozen=True)
class CoachingSettings:
    """How much the coach says, and the speech rate used to estimate speaking time."""

    density: Density = Density.NORMAL
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE
    seed: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "density", Density(self.density))
        wpm = self.words_per_minute
        if whole_in(wpm, MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE) is None:
            problem = whole_problem(MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE, wpm)
            raise ValueError(f"words_per_minute {problem}")


def estimate_speaking_seconds(text: str, wpm: int = DEFAULT_WORDS_PER_MINUTE) -> float:
    """Seconds to say `text` at `wpm` words per minute, plus :data:`CUE_PAUSE_SECONDS`."""
    return spoken_word_count(text) * 60.0 / wpm + CUE_PAUSE_SECONDS


def spoken_duration(seconds: int) -> str:
    """ "1 hour 5 minutes", "1 minute 30 seconds", "30 seconds", "1 second"."""
    hours, minutes, secs = split_duration(seconds)
    parts = [
        f"{value} {unit}{'' if value == 1 else 's'}"
        for value, unit in ((hours, "hour"), (minutes, "minute"), (secs, "second"))
        if value
    ]
    return " ".join(parts) if parts else "0 seconds"


def spoken_name(phase: PlannedPhase) -> str:
    """The phase name as said aloud: "Walk forwards (recovery)" -> "Walk forwards"."""
    name = " ".join(_PARENTHESES.sub("", phase.name).split()).strip(" ,;:-")
    return name or _movement(phase.phase.direction, phase.phase.pace)


def finish_text(plan: Plan) -> str:
    """ "Done: 16 minutes, 8 of them backwards" (minutes rounded; seconds under a minute)."""
    total, backward = plan.total_seconds, plan.backward_seconds
    if total < 60:
        done = spoken_duration(total)
    else:
        minutes = _round_half_up(total / 60)
        done = f"{minutes} minute{'' if minutes == 1 else 's'}"
    if backward == 0:
        return f"Done: {done}"
    if backward == total:
        return f"Done: {done}, all of it backwards"
    if total < 60:
        return f"Done: {done}, {backward} of them backwards"
    back_minutes = _round_half_up(backward / 60)
    if back_minutes == 0:
        return f"Done: {done}, {spoken_duration(backward)} of it backwards"
    if back_minutes >= minutes:
        return f"Done: {done}, nearly all of it backwards"
    return f"Done: {done}, {back_minutes} of them backwards"


def build_cues(plan: Plan, tips: TipLibrary, settings: CoachingSettings | None = None) -> list[Cue]:
    """Every cue of a session of `plan`, sorted by time; see the module docstring for rules."""
    return _Builder(plan, tips, settings or CoachingSettings()).build()


def cues_to_json(cues: list[Cue]) -> list[dict[str, object]]:
    return [cue.to_json() for cue in cues]


def tip_categories(key: str) -> frozenset[TipCategory]:
    """The tip categories spoken in a phase with tip phase key `key`."""
    if key.startswith(Direction.BACKWARD.value):
        return _BACKWARD_CATEGORIES
    if key == phase_key(Direction.FORWARD, Pace.WALK):
        return _FORWARD_WALK_CATEGORIES
    return _FORWARD_CATEGORIES


# --- the builder ----------------------------------------------------------------------------


def _round_half_up(value: float) -> int:
    return math.floor(value + 0.5)


def _snap_up(value: float) -> float:
    """Round up to 10 ms (tidy times that never move a cue earlier than it may start)."""
    return math.ceil(round(value * 100, 6)) / 100


def _snap_down(value: float) -> float:
    return math.floor(round(value * 100, 6)) / 100


def _movement(direction: Direction, pace: Pace) -> str:
    return f"{pace.value.capitalize()} {direction.value}s"


def _lower_first(text: str) -> str:
    """ "Walk forwards" -> "walk forwards"; leaves "HIIT block" alone."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _unique(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(texts))


@dataclass
class _Slot:
    """A cue of the opening block whose text may be shortened, or dropped if optional."""

    kind: CueKind
    forms: list[str]
    optional: bool


class _Builder:
    def __init__(self, plan: Plan, tips: TipLibrary, settings: CoachingSettings) -> None:
        self.plan = plan
        self.tips = tips
        self.settings = settings
        self.density = settings.density
        self.picker = TipPicker(tips, random.Random(settings.seed))
        self.cues: list[Cue] = []
        self._seconds: dict[str, float] = {}

    def say(self, text: str) -> float:
        seconds = self._seconds.get(text)
        if seconds is None:
            seconds = estimate_speaking_seconds(text, self.settings.words_per_minute)
            self._seconds[text] = seconds
        return seconds

    def build(self) -> list[Cue]:
        safety_pending = True
        lead_in = self.plan.lead_in_seconds
        if lead_in > 0:
            text = next((t for t in SAFETY_TEXTS if self.say(t) <= lead_in + _EPSILON), None)
            if text is not None:
                delay = max(0.0, min(LEAD_IN_CUE_DELAY, lead_in - self.say(text)))
                self.cues.append(Cue(delay - lead_in, CueKind.SAFETY, text, None))
                safety_pending = False
        phases = self.plan.phases
        for position, planned in enumerate(phases):
            following = phases[position + 1] if position + 1 < len(phases) else None
            previous = phases[position - 1] if position else None
            self._phase(planned, previous, following, safety_pending and position == 0)
        total = float(self.plan.total_seconds)
        self.cues.append(Cue(total, CueKind.FINISH, finish_text(self.plan), None))
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
        talkative = self.density is not Density.QUIET
        has_countdown = seconds >= COUNTDOWN_MIN_PHASE_SECONDS
        fixed_end = float(end - 3 if has_countdown else end)
        tip_deadline = (
            fixed_end - TIP_CLEAR_BEFORE_COUNTDOWN_SECONDS if has_countdown else fixed_end
        )
        key = phase_key(planned.phase.direction, planned.phase.pace)

        guarantee_pool: tuple[Tip, ...] = ()
        if talkative and planned.phase.is_backward and seconds >= TIP_GUARANTEE_MIN_PHASE_SECONDS:
            guarantee_pool = self.tips.suitable(key, _GUARANTEE_CATEGORIES)
        reserve = 0.0
        if guarantee_pool:
            longest = max(self.say(tip.text) for tip in guarantee_pool)
            # a breath before the tip and one before the next cue; 0.02 for two 10 ms snaps
            reserve = 2 * TIP_BREATH_SECONDS + longest + 0.02

        next_cue: tuple[float, str] | None = None
        if talkative and seconds >= NEXT_MIN_PHASE_SECONDS:
            next_cue = self._next_cue(planned, following, fixed_end)

        slots = [_Slot(CueKind.ANNOUNCE, self._announce_forms(planned, previous), False)]
        if with_safety:
            slots.append(_Slot(CueKind.SAFETY, list(SAFETY_TEXTS), True))
        if planned.round is not None and (previous is None or previous.round != planned.round):
            slots.append(_Slot(CueKind.ROUND, self._round_forms(planned.round), True))

        limit = next_cue[0] if next_cue else fixed_end
        block = self._choose_block(slots, start, limit, min(limit, tip_deadline) - reserve)
        if next_cue and self._block_end(block, start) > limit + _EPSILON:
            next_cue = None  # the announcement matters more than the preview
            limit = fixed_end
            block = self._choose_block(slots, start, limit, min(limit, tip_deadline) - reserve)

        at = float(start)
        for kind, text in block:
            self.cues.append(Cue(at, kind, text, planned.index))
            at = _snap_up(at + self.say(text))
        block_end = at

        busy: list[tuple[float, float]] = []
        if next_cue:
            next_at, next_text = next_cue
            self.cues.append(Cue(next_at, CueKind.NEXT, next_text, planned.index))
            busy.append((next_at, next_at + self.say(next_text)))
        if talkative and seconds >= HALFWAY_MIN_PHASE_SECONDS:
            half_at = float(start + seconds // 2)
            text = f"Halfway: {spoken_duration(seconds - seconds // 2)} to go"
            half_end = half_at + self.say(text)
            clear_from = block_end + (reserve if guarantee_pool else 0.0)
            if half_at >= clear_from - _EPSILON and half_end <= limit + _EPSILON:
                self.cues.append(Cue(half_at, CueKind.HALFWAY, text, planned.index))
                busy.append((half_at, half_end))
        busy.sort()

        if talkative:
            self._tips(planned, key, block_end, tip_deadline, busy, bool(guarantee_pool))
        if has_countdown:
            for number in (3, 2, 1):
                self.cues.append(
                    Cue(float(end - number), CueKind.COUNTDOWN, str(number), planned.index)
                )

    def _announce_forms(self, planned: PlannedPhase, previous: PlannedPhase | None) -> list[str]:
        phase = planned.phase
        name = spoken_name(planned)
        turned = previous is None or previous.phase.direction is not phase.direction
        one_word = (
            f"{phase.direction.value.capitalize()}s" if turned else phase.pace.value.capitalize()
        )
        return _unique(
            [
                f"{name}, {spoken_duration(planned.seconds)}",
                name,
                _movement(phase.direction, phase.pace),
                one_word,
            ]
        )

    def _round_forms(self, number: int) -> list[str]:
        rounds = self.plan.rounds
        if rounds == 1:
            return ["One round only"]
        if number == rounds:
            return ["Last round"]
        return [f"Round {number} of {rounds}", f"Round {number}"]

    def _next_cue(
        self, planned: PlannedPhase, following: PlannedPhase | None, fixed_end: float
    ) -> tuple[float, str] | None:
        if following is None:
            forms = ["Almost done"]
        else:
            name = _lower_first(spoken_name(following))
            movement = _lower_first(_movement(following.phase.direction, following.phase.pace))
            forms = _unique(
                [
                    f"Next: {name}, {spoken_duration(following.seconds)}",
                    f"Next: {name}",
                    f"Next: {movement}",
                ]
            )
        wanted = float(planned.end - NEXT_BEFORE_END_SECONDS)
        for text in forms:
            at = _snap_down(min(wanted, fixed_end - self.say(text)))
            if at > planned.start:
                return at, text
        return None

    def _block_end(self, block: list[tuple[CueKind, str]], start: float) -> float:
        at = start
        for _, text in block:
            at = _snap_up(at + self.say(text))
        return at

    def _choose_block(
        self, slots: list[_Slot], start: float, limit: float, preferred_limit: float
    ) -> list[tuple[CueKind, str]]:
        """The most complete opening block that ends by `preferred_limit`, else by `limit`.

        Preference: keep the safety cue, then the round cue; then the longest forms, the
        announcement's first. The tip reserve (`preferred_limit`) may shorten texts but never
        drops a cue. With nothing fitting, the shortest announcement alone.
        """
        choices = [list(range(len(slot.forms))) + ([-1] if slot.optional else []) for slot in slots]
        candidates: list[tuple[tuple[bool, bool, int, int], list[tuple[CueKind, str]]]] = []
        for combo in product(*choices):

            def dropped(kind: CueKind, combo: tuple[int, ...] = combo) -> bool:
                return any(
                    index == -1 and slot.kind is kind
                    for slot, index in zip(slots, combo, strict=True)
                )

            score = (
                dropped(CueKind.SAFETY),
                dropped(CueKind.ROUND),
                sum(max(index, 0) for index in combo),
                combo[0],
            )
            block = [
                (slot.kind, slot.forms[index])
                for slot, index in zip(slots, combo, strict=True)
                if index != -1
            ]
            candidates.append((score, block))
        candidates.sort(key=lambda item: item[0])
        fitting = [
            (score, block)
            for score, block in candidates
            if self._block_end(block, start) <= limit + _EPSILON
        ]
        if not fitting:
            return [(CueKind.ANNOUNCE, slots[0].forms[-1])]
        best_score, best = fitting[0]
        for score, block in fitting:
            # room for the guaranteed tip may shorten texts but never costs a cue that fits
            if score[:2] == best_score[:2] and (
                self._block_end(block, start) <= preferred_limit + _EPSILON
            ):
                return block
        return best

    def _tips(
        self,
        planned: PlannedPhase,
        key: str,
        block_end: float,
        deadline: float,
        busy: list[tuple[float, float]],
        guaranteed: bool,
    ) -> None:
        every = _TIP_EVERY_SECONDS[self.density]
        categories = tip_categories(key)
        first_categories = _GUARANTEE_CATEGORIES if guaranteed else categories
        at = _snap_up(block_end + TIP_BREATH_SECONDS)
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
            tip = self.picker.pick(
                key, first_categories if placed == 0 else categories, self._fits(room)
            )
            if tip is None:
                if index >= len(busy):
                    break
                at = _snap_up(busy[index][1] + TIP_BREATH_SECONDS)
                continue
            self.cues.append(Cue(at, CueKind.TIP, tip.text, planned.index))
            placed += 1
            spoken_end = at + self.say(tip.text)
            at = _snap_up(max(at + every, spoken_end + TIP_BREATH_SECONDS))

    def _fits(self, room: float) -> Callable[[Tip], bool]:
        return lambda tip: self.say(tip.text) <= room + _EPSILON
