"""The built-in workouts' names, phase names and descriptions in another language (pure:
parses text).

A names file (``assets/workouts/names/<language>.json``) maps each built-in workout's id to
its name (and its description), and each English phase name to its translation::

    {"version": 1,
     "workouts": {"beginner": "Rückwärtslaufen für Einsteiger"},
     "phases": {"Jog backwards": "Rückwärts joggen"},
     "descriptions": {"beginner": "Das Einsteigertraining: ..."}}

Phase names are shown and spoken ("Rückwärts joggen, 30 Sekunden"), so a German session
never announces an English name. Only built-in workouts are renamed: a user's own workout
keeps the names its author wrote.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from retrocoach.core.workout import Phase, Workout

NAMES_VERSION = 1


@dataclass(frozen=True)
class WorkoutNames:
    """Workout id -> name, English phase name -> name, workout id -> description (empty:
    English, nothing renamed)."""

    workouts: dict[str, str] = field(default_factory=dict)
    phases: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)

    def apply(self, workout: Workout) -> Workout:
        """`workout` with its name and phase names in this language (a user's workout, or a
        name without a translation, is left as it is)."""
        if not workout.built_in:
            return workout
        return replace(
            workout,
            name=self.workouts.get(workout.id, workout.name),
            description=self.descriptions.get(workout.id, workout.description),
            warm_up=self._phases(workout.warm_up),
            round=self._phases(workout.round),
            cool_down=self._phases(workout.cool_down),
        )

    def _phases(self, phases: tuple[Phase, ...]) -> tuple[Phase, ...]:
        return tuple(replace(p, name=self.phases.get(p.name, p.name)) for p in phases)


def parse_workout_names(text: str, source: str) -> WorkoutNames:
    """The names in `text`; ValueError naming `source` and the field when it is malformed
    (a shipped file: a test loads every one)."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ValueError(f"{source}: not JSON ({error})") from None
    if not isinstance(data, dict) or data.get("version") != NAMES_VERSION:
        raise ValueError(f"{source}: version: must be {NAMES_VERSION}")
    maps: list[dict[str, str]] = []
    for key in ("workouts", "phases", "descriptions"):
        value = data.get(key, {})
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()
        ):
            raise ValueError(f"{source}: {key}: must map names to non-empty texts")
        maps.append(dict(value))
    return WorkoutNames(maps[0], maps[1], maps[2])
