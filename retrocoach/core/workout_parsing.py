"""Reading a workout file: every field checked, the first problem raised as a
:class:`~retrocoach.core.workout_error.WorkoutError` naming the field, the rule and the value
(:mod:`retrocoach.core.workout_problems` lists them all). Nothing here reads files.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import TypeVar

from retrocoach.core import strict_json
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Text
from retrocoach.core.ranges import whole_in, whole_rule
from retrocoach.core.strict_json import DuplicateKeyError
from retrocoach.core.text import quote, shorten
from retrocoach.core.workout_error import WorkoutError, rule
from retrocoach.core.workout_model import (
    FORMAT_VERSION,
    MAX_DESCRIPTION_LENGTH,
    MAX_NAME_LENGTH,
    MAX_PHASE_SECONDS,
    MAX_PHASES,
    MIN_PHASE_SECONDS,
    SECTIONS,
    Direction,
    Pace,
    Phase,
    Workout,
    check_rounds,
    check_session_length,
)

_E = TypeVar("_E", bound=StrEnum)
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


def _m(source: str, **args: object) -> Text:
    """A message of the workout checks (`source` marked where it is written)."""
    return rule(source, **args)


def parse_workout(data: object, source: str = "", built_in: bool = False) -> Workout:
    """Validate decoded JSON and build a Workout; raise WorkoutError naming the field."""
    if not isinstance(data, Mapping):
        raise WorkoutError(
            source, "", _m(QT_TRANSLATE_NOOP("WorkoutError", "must be a JSON object"))
        )
    version = data.get("version")
    if version != FORMAT_VERSION:
        raise WorkoutError(
            source,
            "version",
            _m(QT_TRANSLATE_NOOP("WorkoutError", "must be {version}"), version=FORMAT_VERSION),
            quote(version),
        )
    workout_id = data.get("id")
    if not isinstance(workout_id, str) or not _ID_PATTERN.match(workout_id):
        raise WorkoutError(
            source,
            "id",
            _m(
                QT_TRANSLATE_NOOP(
                    "WorkoutError",
                    "must be 1 to 40 characters of a-z, 0-9 and '-', "
                    "starting with a letter or digit",
                )
            ),
            quote(workout_id),
        )
    name = _text(data.get("name"), source, "name", MAX_NAME_LENGTH)
    description = data.get("description", "")
    if not isinstance(description, str) or len(description) > MAX_DESCRIPTION_LENGTH:
        raise WorkoutError(
            source,
            "description",
            _m(
                QT_TRANSLATE_NOOP("WorkoutError", "must be text of at most {length} characters"),
                length=MAX_DESCRIPTION_LENGTH,
            ),
        )
    sections = {name: _phases(data.get(name, []), source, name) for name in SECTIONS}
    if not sections["round"]:
        raise WorkoutError(
            source, "round", _m(QT_TRANSLATE_NOOP("WorkoutError", "must have at least 1 phase"))
        )
    count = sum(len(s) for s in sections.values())
    if count > MAX_PHASES:
        raise WorkoutError(
            source,
            "warm_up/round/cool_down",
            _m(QT_TRANSLATE_NOOP("WorkoutError", "at most {most} phases in all"), most=MAX_PHASES),
            str(count),
        )
    default_rounds = check_rounds(data.get("default_rounds"), source, "default_rounds")
    known = {"version", "id", "name", "description", "default_rounds", *SECTIONS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise WorkoutError(
            source,
            shorten(unknown[0]),
            _m(
                QT_TRANSLATE_NOOP("WorkoutError", "unknown field (allowed: {fields})"),
                fields=", ".join(sorted(known)),
            ),
        )
    workout = Workout(
        workout_id,
        name,
        description,
        sections["warm_up"],
        sections["round"],
        sections["cool_down"],
        default_rounds,
        built_in,
    )
    check_session_length(workout, default_rounds, source, "default_rounds")
    return workout


def load_workout_text(text: str, source: str, built_in: bool = False) -> Workout:
    """Parse a workout from JSON text; any JSON error becomes a WorkoutError."""
    try:
        data = strict_json.loads(text)
    except DuplicateKeyError as error:
        twice = _m(
            QT_TRANSLATE_NOOP("WorkoutError", "has the key '{key}' twice; keep one of them"),
            key=error.key,
        )
        raise WorkoutError(source, "", twice) from None
    except json.JSONDecodeError as error:
        raise WorkoutError(
            source,
            "",
            _m(
                QT_TRANSLATE_NOOP(
                    "WorkoutError", "is not valid JSON (line {line}, column {column}: {reason})"
                ),
                line=error.lineno,
                column=error.colno,
                reason=error.msg,
            ),
        ) from None
    except RecursionError:
        raise WorkoutError(
            source,
            "",
            _m(QT_TRANSLATE_NOOP("WorkoutError", "is nested too deeply to be a workout")),
        ) from None
    except ValueError as error:  # e.g. an integer of more than 4300 digits
        raise WorkoutError(
            source,
            "",
            _m(
                QT_TRANSLATE_NOOP("WorkoutError", "is not valid JSON ({reason})"), reason=str(error)
            ),
        ) from None
    return parse_workout(data, source, built_in)


def _text(value: object, source: str, field_path: str, max_length: int) -> str:
    """A name: trimmed, 1 to `max_length` characters, one line of visible, printable text."""
    trimmed = _trim(value) if isinstance(value, str) else None
    if isinstance(value, str) and value and not trimmed:
        raise WorkoutError(
            source,
            field_path,
            _nothing_visible(),
        )
    if trimmed is None or not trimmed or len(trimmed) > max_length:
        raise WorkoutError(
            source,
            field_path,
            _m(
                QT_TRANSLATE_NOOP("WorkoutError", "must be text of 1 to {length} characters"),
                length=max_length,
            ),
            quote(value),
        )
    problem = name_problem(trimmed)
    if problem:
        raise WorkoutError(source, field_path, problem, quote(trimmed))
    return trimmed


def _invisible(char: str) -> bool:
    """Spaces, line breaks, and format characters such as zero-width spaces and joiners."""
    return char.isspace() or unicodedata.category(char) in ("Cf", "Zs", "Zl", "Zp")


def _trim(text: str) -> str:
    """`text` without surrounding whitespace or zero-width characters."""
    start, end = 0, len(text)
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return text[start:end]


#: Explicit embeddings, overrides and isolates (U+202A-202E, U+2066-2069): right-to-left
#: names need none of them (the bidirectional algorithm places their letters), and they can
#: make a name display as something else ("Trojan Source").
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def name_problem(name: str) -> Text | None:
    """Why `name` (already trimmed) cannot be a workout or phase name, or None.

    A name is shown on one line on screen and printed by ``retrocoach workouts`` to a
    terminal: line breaks, control characters (an ESC starts a terminal escape sequence) and
    lone surrogates are refused, and so are text direction overrides and a name with nothing
    visible in it. Other format characters inside a visible name stay (a zero-width joiner is
    part of some emoji, a right-to-left mark may be needed).
    """
    for position, char in enumerate(name, start=1):
        category = unicodedata.category(char)
        if char in "\r\n\x85" or category in ("Zl", "Zp"):
            return _m(
                QT_TRANSLATE_NOOP(
                    "WorkoutError", "must be one line (a line break is at character {position})"
                ),
                position=position,
            )
        if category == "Cc":
            return _m(
                QT_TRANSLATE_NOOP(
                    "WorkoutError",
                    "must not contain control characters (U+{code} at character "
                    "{position}; an escape sequence, a tab or a line break)",
                ),
                code=f"{ord(char):04X}",
                position=position,
            )
        if category == "Cs":
            return _m(
                QT_TRANSLATE_NOOP(
                    "WorkoutError",
                    "is not valid text (a lone surrogate U+{code} at character {position})",
                ),
                code=f"{ord(char):04X}",
                position=position,
            )
        if char in _BIDI_CONTROLS:
            return _m(
                QT_TRANSLATE_NOOP(
                    "WorkoutError",
                    "must not contain a text direction override (U+{code} at character "
                    "{position}: it can show the name reversed or hide part of it)",
                ),
                code=f"{ord(char):04X}",
                position=position,
            )
    if all(_invisible(char) for char in name):
        return _nothing_visible()
    return None


def _nothing_visible() -> Text:
    return _m(
        QT_TRANSLATE_NOOP(
            "WorkoutError",
            "must have a visible character (it has only spaces or zero-width characters)",
        )
    )


def _phases(value: object, source: str, section: str) -> tuple[Phase, ...]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise WorkoutError(
            source, section, _m(QT_TRANSLATE_NOOP("WorkoutError", "must be a list of phases"))
        )
    if len(value) > MAX_PHASES:
        raise WorkoutError(
            source,
            section,
            _m(QT_TRANSLATE_NOOP("WorkoutError", "at most {most} phases"), most=MAX_PHASES),
            str(len(value)),
        )
    return tuple(_phase(item, source, f"{section}[{i}]") for i, item in enumerate(value))


def _phase(value: object, source: str, where: str) -> Phase:
    if not isinstance(value, Mapping):
        raise WorkoutError(
            source,
            where,
            _m(
                QT_TRANSLATE_NOOP(
                    "WorkoutError", "must be an object with name, direction, pace, seconds"
                )
            ),
        )
    unknown = sorted(set(value) - {"name", "direction", "pace", "seconds"})
    if unknown:
        raise WorkoutError(
            source,
            f"{where}.{shorten(unknown[0])}",
            _m(
                QT_TRANSLATE_NOOP(
                    "WorkoutError", "unknown field (allowed: direction, name, pace, seconds)"
                )
            ),
        )
    name = _text(value.get("name"), source, f"{where}.name", MAX_NAME_LENGTH)
    direction = _choice(Direction, value.get("direction"), source, f"{where}.direction")
    pace = _choice(Pace, value.get("pace"), source, f"{where}.pace")
    raw_seconds = value.get("seconds")
    seconds = whole_in(raw_seconds, MIN_PHASE_SECONDS, MAX_PHASE_SECONDS)
    if seconds is None:
        rule = whole_rule(MIN_PHASE_SECONDS, MAX_PHASE_SECONDS, seconds=True)
        got = quote(raw_seconds)
        reason = _m(
            QT_TRANSLATE_NOOP("WorkoutError", "{rule}, got {got} (2 hours at most)"),
            rule=rule,
            got=got,
        )
        raise WorkoutError(source, f"{where}.seconds", rule, got, reason=reason)
    return Phase(name, direction, pace, seconds)


def _choice(enum: type[_E], value: object, source: str, where: str) -> _E:
    for member in enum:
        if member.value == value:
            return member
    allowed = ", ".join(member.value for member in enum)
    raise WorkoutError(
        source,
        where,
        _m(QT_TRANSLATE_NOOP("WorkoutError", "must be one of {allowed}"), allowed=allowed),
        quote(value),
    )
