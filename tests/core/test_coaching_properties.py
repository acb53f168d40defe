"""Properties of the cue timeline over random valid workouts, densities and speech rates."""

from __future__ import annotations

import string
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from retrocoach.assets_path import assets_dir
from retrocoach.core.coaching import (
    LEAD_IN_CUE_DELAY,
    MIN_CUE_GAP_SECONDS,
    CoachingSettings,
    Cue,
    CueKind,
    Density,
    build_cues,
)
from retrocoach.core.cues import MIN_WORDS_PER_MINUTE, cues_to_json
from retrocoach.core.languages import LANGUAGES
from retrocoach.core.problem import english
from retrocoach.core.tips import Place, TipLibrary, parse_tips, parse_tips_text
from retrocoach.core.workout import (
    MAX_LEAD_IN_SECONDS,
    MAX_SESSION_SECONDS,
    Direction,
    Pace,
    Phase,
    Plan,
    Workout,
)
from tests.core import coaching_rules

TOLERANCE = 1e-6


def _shipped(language: str) -> TipLibrary:
    name = f"{language}.json"
    library, found_problems = parse_tips_text(
        (assets_dir() / "tips" / name).read_text(encoding="utf-8"), name
    )
    problems = english(found_problems)
    assert problems == []
    return library


def _tiny() -> TipLibrary:
    """Two tips per side and one look-back tip: the no-repeat rules are exercised within a few
    phases."""
    backward = ["backward-walk", "backward-jog", "backward-run"]
    forward = ["forward-walk", "forward-jog", "forward-run"]
    entries = [
        ("b-feet", "Short quick steps.", ["feet"], backward),
        ("b-arms", "Swing your arms opposite your legs, relaxed and easy.", ["arms"], backward),
        ("b-safety", "Glance over your shoulder.", ["safety"], ["backward-run"]),
        ("b-look", "Look back.", ["look-back"], ["backward-jog", "backward-run"]),
        ("f-one", "Breathe out slowly.", ["recovery"], forward),
        ("f-two", "Nice work, keep going.", ["motivation"], forward),
    ]
    library, found_problems = parse_tips(
        {
            "version": 1,
            "tips": [
                {"id": i, "text": t, "categories": c, "phases": p, "source": "test"}
                for i, t, c, p in entries
            ],
        }
    )
    problems = english(found_problems)
    assert problems == []
    return library


SHIPPED = {language: _shipped(language) for language in LANGUAGES}
TINY = _tiny()

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
#: The rule boundaries (countdown 10 s, look-back and turn preview 15 s, tip preference 20 s,
#: next 45 s, halfway 2 min) drawn
#: often, plus short, medium and up-to-an-hour phases.
BOUNDARIES = [1, 2, 3, 9, 10, 11, 13, 14, 15, 16, 19, 20, 21, 44, 45, 46, 119, 120, 121]
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
    # a session lasts at most MAX_SESSION_SECONDS (4 h): up-to-an-hour phases allow fewer rounds
    assume(workout.total_seconds(1) <= MAX_SESSION_SECONDS)
    rounds = draw(st.integers(1, min(10, workout.max_rounds)))
    lead_in = draw(st.one_of(st.sampled_from([0, 1, 2, 10]), st.integers(0, MAX_LEAD_IN_SECONDS)))
    return workout.plan(rounds, lead_in)


@dataclass(frozen=True)
class Case:
    plan: Plan
    library: TipLibrary
    settings: CoachingSettings
    cues: list[Cue]

    @property
    def doc(self) -> dict[str, Any]:
        """What `plan --json` prints for this case."""
        return {
            **self.plan.to_json(),
            "language": self.settings.language,
            "density": self.settings.density.value,
            "place": self.settings.place.value,
            "cues": cues_to_json(self.cues),
        }


@st.composite
def cases(draw: st.DrawFn, language: str) -> Case:
    """A random plan in `language`: its phrasebook, its shipped tips (or test ones)."""
    plan = draw(plans())
    library = draw(st.sampled_from([SHIPPED[language], TINY, TipLibrary()]))
    coaching = CoachingSettings(
        density=draw(st.sampled_from(list(Density))),
        words_per_minute=draw(st.integers(MIN_WORDS_PER_MINUTE, 400)),
        seed=draw(st.integers(0, 2**32)),
        place=draw(st.sampled_from(list(Place))),
        language=language,
    )
    return Case(plan, library, coaching, build_cues(plan, library, coaching))


#: Every property holds in every language: German and Spanish say more words per cue.
PROPERTY = settings(max_examples=60, deadline=None)
EACH_LANGUAGE = pytest.mark.parametrize("language", LANGUAGES)


@EACH_LANGUAGE
@PROPERTY
@given(data=st.data())
def test_sorted_timed_and_never_overlapping(language: str, data: st.DataObject) -> None:
    case = data.draw(cases(language))
    coaching_rules.check_timing(case.doc)
    assert case.cues[0].at >= -case.plan.lead_in_seconds
    for cue in case.cues:
        assert cue.text
        if cue.phase is None:
            assert cue.kind is CueKind.FINISH or (cue.kind is CueKind.SAFETY and cue.at < 0)


@EACH_LANGUAGE
@PROPERTY
@given(data=st.data())
def test_the_path_check_opens_the_lead_in(language: str, data: st.DataObject) -> None:
    case = data.draw(cases(language))
    safety = [cue for cue in case.cues if cue.kind is CueKind.SAFETY]
    assert len(safety) <= 1
    if case.plan.lead_in_seconds >= 3:
        # in the lead-in: 0.3 s after Start, earlier only if it would not end (with the gap
        # before the first announcement) in time
        (check,) = safety
        lead_in = float(case.plan.lead_in_seconds)
        assert check.phase is None
        assert -lead_in <= check.at <= -lead_in + LEAD_IN_CUE_DELAY
        assert check.at + check.seconds + MIN_CUE_GAP_SECONDS <= TOLERANCE
        if check.at < -lead_in + LEAD_IN_CUE_DELAY:
            assert check.at + check.seconds + MIN_CUE_GAP_SECONDS == pytest.approx(0.0)


@EACH_LANGUAGE
@PROPERTY
@given(data=st.data())
def test_look_back_opens_every_backward_jog_and_run(language: str, data: st.DataObject) -> None:
    case = data.draw(cases(language))
    coaching_rules.check_look_back(case.doc, case.library)


@EACH_LANGUAGE
@PROPERTY
@given(data=st.data())
def test_every_turn_is_previewed(language: str, data: st.DataObject) -> None:
    case = data.draw(cases(language))
    coaching_rules.check_next(case.doc)


@EACH_LANGUAGE
@PROPERTY
@given(data=st.data())
def test_tips_suit_phase_place_and_density(language: str, data: st.DataObject) -> None:
    case = data.draw(cases(language))
    coaching_rules.check_tips(case.doc, case.library)


@EACH_LANGUAGE
@PROPERTY
@given(data=st.data())
def test_no_tip_repeats_while_a_fresh_one_is_left(language: str, data: st.DataObject) -> None:
    case = data.draw(cases(language))
    coaching_rules.check_no_repeats(case.doc, case.library, strict_look_back=False)


@EACH_LANGUAGE
@PROPERTY
@given(data=st.data())
def test_density_decides_only_the_other_tips(language: str, data: st.DataObject) -> None:
    case = data.draw(cases(language))
    for planned in case.plan.phases:
        count = Counter(c.kind for c in case.cues if c.phase == planned.index)
        assert count[CueKind.HALFWAY] <= (1 if planned.seconds >= 120 else 0)
        first_of_round = planned.round is not None and (
            planned.index == 0 or case.plan.phases[planned.index - 1].round != planned.round
        )
        if not first_of_round:
            assert count[CueKind.ROUND] == 0
        elif planned.seconds >= 10:
            assert count[CueKind.ROUND] == 1
    quiet = CoachingSettings(
        density=Density.QUIET,
        words_per_minute=case.settings.words_per_minute,
        seed=case.settings.seed,
        place=case.settings.place,
        language=case.settings.language,
    )
    kept = [c for c in case.cues if c.kind is not CueKind.TIP or c.categories == ("look-back",)]
    assert kept == build_cues(case.plan, case.library, quiet)
