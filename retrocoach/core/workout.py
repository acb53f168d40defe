"""Workouts: phases, validation of the JSON format, and expansion into a plan; this module
gathers the parts: the model (:mod:`.workout_model`), the error (:mod:`.workout_error`),
parsing (:mod:`.workout_parsing`) and durations as text (:mod:`.duration_text`).

A workout file looks like::

    {"version": 1, "id": "beginner", "name": "...", "description": "...",
     "default_rounds": 4,
     "warm_up":   [{"name": "...", "direction": "backward", "pace": "walk", "seconds": 300}],
     "round":     [...],
     "cool_down": [...]}

Every error names the file, the field and the allowed range, so a user who edited a file by
hand can fix it without reading code.
"""

from __future__ import annotations

from retrocoach.core.duration_text import (
    format_duration,
    format_elapsed,
    split_duration,
    whole_seconds,
)
from retrocoach.core.workout_error import (
    WorkoutError,
)
from retrocoach.core.workout_model import (
    FORMAT_VERSION,
    MAX_DESCRIPTION_LENGTH,
    MAX_LEAD_IN_SECONDS,
    MAX_NAME_LENGTH,
    MAX_PHASE_SECONDS,
    MAX_PHASES,
    MAX_ROUNDS,
    MAX_SESSION_SECONDS,
    MIN_PHASE_SECONDS,
    MIN_ROUNDS,
    SECTIONS,
    Direction,
    Pace,
    Phase,
    Plan,
    PlannedPhase,
    Workout,
    check_lead_in,
    check_rounds,
    check_session_length,
)
from retrocoach.core.workout_parsing import (
    load_workout_text,
    name_problem,
    parse_workout,
)

__all__ = [
    "FORMAT_VERSION",
    "MAX_DESCRIPTION_LENGTH",
    "MAX_LEAD_IN_SECONDS",
    "MAX_NAME_LENGTH",
    "MAX_PHASES",
    "MAX_PHASE_SECONDS",
    "MAX_ROUNDS",
    "MAX_SESSION_SECONDS",
    "MIN_PHASE_SECONDS",
    "MIN_ROUNDS",
    "SECTIONS",
    "Direction",
    "Pace",
    "Phase",
    "Plan",
    "PlannedPhase",
    "Workout",
    "WorkoutError",
    "check_lead_in",
    "check_rounds",
    "check_session_length",
    "format_duration",
    "format_elapsed",
    "load_workout_text",
    "name_problem",
    "parse_workout",
    "split_duration",
    "whole_seconds",
]
