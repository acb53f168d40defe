"""The cue timeline on the beginner workout and on hand-made edge cases."""

from __future__ import annotations

import json
import time
from collections import Counter
from itertools import pairwise

import pytest

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
from retrocoach.core.cues import (
    MIN_WORDS_PER_MINUTE,
    TIP_BREATH_SECONDS,
    cues_to_json,
    estimate_speaking_seconds,
    needs_look_back,
    spoken_name,
    tip_categories,
)
from retrocoach.core.phrases_en import done
from retrocoach.core.phrases_en import duration as spoken_duration
from retrocoach.core.problem import english
from retrocoach.core.tips import TipCategory, TipLibrary, parse_tips_text
from retrocoach.core.workout import Direction, Pace, Phase, Plan, Workout, load_workout_text

NORMAL = CoachingSettings()


def finish_text(plan: Plan) -> str:
    """The summary line of the finish."""
    return done(plan.total_seconds, plan.backward_seconds)


def beginner() -> Workout:
    path = assets_dir() / "workouts" / "beginner.json"
    return load_workout_text(path.read_text(encoding="utf-8"), "beginner.json", built_in=True)


def shipped_tips() -> TipLibrary:
    library, found_problems = parse_tips_text(
        (assets_dir() / "tips" / "en.json").read_text(encoding="utf-8"), "en.json"
    )
    problems = english(found_problems)
    assert problems == []
    return library


def of_kind(cues: list[Cue], kind: CueKind) -> list[Cue]:
    return [cue for cue in cues if cue.kind is kind]


def workout(*round_phases: Phase, warm_up: tuple[Phase, ...] = ()) -> Workout:
    return Workout("test", "Test", "", warm_up, tuple(round_phases), (), 1)


def phase(seconds: int, direction: str = "backward", pace: str = "jog", name: str = "") -> Phase:
    name = name or f"{pace.capitalize()} {direction}s"
    return Phase(name, Direction(direction), Pace(pace), seconds)


@pytest.fixture(scope="module")
def tips() -> TipLibrary:
    return shipped_tips()


@pytest.fixture(scope="module")
def plan() -> Plan:
    return beginner().plan(4, lead_in_seconds=10)


@pytest.fixture(scope="module")
def cues(plan: Plan, tips: TipLibrary) -> list[Cue]:
    return build_cues(plan, tips, NORMAL)


# --- the beginner session -------------------------------------------------------------------


def test_opening_of_the_beginner_session(cues: list[Cue]) -> None:
    assert cues[0] == Cue(
        -10.0 + LEAD_IN_CUE_DELAY, CueKind.SAFETY, "Check the path behind you is clear", None
    )
    assert cues[1] == Cue(0.0, CueKind.ANNOUNCE, "Warm-up: walk backwards, 5 minutes", 0)
    first_tip = cues[2]
    assert first_tip.kind is CueKind.TIP
    assert first_tip.phase == 0
    # right after the announcement: its 5 words at 175 wpm (1.71 s) + the 0.3 s gap, rounded
    # up to 10 ms, then a breath (0.5 s after the end of the announcement)
    assert first_tip.at == pytest.approx(2.02 + TIP_BREATH_SECONDS - MIN_CUE_GAP_SECONDS)


def test_every_phase_is_announced_at_its_start(cues: list[Cue], plan: Plan) -> None:
    announces = of_kind(cues, CueKind.ANNOUNCE)
    assert [(cue.at, cue.phase) for cue in announces] == [
        (float(p.start), p.index) for p in plan.phases
    ]
    assert [cue.text for cue in announces[:5]] == [
        "Warm-up: walk backwards, 5 minutes",
        "Jog backwards, 30 seconds",
        "Walk forwards, 1 minute",
        "Run backwards, 20 seconds",
        "Walk forwards, 1 minute",
    ]


def test_round_cues_follow_the_announcement(cues: list[Cue]) -> None:
    rounds = of_kind(cues, CueKind.ROUND)
    assert [(cue.text, cue.phase) for cue in rounds] == [
        ("Round 1 of 4", 1),
        ("Round 2 of 4", 5),
        ("Round 3 of 4", 9),
        ("Last round", 13),
    ]
    announce_seconds = estimate_speaking_seconds("Jog backwards, 30 seconds")
    for cue in rounds:
        assert cue.phase is not None
        start = 300 + (cue.phase - 1) // 4 * 170
        assert cue.at == pytest.approx(start + announce_seconds + MIN_CUE_GAP_SECONDS, abs=0.01)


def test_countdowns_on_the_last_three_seconds(cues: list[Cue], plan: Plan) -> None:
    countdowns = of_kind(cues, CueKind.COUNTDOWN)
    assert len(countdowns) == 3 * len(plan.phases)
    assert [(c.at, c.text) for c in countdowns[:3]] == [(297.0, "3"), (298.0, "2"), (299.0, "1")]
    expected = [(float(p.end - n), str(n), p.index) for p in plan.phases for n in (3, 2, 1)]
    assert [(c.at, c.text, c.phase) for c in countdowns] == expected


def test_next_and_halfway(cues: list[Cue]) -> None:
    nexts = of_kind(cues, CueKind.NEXT)
    turn = "Next: walk forwards, 1 minute. Slow down, ready to turn"
    assert nexts[0] == Cue(290.0, CueKind.NEXT, "Next: jog backwards, 30 seconds", 0)
    assert nexts[1] == Cue(320.0, CueKind.NEXT, turn, 1)
    assert nexts[2] == Cue(380.0, CueKind.NEXT, "Next: run backwards, 20 seconds", 2)
    # the 20 s run: 10 s before its end would be during the look-back cue, so a little later
    run_next = nexts[3]
    assert (run_next.text, run_next.phase) == (turn, 3)
    assert 400.0 <= run_next.at <= 407.0 - MIN_CUE_GAP_SECONDS - run_next.seconds
    assert nexts[-1] == Cue(970.0, CueKind.NEXT, "Almost done", 16)
    # every phase: the walks and the warm-up last 45 s or more, the jogs and runs turn
    assert sorted({cue.phase for cue in nexts if cue.phase is not None}) == list(range(17))
    assert of_kind(cues, CueKind.HALFWAY) == [
        Cue(150.0, CueKind.HALFWAY, "Halfway: 2 minutes 30 seconds to go", 0)
    ]


def test_finish_sums_up_the_plan(cues: list[Cue]) -> None:
    finish = of_kind(cues, CueKind.FINISH)
    assert finish[0] == Cue(980.0, CueKind.FINISH, "Done: 16 minutes, 8 of them backwards", None)
    assert [cue.text for cue in finish[1:]] == [
        "Sore calves and thighs tomorrow are normal at first",
        "Sore or unsteady? Repeat this workout next time; if not, move on",
    ]
    assert cues[-1] == finish[-1]
    assert finish_text(beginner().plan(5)) == "Done: 19 minutes, 9 of them backwards"


def test_tips_suit_the_phase(cues: list[Cue], plan: Plan, tips: TipLibrary) -> None:
    by_text = {tip.text: tip for tip in tips}
    tip_cues = of_kind(cues, CueKind.TIP)
    assert len(tip_cues) >= len(plan.phases)
    for cue in tip_cues:
        assert cue.phase is not None
        planned = plan.phases[cue.phase]
        tip = by_text[cue.text]
        key = f"{planned.phase.direction.value}-{planned.phase.pace.value}"
        assert key in tip.phases
        assert tip.categories & (tip_categories(key) | {TipCategory.LOOK_BACK})
    # every backward jog and run opens with a look-back tip; the walk with a posture, feet or
    # safety tip (normal density)
    for planned in plan.phases:
        first = next((c for c in tip_cues if c.phase == planned.index), None)
        if needs_look_back(planned):
            assert first is not None and first.categories == ("look-back",)
        elif planned.phase.is_backward:
            assert first is not None
            assert by_text[first.text].categories & {
                TipCategory.POSTURE,
                TipCategory.FEET,
                TipCategory.SAFETY,
            }


def test_densities(plan: Plan, tips: TipLibrary) -> None:
    quiet = build_cues(plan, tips, CoachingSettings(density=Density.QUIET))
    normal = build_cues(plan, tips, CoachingSettings(density=Density.NORMAL))
    chatty = build_cues(plan, tips, CoachingSettings(density=Density.CHATTY))
    assert {cue.kind for cue in quiet} == set(CueKind) - {CueKind.BRIEFING}  # said apart
    # quiet's only tips are the look-back cues, and it says everything else normal says
    assert {cue.categories for cue in of_kind(quiet, CueKind.TIP)} == {("look-back",)}
    assert [c for c in normal if c.kind is not CueKind.TIP or c.categories == ("look-back",)] == [
        c for c in quiet
    ]
    assert len(of_kind(chatty, CueKind.TIP)) > len(of_kind(normal, CueKind.TIP)) > 0
    assert of_kind(chatty, CueKind.NEXT) == of_kind(normal, CueKind.NEXT)


def test_deterministic_for_a_seed(plan: Plan, tips: TipLibrary) -> None:
    first = build_cues(plan, tips, CoachingSettings(seed=7))
    assert build_cues(plan, tips, CoachingSettings(seed=7)) == first
    other = build_cues(plan, tips, CoachingSettings(seed=8))
    assert [c.text for c in of_kind(other, CueKind.TIP)] != [
        c.text for c in of_kind(first, CueKind.TIP)
    ]
    assert [c for c in other if c.kind is not CueKind.TIP] == [
        c for c in first if c.kind is not CueKind.TIP
    ]


def test_json_form(cues: list[Cue]) -> None:
    data = cues_to_json(cues)
    assert data[1] == {
        "at": 0.0,
        "kind": "announce",
        "text": "Warm-up: walk backwards, 5 minutes",
        "phase": 0,
        "seconds": estimate_speaking_seconds("Warm-up: walk backwards, 5 minutes"),
        "measured": False,
    }
    tip = next(item for item in data if item["kind"] == "tip")
    assert set(tip) == {
        "at",
        "kind",
        "text",
        "phase",
        "seconds",
        "measured",
        "tip_id",
        "categories",
    }
    assert json.loads(json.dumps(data)) == data
    assert [item["at"] for item in data] == [cue.at for cue in cues]
    assert all(isinstance(item["at"], float) for item in data)


def test_priorities() -> None:
    def priority(kind: CueKind) -> int:
        return Cue(0.0, kind, "x", None).priority

    assert [priority(kind) for kind in CueKind] == [3, 3, 3, 2, 1, 1, 1, 3, 3]


def test_a_fifty_round_plan_builds_fast(tips: TipLibrary) -> None:
    plan = beginner().plan(50)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        cues = build_cues(plan, tips, CoachingSettings(density=Density.CHATTY))
        best = min(best, time.perf_counter() - started)
    assert len(cues) > 50 * 4 * 4
    assert best < 0.1


# --- edge cases -----------------------------------------------------------------------------


def test_without_lead_in_safety_follows_the_first_announcement(tips: TipLibrary) -> None:
    cues = build_cues(beginner().plan(2, lead_in_seconds=0), tips)
    assert min(cue.at for cue in cues) == 0.0
    assert cues[0] == Cue(0.0, CueKind.ANNOUNCE, "Warm-up: walk backwards, 5 minutes", 0)
    assert cues[1] == Cue(2.02, CueKind.SAFETY, "Check the path behind you is clear", 0)
    assert len(of_kind(cues, CueKind.SAFETY)) == 1


def test_short_lead_in_gets_a_short_safety_cue(tips: TipLibrary) -> None:
    cues = build_cues(beginner().plan(1, lead_in_seconds=1), tips)
    assert cues[0].text == "Look back" and -1.0 <= cues[0].at <= -1.0 + LEAD_IN_CUE_DELAY
    cues = build_cues(beginner().plan(1, lead_in_seconds=2), tips)
    assert cues[0] == Cue(-2.0 + LEAD_IN_CUE_DELAY, CueKind.SAFETY, "Check behind you", None)


def test_very_short_phases_get_shorter_announcements(tips: TipLibrary) -> None:
    plan = workout(
        phase(1, "backward", "jog", "Jog backwards (easy)"),
        phase(1, "backward", "run"),
        phase(2, "forward", "walk", "Walk forwards"),
        phase(3, "backward", "walk", "A long custom name for a short phase"),
    ).plan(3, lead_in_seconds=0)
    slow = CoachingSettings(words_per_minute=90)  # one word + the gap: just under 1 s
    cues = build_cues(plan, tips, slow)
    assert [cue.text for cue in of_kind(cues, CueKind.ANNOUNCE)[:5]] == [
        "Backwards",  # one word: the direction, as it changed
        "Run",  # same direction: the pace
        "Walk forwards",
        "Walk backwards",
        "Jog",
    ]
    assert [cue.at for cue in of_kind(cues, CueKind.ANNOUNCE)] == [
        float(p.start) for p in plan.phases
    ]
    # a one-second phase has no room for the safety or the round cue: they are left out
    assert {cue.kind for cue in cues} == {CueKind.ANNOUNCE, CueKind.FINISH}
    for earlier, later in pairwise(cues):
        said = estimate_speaking_seconds(earlier.text, 90) + MIN_CUE_GAP_SECONDS
        assert later.at >= earlier.at + said - 1e-9
    cues = build_cues(plan, tips)  # 175 wpm: two words fit in a second
    assert [cue.text for cue in of_kind(cues, CueKind.ANNOUNCE)[:4]] == [
        "Jog backwards",
        "Run backwards",
        "Walk forwards, 2 seconds",
        # its 8 words take 2.74 s, and with the 0.3 s gap before the next phase 3 s is too
        # little: the movement instead
        "Walk backwards",
    ]


def test_short_round_phase_shortens_texts_to_keep_safety_and_round(tips: TipLibrary) -> None:
    plan = workout(phase(3), phase(3, "forward", "walk")).plan(3, lead_in_seconds=0)
    cues = build_cues(plan, tips)
    assert [(cue.at, cue.kind, cue.text) for cue in cues[:3]] == [
        (0.0, CueKind.ANNOUNCE, "Jog backwards"),
        (0.99, CueKind.SAFETY, "Look back"),  # 2 words at 175 wpm + 0.3 s, 10 ms steps
        (1.98, CueKind.ROUND, "Round 1"),
    ]
    # round 2: the full announcement is kept, the round cue shortened (texts are shortened
    # announcement last when the number of shortenings is the same)
    assert [(cue.at, cue.kind, cue.text) for cue in cues if cue.phase == 2] == [
        (6.0, CueKind.ANNOUNCE, "Jog backwards, 3 seconds"),
        (7.68, CueKind.ROUND, "Round 2"),
    ]
    assert of_kind(cues, CueKind.ROUND)[-1].text == "Last round"


def test_a_twenty_second_backward_run_opens_with_a_look_back_tip(tips: TipLibrary) -> None:
    plan = workout(phase(20, "backward", "run", "Run backwards as fast as you safely can")).plan(
        5, lead_in_seconds=0
    )
    for wpm in (100, 175, 300):
        for density in Density:
            settings = CoachingSettings(density=density, words_per_minute=wpm)
            cues = build_cues(plan, tips, settings)
            for planned in plan.phases:
                mine = [c for c in cues if c.phase == planned.index]
                opening = [c for c in mine if c.kind in (CueKind.ANNOUNCE, CueKind.ROUND)]
                if planned.index == 0:
                    opening.append(next(c for c in mine if c.kind is CueKind.SAFETY))
                look_back = mine[len(opening)]
                assert look_back.kind is CueKind.TIP and look_back.categories == ("look-back",)
                tip = tips.get(look_back.tip_id or "")
                assert tip is not None and tip.text == look_back.text
                end = look_back.at + look_back.seconds + MIN_CUE_GAP_SECONDS
                assert end <= planned.end - 3 + 1e-9


def test_rule_boundaries(tips: TipLibrary) -> None:
    lengths = [9, 10, 19, 20, 44, 45, 119, 120]
    plan = workout(*(phase(seconds) for seconds in lengths)).plan(1, lead_in_seconds=10)
    cues = build_cues(plan, tips)

    def kinds(index: int) -> Counter[CueKind]:
        return Counter(cue.kind for cue in cues if cue.phase == index)

    for planned in plan.phases:
        count = kinds(planned.index)
        assert count[CueKind.COUNTDOWN] == (3 if planned.seconds >= 10 else 0)
        assert count[CueKind.NEXT] == (1 if planned.seconds >= 45 else 0)
        assert count[CueKind.HALFWAY] == (1 if planned.seconds >= 120 else 0)
        if planned.seconds >= 15:  # a jog: its look-back cue
            assert count[CueKind.TIP] >= 1
    halfway = of_kind(cues, CueKind.HALFWAY)
    assert [(c.at, c.text) for c in halfway] == [
        (plan.phases[-1].start + 60.0, "Halfway: 1 minute to go")
    ]


def test_single_round_and_forward_only_finish(tips: TipLibrary) -> None:
    plan = workout(phase(30, "forward", "run")).plan(1, lead_in_seconds=5)
    cues = build_cues(plan, tips)
    assert of_kind(cues, CueKind.ROUND)[0].text == "One round only"
    assert cues[-1].text == "Done: 30 seconds"
    tip_texts = {c.text for c in of_kind(cues, CueKind.TIP)}
    allowed = {t.text for t in tips.suitable("forward-run", tip_categories("forward-run"))}
    assert tip_texts <= allowed


def test_empty_library_means_no_tips_but_everything_else(plan: Plan) -> None:
    cues = build_cues(plan, TipLibrary(), NORMAL)
    assert of_kind(cues, CueKind.TIP) == []
    assert len(of_kind(cues, CueKind.ANNOUNCE)) == len(plan.phases)
    assert len(of_kind(cues, CueKind.NEXT)) == 17  # the jogs and runs turn


# --- helpers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "spoken"),
    [
        (0, "0 seconds"),
        (1, "1 second"),
        (30, "30 seconds"),
        (60, "1 minute"),
        (90, "1 minute 30 seconds"),
        (300, "5 minutes"),
        (3600, "1 hour"),
        (3725, "1 hour 2 minutes 5 seconds"),
    ],
)
def test_spoken_duration(seconds: int, spoken: str) -> None:
    assert spoken_duration(seconds) == spoken


def test_estimate_speaking_seconds() -> None:
    assert estimate_speaking_seconds("3", 175) == pytest.approx(60 / 175)
    assert estimate_speaking_seconds("Jog backwards, 30 seconds", 120) == pytest.approx(5 * 0.5)
    # the slowest rate still says one word and keeps the gap within a second: the countdown
    # never overlaps
    assert estimate_speaking_seconds("One", MIN_WORDS_PER_MINUTE) + MIN_CUE_GAP_SECONDS <= 1.0


def test_spoken_name() -> None:
    plan = workout(
        phase(10, "forward", "walk", "Walk forwards (recovery)"),
        phase(10, "backward", "run", "(sprint)"),
        phase(10, "backward", "jog", "Jog (easy) backwards"),
    ).plan(1)
    assert [spoken_name(p) for p in plan.phases] == [
        "Walk forwards",
        "Run backwards",
        "Jog backwards",
    ]


def test_finish_text_variants() -> None:
    assert finish_text(workout(phase(45)).plan(1)) == "Done: 45 seconds, all of it backwards"
    mixed = workout(phase(30), phase(15, "forward", "walk")).plan(1)
    assert finish_text(mixed) == "Done: 45 seconds, 30 of them backwards"
    little = workout(phase(20), phase(600, "forward", "walk")).plan(1)
    assert finish_text(little) == "Done: 10 minutes, 20 seconds of it backwards"
    mostly = workout(phase(600), phase(20, "forward", "walk")).plan(1)
    assert finish_text(mostly) == "Done: 10 minutes, nearly all of it backwards"
    assert finish_text(workout(phase(90, "forward", "walk")).plan(1)) == "Done: 2 minutes"


def test_settings_validation() -> None:
    assert CoachingSettings(density="chatty").density is Density.CHATTY  # type: ignore[arg-type]
    for wpm in (MIN_WORDS_PER_MINUTE - 1, 451, 0):
        with pytest.raises(ValueError, match="words_per_minute must be a whole number"):
            CoachingSettings(words_per_minute=wpm)
    with pytest.raises(ValueError):
        CoachingSettings(density="loud")  # type: ignore[arg-type]
