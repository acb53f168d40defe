"""The energy estimate: MET values per Compendium code, the kcal formula, the display text."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from retrocoach.assets_path import assets_dir
from retrocoach.core import energy
from retrocoach.core.energy import (
    estimate_kcal,
    estimate_kcal_for_seconds,
    format_estimate,
    met_for,
    round_estimate,
)
from retrocoach.core.workout import Direction, Pace, Phase, Plan, load_workout_text

B, F = Direction.BACKWARD, Direction.FORWARD


def beginner_plan_rounds(rounds: int = 4) -> Plan:
    path = assets_dir() / "workouts" / "beginner.json"
    return load_workout_text(path.read_text(encoding="utf-8"), str(path)).plan(rounds)


@pytest.mark.parametrize(
    ("direction", "pace", "met"),
    [
        (F, Pace.WALK, 3.0),  # Compendium 17170, walking 2.5 mph
        (F, Pace.JOG, 7.0),  # Compendium 12020, jogging general
        (F, Pace.RUN, 8.3),  # Compendium 12030, running 5 mph
        (B, Pace.WALK, 3.92),  # 17152 walking 2.0 mph (2.8) x 1.4, derived
        (B, Pace.JOG, 9.1),  # 12020 (7.0) x 1.3, derived
        (B, Pace.RUN, 10.79),  # 12030 (8.3) x 1.3, derived
    ],
)
def test_met_per_direction_and_pace(direction: Direction, pace: Pace, met: float) -> None:
    assert met_for(direction, pace) == pytest.approx(met)


def test_table_constants_match_the_compendium_and_the_facts_file() -> None:
    assert energy.FORWARD_MET == {Pace.WALK: 3.0, Pace.JOG: 7.0, Pace.RUN: 8.3}
    assert energy.BACKWARD_WALK_BASE_MET == 2.8
    assert energy.COMPENDIUM_BACKWARD_WALK_3_5_MPH_MET == 6.0
    assert energy.BACKWARD_MULTIPLIER == {Pace.WALK: 1.4, Pace.JOG: 1.3, Pace.RUN: 1.3}


def test_backward_costs_more_than_forward_but_the_slow_walk_stays_below_the_brisk_one() -> None:
    for pace in Pace:
        assert met_for(B, pace) > met_for(F, pace)
    assert met_for(B, Pace.WALK) < energy.COMPENDIUM_BACKWARD_WALK_3_5_MPH_MET


def test_every_table_value_is_commented_with_its_source() -> None:
    source = Path(energy.__file__).read_text(encoding="utf-8")
    for code in ("17170", "12020", "12030", "17152", "17320"):
        assert code in source
    for study in ("Wright & Weyand 2001", "Flynn 1994", "Heath 2001"):
        assert study in source
    assert "derived estimates" in source.lower()


def test_kcal_of_the_beginner_plan_for_70_kg_by_hand() -> None:
    # warm-up  300 s backward walk  x 3.92 = 1176.0 MET-s
    # round     30 s backward jog   x 9.10 =  273.0
    #           60 s forward walk   x 3.00 =  180.0
    #           20 s backward run   x 10.79 = 215.8
    #           60 s forward walk   x 3.00 =  180.0   -> 848.8 per round, x 4 = 3395.2
    # total 4571.2 MET-s = 1.269778 MET-h; x 70 kg = 88.884 kcal
    plan = beginner_plan_rounds(4)
    kcal = estimate_kcal(plan, 70)
    assert kcal == pytest.approx(4571.2 * 70 / 3600)
    assert kcal == pytest.approx(88.884, abs=0.001)
    assert format_estimate(kcal) == "about 90 kcal (estimate)"


def test_kcal_scales_with_weight_and_rounds() -> None:
    four = estimate_kcal(beginner_plan_rounds(4), 70)
    five = estimate_kcal(beginner_plan_rounds(5), 70)
    heavy = estimate_kcal(beginner_plan_rounds(4), 140)
    assert four is not None and five is not None and heavy is not None
    assert five - four == pytest.approx(848.8 * 70 / 3600)
    assert heavy == pytest.approx(2 * four)


def test_plan_phases_and_planned_phases_give_the_same_estimate() -> None:
    plan = beginner_plan_rounds(4)
    from_plan = estimate_kcal(plan, 70)
    assert estimate_kcal(plan.phases, 70) == pytest.approx(from_plan)
    bare = [p.phase for p in plan.phases]
    assert estimate_kcal(bare, 70) == pytest.approx(from_plan)


def test_one_hour_of_backward_jogging_is_met_times_kg() -> None:
    jog = Phase("Jog backwards", B, Pace.JOG, 3600)
    assert estimate_kcal([jog], 80) == pytest.approx(9.1 * 80)


def test_kcal_for_the_seconds_actually_lived() -> None:
    walk = Phase("Walk backwards", B, Pace.WALK, 300)
    jog = Phase("Jog backwards", B, Pace.JOG, 30)
    # a stopped session: all of the walk, half of the jog
    lived = [(walk, 300.0), (jog, 15.0)]
    expected = (3.92 * 300 + 9.1 * 15) * 60 / 3600
    assert estimate_kcal_for_seconds(lived, 60) == pytest.approx(expected)
    assert estimate_kcal_for_seconds([], 60) == 0.0
    assert format_estimate(estimate_kcal_for_seconds([], 60)) == "about 0 kcal (estimate)"


def test_no_weight_means_no_estimate() -> None:
    plan = beginner_plan_rounds(4)
    assert estimate_kcal(plan, None) is None
    walk = Phase("Walk backwards", B, Pace.WALK, 60)
    assert estimate_kcal_for_seconds([(walk, 60.0)], None) is None
    assert format_estimate(None) == ""


@pytest.mark.parametrize("weight", [0, -70, math.nan, math.inf, True])
def test_a_nonsense_weight_is_refused(weight: float) -> None:
    with pytest.raises(ValueError, match="body weight"):
        estimate_kcal([Phase("Walk", F, Pace.WALK, 60)], weight)


@pytest.mark.parametrize("seconds", [-1.0, math.nan, math.inf])
def test_nonsense_seconds_are_refused(seconds: float) -> None:
    with pytest.raises(ValueError, match="seconds"):
        estimate_kcal_for_seconds([(Phase("Walk", F, Pace.WALK, 60), seconds)], 70)


@pytest.mark.parametrize(
    ("kcal", "shown"),
    [
        (0.0, 0),
        (0.4, 0),
        (0.5, 1),
        (7.49, 7),
        (19.4, 19),
        (19.6, 20),
        (22.4, 20),
        (22.5, 25),
        (88.884, 90),
        (97.6, 100),
        (114.9, 110),
        (115.0, 120),
        (123.0, 120),
        (1234.0, 1230),
    ],
)
def test_estimates_are_rounded_as_precisely_as_they_deserve(kcal: float, shown: int) -> None:
    assert round_estimate(kcal) == shown
    assert format_estimate(kcal) == f"about {shown} kcal (estimate)"


def test_negative_kcal_cannot_be_formatted() -> None:
    with pytest.raises(ValueError):
        format_estimate(-1.0)


def test_sources_name_the_compendium_and_the_backward_studies() -> None:
    text = " ".join(energy.SOURCES)
    assert all(isinstance(s, str) and s for s in energy.SOURCES)
    for needle in ("Compendium", "43:1575", "Wright", "204:1805", "Flynn", "estimates"):
        assert needle in text
