"""Every problem of a workout file, not only the first one :func:`parse_workout` stops at.

The validator stays one straight function that raises at the first problem. To list them
all, each problem's field is replaced by a valid stand-in (or removed, for an unknown field)
in a copy of the data, and the copy is parsed again, until it passes or a problem cannot be
stood in for. So the list is exactly what fixing one field after another would show.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from retrocoach.core.workout import FORMAT_VERSION, SECTIONS, WorkoutError, parse_workout

#: How many problems are listed at most (a file of 100 broken phases says so in 20 lines).
MAX_PROBLEMS = 20
_STAND_IN_PHASE = {"name": "x", "direction": "backward", "pace": "walk", "seconds": 60}
_TOP_STAND_INS: dict[str, object] = {
    "version": FORMAT_VERSION,
    "id": "x",
    "name": "x",
    "description": "",
    "default_rounds": 1,
    "warm_up": [],
    "round": [_STAND_IN_PHASE],
    "cool_down": [],
}
_PHASE_PATH = re.compile(r"^(?P<section>[a-z_]+)\[(?P<index>\d+)\](?:\.(?P<field>.+))?$")


def all_problems(data: object, source: str = "") -> list[WorkoutError]:
    """The problems of `data` (decoded JSON) one after another; empty if it is valid."""
    problems: list[WorkoutError] = []
    work = copy.deepcopy(data)
    while len(problems) < MAX_PROBLEMS:
        try:
            parse_workout(work, source)
        except WorkoutError as error:
            if problems and problems[-1].field_path == error.field_path:
                break  # the stand-in did not help (a session too long even with 1 round)
            problems.append(error)
            if not isinstance(work, dict) or not _stand_in(work, error.field_path):
                break
        else:
            break
    return problems


def _stand_in(data: dict[str, Any], field_path: str) -> bool:
    """Replace the field at `field_path` with a valid value; False if that is not possible."""
    if field_path in _TOP_STAND_INS:
        data[field_path] = copy.deepcopy(_TOP_STAND_INS[field_path])
        return True
    match = _PHASE_PATH.match(field_path)
    if match is not None and match["section"] in SECTIONS:
        phases = data.get(match["section"])
        index = int(match["index"])
        if not isinstance(phases, list) or index >= len(phases):
            return False
        phase, field = phases[index], match["field"]
        if field is None or not isinstance(phase, dict):
            phases[index] = dict(_STAND_IN_PHASE)
        elif field in _STAND_IN_PHASE:
            phase[field] = _STAND_IN_PHASE[field]
        elif field in phase:  # an unknown field
            del phase[field]
        else:
            return False
        return True
    if field_path in data:  # an unknown top-level field
        del data[field_path]
        return True
    return False
