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
- ``quiet`` drops only those other tips. With ``technique_tips_per_session`` set (the Auto
  density's later stages, :mod:`retrocoach.core.taper`), the session says at most that many
  technique tips (posture, feet, arms), the first ones; the other tips still come.

When a phase cannot hold all its cues, shorter forms are used first; then the round cue is
dropped, then "Next", then the look-back cue; the announcement always stays.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from retrocoach.core.cue_fitting import EPSILON, Line, Slot, choose_opening, snap_down, snap_up
from retrocoach.core.cues import (
    COUNTDOWN_MIN_PHASE_SECONDS,
    GUARANTEE_CATEGORIES,
    HALFWAY_MIN_PHASE_SECONDS,
    LEAD_IN_CUE_DELAY,
    LOOK_BACK_CATEGORIES,
    MIN_CUE_GAP_SECONDS,
    NEXT_BEFORE_END_SECONDS,
    TECHNIQUE_CATEGORIES,
    TIP_BREATH_SECONDS,
    TIP_CLEAR_BEFORE_COUNTDOWN_SECONDS,
    TIP_EVERY_SECONDS,
    TIP_GUARANTEE_MIN_PHASE_SECONDS,
    CoachingSettings,
    Cue,
    CueKind,
    Density,
    Durations,
    estimate_speaking_seconds,
    needs_look_back,
    needs_next,
    spoken_name,
    tip_categories,
)
from retrocoach.core.phrases import phrasebook
from retrocoach.core.tips import Place, Tip, TipLibrary, TipPicker, phase_key
from retrocoach.core.workout import Plan, PlannedPhase

#: What other modules import from here; the rest of the vocabulary is in :mod:`.cues`.
__all__ = [
    "LEAD_IN_CUE_DELAY",
    "MIN_CUE_GAP_SECONDS",
    "CoachingSettings",
    "Cue",
    "CueKind",
    "Density",
    "build_cues",
]


def build_cues(
    plan: Plan,
    tips: TipLibrary,
    settings: CoachingSettings | None = None,
    durations: Durations | None = None,
) -> list[Cue]:
    """Every cue of a session of `plan`, sorted by time; see the module docstring for rules."""
    return _Builder(plan, tips, settings or CoachingSettings(), durations).build()


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
        self.technique_said = 0  # technique tips placed so far (technique_tips_per_session)
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
            text = next((t for t in checks if self.say(t) <= lead_in + EPSILON), None)
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
            at = snap_up(at + self.say(text))
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
        slots = [Slot(CueKind.ANNOUNCE, announce, False)]
        if with_safety:
            forms = self.phrases.path_check_forms(self.place)
            slots.append(Slot(CueKind.SAFETY, self._lines(CueKind.SAFETY, forms), True))
        if planned.round is not None and (previous is None or previous.round != planned.round):
            forms = self.phrases.round_forms(planned.round, self.plan.rounds)
            slots.append(Slot(CueKind.ROUND, self._lines(CueKind.ROUND, forms), True))
        if needs_look_back(planned):
            lines = self._look_back_lines(key, float(start))
            if lines:  # none only if a user's tips file switched them all off
                slots.append(Slot(CueKind.TIP, lines, True))
        next_forms: list[Line] = []
        if needs_next(planned, following):
            next_forms = self._lines(CueKind.NEXT, self._next_forms(planned, following))

        block, next_line, next_at = choose_opening(
            slots,
            next_forms,
            float(start),
            countdown_start,
            self.say,
            lambda text, opening_end: self._next_at(text, planned, countdown_start, opening_end),
        )
        at = float(start)
        for line in block:
            self.add(at, line.kind, line.text, planned.index, line.tip)
            if line.tip is not None:
                self.look_back_picker.use(line.tip, at)
            at = snap_up(at + self.say(line.text))
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
            if half_at >= block_end - EPSILON and half_end <= limit + EPSILON:
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
    def _lines(kind: CueKind, texts: list[str]) -> list[Line]:
        return [Line(kind, text) for text in texts]

    def _look_back_lines(self, key: str, at: float) -> list[Line]:
        """Fresh look-back tips (seeded order), then the shorter fresh ones, so a tight phase
        can still take one; with none fresh, the ones said longest ago."""
        fresh = self.look_back_picker.fresh(key, LOOK_BACK_CATEGORIES, at, self.place)
        if not fresh:
            fresh = self.look_back_picker.oldest(key, LOOK_BACK_CATEGORIES, self.place)[:1]
        ordered = fresh[:1] + sorted(fresh[1:], key=lambda tip: self.say(tip.text))[:2]
        return [Line(CueKind.TIP, tip.text, tip) for tip in ordered]

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
        turns = following.phase.direction is not planned.phase.direction
        if turns and self.place == Place.TREADMILL.value:  # how to turn on a moving belt
            return self.phrases.treadmill_turn_forms(
                spoken_name(following, self.phrases),
                following.seconds,
                following.phase.direction,
                following.phase.pace,
            )
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
        return snap_down(min(wanted, countdown_start - self.say(text)))

    def _tips(
        self,
        planned: PlannedPhase,
        key: str,
        block_end: float,
        deadline: float,
        busy: list[tuple[float, float]],
    ) -> None:
        every = TIP_EVERY_SECONDS[self.density]
        categories = tip_categories(key)
        first_categories = categories
        if planned.phase.is_backward and planned.seconds >= TIP_GUARANTEE_MIN_PHASE_SECONDS:
            first_categories = GUARANTEE_CATEGORIES
        at = snap_up(block_end + TIP_BREATH_SECONDS - MIN_CUE_GAP_SECONDS)
        index = 0
        placed = 0
        limit = self.settings.technique_tips_per_session
        while at < deadline:
            faded = limit is not None and self.technique_said >= limit
            if faded:
                categories = categories - TECHNIQUE_CATEGORIES
                first_categories = first_categories - TECHNIQUE_CATEGORIES
                if not categories:
                    break
            while index < len(busy) and busy[index][1] <= at + EPSILON:
                index += 1
            if index < len(busy) and busy[index][0] <= at + EPSILON:
                at = snap_up(busy[index][1] + TIP_BREATH_SECONDS)
                continue
            window_end = deadline
            if index < len(busy):
                window_end = min(deadline, busy[index][0] - TIP_BREATH_SECONDS)
            room = window_end - at
            wanted = first_categories if placed == 0 else categories
            fits = self._fits(room, no_technique=faded)
            tip = self.picker.pick(key, wanted, fits, at=at, place=self.place)
            if tip is None and placed == 0 and wanted != categories:
                tip = self.picker.pick(key, categories, fits, at=at, place=self.place)
            if tip is None:
                if index >= len(busy):
                    break
                at = snap_up(busy[index][1] + TIP_BREATH_SECONDS)
                continue
            self.add(at, CueKind.TIP, tip.text, planned.index, tip)
            placed += 1
            self.technique_said += bool(tip.categories & TECHNIQUE_CATEGORIES)
            spoken_end = at + self.length(tip.text)[0]
            at = snap_up(max(at + every, spoken_end + TIP_BREATH_SECONDS))

    def _fits(self, room: float, *, no_technique: bool = False) -> Callable[[Tip], bool]:
        """Said within `room` seconds; with `no_technique`, about nothing technical either (a
        safety tip that is also about posture is a technique tip)."""
        return lambda tip: (
            self.length(tip.text)[0] <= room + EPSILON
            and not (no_technique and tip.categories & TECHNIQUE_CATEGORIES)
        )
