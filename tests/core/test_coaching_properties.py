"""Properties of the cue timeline over random valid workouts, densities and speech rates."""

from __future__ import annotations

import bisect
import string
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from retrocoach.assets_path import assets_dir
from retrocoach.core.coaching import (
    LEAD_IN_CUE_DELAY,
    CoachingSettings,
    Cue,
    CueKind,
    Density,
    build_cues,
    estimate_speaking_seconds,
    tip_categories,
)
from retrocoach.core.tips import Tip, TipCategory, TipLibrary, parse_tips, parse_tips_text
from retrocoach.core.workout import MAX_LEAD_IN_SECONDS, Direction, Pace, Phase, Plan, Workout

TOLERANCE = 1e-6
GUARANTEE = frozenset({TipCategory.POSTURE, TipCategory.FEET, TipCategory.SAFETY})
QUIET_KINDS = {CueKind.SAFETY, CueKind.ANNOUNCE, CueKind.ROUND, CueKind.COUNTDOWN, CueKind.FINISH}


def _shipped() -> TipLibrary:
    library, problems = parse_tips_text(
        (assets_dir() / "tips" / "en.json").read_text(encoding="utf-8"), "en.json"
    )
    assert problems == []
    return library


def _tiny() -> TipLibrary:
    """Two tips per side: the no-repeat rule is exercised within a few phases."""
    backward = ["backward-walk", "backward-jog", "backward-run"]
    forward = ["forward-walk", "forward-jog", "forward-run"]
    entries = [
        ("b-feet", "Short quick steps.", ["feet"], backward),
        ("b-arms", "Swing your arms opposite your legs, relaxed and easy.", ["arms"], backward),
        ("b-safety", "Glance over your shoulder.", ["safety"], ["backward-run"]),
        ("f-one", "Breathe out slowly.", ["recovery"], forward),
        ("f-two", "Nice work, keep going.", ["motivation"], forward),
    ]
    library, problems = parse_tips(
        {
            "version": 1,
            "tips": [
                {"id": i, "text": t, "categories": c, "phases": p, "source": "test"}
                for i, t, c, p in entries
            ],
        }
    )
    assert problems == []
    return library


SHIPPED = _shipped()
TINY = _tiny()
LIBRARIES = [SHIPPED, TINY, TipLibrary()]

names = st.one_of(
    st.sampled_from(
        [
            "Jog backwards",
            "Walk forwards (recovery)",
            "Warm-up: walk backwards",
            "Run backwards",
            "HIIT block",
            "(sprint)",
        ]
    ),
    st.text(alphabet=string.ascii_letters + string.digits + " ,:-()", min_size=1, max_size=60)
    .map(str.strip)
    .filter(bool),
)
#: The rule boundaries (countdown 10 s, tip guarantee 20 s, next 45 s, halfway 2 min) drawn
#: often, plus short, medium and up-to-an-hour phases.
BOUNDARIES = [1, 2, 3, 9, 10, 11, 13, 19, 20, 21, 44, 45, 46, 119, 120, 121]
phase_seconds = st.one_of(
    st.sampled_from(BOUNDARIES), st.integers(1, 25), st.integers(1, 150), st.integers(1, 3600)
)
phases = st.builds(
    Phase, names, st.sampled_from(list(Direction)), st.sampled_from(list(Pace)), phase_seconds
)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    workout = Workout(
        "prop",
        "Property workout",
        "",
        tuple(draw(st.lists(phases, max_size=2))),
        tuple(draw(st.lists(phases, min_size=1, max_size=4))),
        tuple(draw(st.lists(phases, max_size=2))),
        1,
    )
    rounds = draw(st.integers(1, 10))
    lead_in = draw(st.one_of(st.sampled_from([0, 1, 2, 10]), st.integers(0, MAX_LEAD_IN_SECONDS)))
    return workout.plan(rounds, lead_in)


@dataclass(frozen=True)
class Case:
    plan: Plan
    library: TipLibrary
    settings: CoachingSettings
    cues: list[Cue]

    def speaking(self, cue: Cue) -> float:
        return estimate_speaking_seconds(cue.text, self.settings.words_per_minute)


@st.composite
def cases(
    draw: st.DrawFn, min_wpm: int = 80, densities: tuple[Density, ...] = tuple(Density)
) -> Case:
    plan = draw(plans())
    library = draw(st.sampled_from(LIBRARIES))
    coaching = CoachingSettings(
        density=draw(st.sampled_from(densities)),
        words_per_minute=draw(st.integers(min_wpm, 400)),
        seed=draw(st.integers(0, 2**32)),
    )
    return Case(plan, library, coaching, build_cues(plan, library, coaching))


PROPERTY = settings(max_examples=60, deadline=None)


@PROPERTY
@given(cases())
def test_sorted_and_within_the_session(case: Case) -> None:
    ats = [cue.at for cue in case.cues]
    assert ats == sorted(ats)
    assert ats[0] >= -case.plan.lead_in_seconds
    assert case.cues[-1] == Cue(
        float(case.plan.total_seconds), CueKind.FINISH, case.cues[-1].text, None
    )
    assert len([cue for cue in case.cues if cue.kind is CueKind.FINISH]) == 1
    for cue in case.cues:
        assert cue.text
        if cue.phase is None:
            assert cue.kind is CueKind.FINISH or (cue.kind is CueKind.SAFETY and cue.at < 0)
        else:
            planned = case.plan.phases[cue.phase]
            assert planned.start <= cue.at < planned.end
            assert cue.at + case.speaking(cue) <= planned.end + TOLERANCE  # spoken in its phase


@PROPERTY
@given(cases())
def test_every_phase_is_announced_at_its_start(case: Case) -> None:
    announces = [cue for cue in case.cues if cue.kind is CueKind.ANNOUNCE]
    assert [(cue.at, cue.phase) for cue in announces] == [
        (float(p.start), p.index) for p in case.plan.phases
    ]
    safety = [cue for cue in case.cues if cue.kind is CueKind.SAFETY]
    assert len(safety) <= 1
    if case.plan.lead_in_seconds >= 3:
        assert safety == [
            Cue(
                -float(case.plan.lead_in_seconds) + LEAD_IN_CUE_DELAY,
                CueKind.SAFETY,
                safety[0].text,
                None,
            )
        ]


@PROPERTY
@given(cases())
def test_countdowns_exactly_on_the_last_three_seconds(case: Case) -> None:
    countdowns = [(c.at, c.text, c.phase) for c in case.cues if c.kind is CueKind.COUNTDOWN]
    expected = [
        (float(p.end - n), str(n), p.index)
        for p in case.plan.phases
        if p.seconds >= 10
        for n in (3, 2, 1)
    ]
    assert countdowns == expected


@PROPERTY
@given(cases())
def test_no_two_cues_overlap(case: Case) -> None:
    for earlier, later in pairwise(case.cues):
        assert later.at >= earlier.at + case.speaking(earlier) - TOLERANCE, (earlier, later)


@PROPERTY
@given(cases())
def test_no_tip_within_four_seconds_before_a_countdown(case: Case) -> None:
    countdown_times = [c.at for c in case.cues if c.kind is CueKind.COUNTDOWN]
    for tip in (c for c in case.cues if c.kind is CueKind.TIP):
        following = bisect.bisect_right(countdown_times, tip.at)
        if following < len(countdown_times):
            assert tip.at + case.speaking(tip) <= countdown_times[following] - 4 + TOLERANCE


@PROPERTY
@given(cases())
def test_density_decides_what_is_said(case: Case) -> None:
    kinds = {cue.kind for cue in case.cues}
    if case.settings.density is Density.QUIET:
        assert kinds <= QUIET_KINDS
    for planned in case.plan.phases:
        of_phase = [c for c in case.cues if c.phase == planned.index]
        count = Counter(c.kind for c in of_phase)
        assert count[CueKind.HALFWAY] <= 1
        assert count[CueKind.NEXT] <= 1
        assert count[CueKind.ROUND] <= 1
        if planned.seconds < 120:
            assert count[CueKind.HALFWAY] == 0
        if planned.seconds < 45:
            assert count[CueKind.NEXT] == 0
        if case.settings.density is not Density.QUIET and planned.seconds >= 45:
            assert count[CueKind.NEXT] == 1
        first_of_round = planned.round is not None and (
            planned.index == 0 or case.plan.phases[planned.index - 1].round != planned.round
        )
        if not first_of_round:
            assert count[CueKind.ROUND] == 0
        elif planned.seconds >= 10:
            assert count[CueKind.ROUND] == 1


@settings(max_examples=80, deadline=None)
@given(cases(min_wpm=100, densities=(Density.NORMAL, Density.CHATTY)))
def test_backward_phases_of_twenty_seconds_get_a_posture_feet_or_safety_tip(case: Case) -> None:
    by_text = {tip.text: tip for tip in case.library}
    for planned in case.plan.phases:
        if not planned.phase.is_backward or planned.seconds < 20:
            continue
        key = f"{planned.phase.direction.value}-{planned.phase.pace.value}"
        if not case.library.suitable(key, GUARANTEE):
            continue  # nothing to say: a user may switch every such tip off
        tips = [c for c in case.cues if c.kind is CueKind.TIP and c.phase == planned.index]
        assert tips, planned
        assert by_text[tips[0].text].categories & GUARANTEE


@PROPERTY
@given(cases())
def test_tips_suit_their_phase_and_do_not_repeat_until_all_were_used(case: Case) -> None:
    by_text: dict[str, Tip] = {tip.text: tip for tip in case.library}
    uses: Counter[str] = Counter()
    seen_phases: set[int] = set()
    for cue in case.cues:
        if cue.kind is not CueKind.TIP:
            continue
        assert cue.phase is not None
        planned = case.plan.phases[cue.phase]
        key = f"{planned.phase.direction.value}-{planned.phase.pace.value}"
        categories = tip_categories(key)
        first_in_phase = cue.phase not in seen_phases
        seen_phases.add(cue.phase)
        if (
            first_in_phase
            and planned.phase.is_backward
            and planned.seconds >= 20
            and case.library.suitable(key, GUARANTEE)
        ):
            categories = GUARANTEE  # the guaranteed tip comes from the narrower pool
        pool = case.library.suitable(key, categories)
        tip = by_text[cue.text]
        assert tip in pool
        # a tip is only used again once every tip of its pool was used as often
        assert uses[tip.id] == min(uses[other.id] for other in pool), (tip.id, dict(uses))
        uses[tip.id] += 1
