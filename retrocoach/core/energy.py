"""Energy estimate: kcal = MET x body weight (kg) x hours, summed over the phases.

The MET values for forward movement come from the 2011 Compendium of Physical Activities
(Ainsworth et al., Med Sci Sports Exerc 43:1575); each value names its Compendium code. The
Compendium has no code for jogging or running backwards and only one for walking backwards at
a brisk 3.5 mph, so the backward values are *derived estimates*: forward MET x a multiplier
taken from studies that measured backward and forward locomotion at the same speed.

What this cannot know, and why the result is always shown as "about N kcal (estimate)":

- **Speed.** The app times phases, it does not measure pace. Each (direction, pace) gets one
  typical speed (see the table); someone who jogs faster or slower burns more or less.
- **Fitness and practice.** The extra cost of going backwards shrinks with practice (Heath
  2001: after 4 weeks of backward walking, VO2 fell from 2.05 to 1.66 L/min at the same task).
- **Terrain and the person.** Slopes (+17-20 % on 5-10 % grades, Chaloupka 1997, Hooper
  2004), surface, age, sex and body composition are ignored; MET values assume a standard
  resting metabolism and include it (gross, not net, energy).
- **Only timed phases count.** The lead-in and paused time are not part of the estimate.

Pure: no Qt, no files.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from types import MappingProxyType

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Text
from retrocoach.core.workout import Direction, Pace, Phase, Plan, PlannedPhase

#: MET of moving *forwards* at each pace (Compendium 2011, Ainsworth MSSE 43:1575).
FORWARD_MET: dict[Pace, float] = {
    # 17170 "walking, 2.5 mph, level, firm surface": the app's forward walks are warm-ups,
    # cool-downs and recoveries between backward efforts, i.e. easy walking.
    Pace.WALK: 3.0,
    # 12020 "jogging, general".
    Pace.JOG: 7.0,
    # 12030 "running, 5 mph (12 min/mile)"; 5 mph (8 km/h) is also the first backward
    # treadmill speed of Ordway 2016 (JSCR 30:763).
    Pace.RUN: 8.3,
}

#: Base MET of the *backward* walk before the multiplier: 17152 "walking, 2.0 mph, level,
#: slow pace, firm surface". Backward walkers go slower than forward ones (about 70 % of the
#: forward speed, Sterzing 2016 Gait & Posture 46:135), so 2.0 mph, not the 2.5 mph of the
#: forward walk, is the typical beginner's backward walking speed.
BACKWARD_WALK_BASE_MET = 2.8

#: Reference only, not used: 17320 "walking backwards, 3.5 mph, level" is 6.0 MET, a brisk
#: speed close to the backward walk-to-run switch (1.63 m/s, Hreljac 2005 JSSM 4:446).
COMPENDIUM_BACKWARD_WALK_3_5_MPH_MET = 6.0

#: Derived estimates (not Compendium values): backward cost / forward cost at the same speed.
BACKWARD_MULTIPLIER: dict[Pace, float] = {
    # Slow backward walking ~ forward walk x 1.4: Flynn 1994 (MSSE 26:89) and Chaloupka 1997
    # (JOSPT 25:302) found higher O2 uptake and heart rate walking backwards; x 1.4 puts a
    # 2 mph backward walk at ~3.9 MET, below the Compendium's 6.0 for a brisk 3.5 mph.
    Pace.WALK: 1.4,
    # Backward jogging/running ~ forward x 1.3: +35 +/- 6 % at the same speed
    # (Wright & Weyand 2001 JEB 204:1805; Rasica 2020 EJAP 120:2507), ~30 % (Cavagna 2011);
    # rounded down because the extra cost falls with practice (Heath 2001).
    Pace.JOG: 1.3,
    Pace.RUN: 1.3,
}

#: Where the numbers come from, for the app's About text.
SOURCES: list[str] = [  # each marked for the catalogue: the notes are read in the language
    QT_TRANSLATE_NOOP(
        "energy",
        "Ainsworth BE et al. 2011 Compendium of Physical Activities: a second update of codes and "
        "MET values. Med Sci Sports Exerc 2011;43:1575 (codes 17170, 17152, 17320, 12020, 12030).",
    ),
    QT_TRANSLATE_NOOP(
        "energy",
        "Wright S, Weyand PG. J Exp Biol 2001;204:1805 (backward running costs about 35% more "
        "than forward running at the same speed).",
    ),
    QT_TRANSLATE_NOOP(
        "energy",
        "Rasica et al. Eur J Appl Physiol 2020;120:2507 (about 35% more at the same speed).",
    ),
    QT_TRANSLATE_NOOP(
        "energy",
        "Flynn TW et al. Med Sci Sports Exerc 1994;26:89 (backward walking and running cost more "
        "oxygen than forward at the same speed).",
    ),
    QT_TRANSLATE_NOOP(
        "energy",
        "Chaloupka et al. J Orthop Sports Phys Ther 1997;25:302 and Hooper et al. "
        "J Orthop Sports Phys Ther 2004;34:65 (backward walking: higher heart rate and oxygen "
        "use).",
    ),
    QT_TRANSLATE_NOOP(
        "energy",
        "Heath 2001 (4 weeks of backward walking lowered its oxygen cost: practice matters).",
    ),
    QT_TRANSLATE_NOOP(
        "energy",
        "Sterzing T et al. Gait & Posture 2016;46:135 (backward speed about 70% of forward).",
    ),
    QT_TRANSLATE_NOOP(
        "energy",
        "The backward multipliers (walk x1.4, jog and run x1.3) are estimates derived from these "
        "studies, not published MET values. kcal = MET x kg x hours.",
    ),
]


def met_for(direction: Direction, pace: Pace) -> float:
    """The MET value used for moving in `direction` at `pace` (see the module docstring)."""
    if direction is Direction.FORWARD:
        return FORWARD_MET[pace]
    base = BACKWARD_WALK_BASE_MET if pace is Pace.WALK else FORWARD_MET[pace]
    return round(base * BACKWARD_MULTIPLIER[pace], 3)


def met_for_phase(phase: Phase) -> float:
    return met_for(phase.direction, phase.pace)


def estimate_kcal(
    phases: Plan | Iterable[Phase | PlannedPhase], body_weight_kg: float | None
) -> float | None:
    """Estimated kcal of a whole plan (or of these phases, each run in full).

    None when no body weight is set: the app then shows no estimate at all.
    """
    items = phases.phases if isinstance(phases, Plan) else phases
    return estimate_kcal_for_seconds(
        ((p.phase if isinstance(p, PlannedPhase) else p, p.seconds) for p in items),
        body_weight_kg,
    )


def estimate_kcal_for_seconds(
    phase_seconds: Iterable[tuple[Phase, float]], body_weight_kg: float | None
) -> float | None:
    """Estimated kcal of the seconds actually spent in each phase (a stopped session).

    `phase_seconds` pairs a phase with the seconds lived in it; a phase may appear more than
    once. None when no body weight is set.
    """
    if body_weight_kg is None:
        return None
    check_body_weight(body_weight_kg)
    met_seconds = 0.0
    for phase, seconds in phase_seconds:
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"seconds in '{phase.name}' must be 0 or more, got {seconds!r}")
        met_seconds += met_for_phase(phase) * seconds
    return met_seconds * body_weight_kg / 3600


def check_body_weight(body_weight_kg: float) -> float:
    """Return the weight if it is a finite number above 0 kg, else raise ValueError."""
    if (
        isinstance(body_weight_kg, bool)
        or not isinstance(body_weight_kg, int | float)
        or not math.isfinite(body_weight_kg)
        or body_weight_kg <= 0
    ):
        raise ValueError(f"body weight must be a number of kg above 0, got {body_weight_kg!r}")
    return body_weight_kg


def round_estimate(kcal: float) -> int:
    """Round as precisely as an estimate deserves: to 10 from 100 kcal, to 5 from 20, else 1."""
    if not math.isfinite(kcal) or kcal < 0:
        raise ValueError(f"kcal must be 0 or more, got {kcal!r}")
    step = 10 if kcal >= 100 else 5 if kcal >= 20 else 1
    return math.floor(kcal / step + 0.5) * step


def estimate_text(kcal: float | None) -> Text | None:
    """'about 120 kcal (estimate)', translatable; None when there is no estimate (no weight)."""
    if kcal is None:
        return None
    about = QT_TRANSLATE_NOOP("energy", "about {kcal} kcal (estimate)")
    return Text("energy", about, MappingProxyType({"kcal": round_estimate(kcal)}))


def format_estimate(kcal: float | None) -> str:
    """:func:`estimate_text` in English; an empty string when there is no estimate."""
    estimate = estimate_text(kcal)
    return "" if estimate is None else estimate.english()
