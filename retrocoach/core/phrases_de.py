"""The German phrasebook (see :mod:`retrocoach.core.phrases_en` for what each function says).

Written as a German coach calls it on the track, not translated word for word: "Gleich:"
for "Next:", "Tempo raus" for "Slow down", "Halbzeit" for "Halfway". Numbers stay digits,
which a German voice reads in German ("30 Sekunden": "dreißig Sekunden"), except one: the
voice would read "1 Minute" as "eins Minute", so the feminine "eine" is written out.
"""

from __future__ import annotations

from retrocoach.core.phrase_tools import unique, whole_minutes
from retrocoach.core.workout import Direction, Pace, split_duration

LANGUAGE = "de"

_DIRECTION = {Direction.BACKWARD: "rückwärts", Direction.FORWARD: "vorwärts"}
_PACE = {Pace.WALK: "gehen", Pace.JOG: "joggen", Pace.RUN: "laufen"}
EASE_OFF_SHORT = "Tempo raus"
EASE_OFF = f"{EASE_OFF_SHORT}, gleich umdrehen"
#: How to turn on a moving belt, said before a turn on a treadmill instead of EASE_OFF
#: (the makers' advice: see phrases_en.TREADMILL_TURN).
TREADMILL_TURN_SHORT = "Band langsamer"
TREADMILL_TURN = f"{TREADMILL_TURN_SHORT}, auf die Trittleisten, umdrehen, wieder drauf"
#: The effort question said after the finish, and its answers (1 to 10: EFFORT_WORDS).
EFFORT_WORDS: tuple[str, ...] = (
    "sehr leicht",
    "leicht",
    "mittel",
    "etwas schwer",
    "schwer",
    "ziemlich schwer",
    "sehr schwer",
    "sehr, sehr schwer",
    "fast maximal",
    "maximal",
)
EFFORT_QUESTION = (
    "Wie anstrengend war das? Von 1, sehr leicht, bis 10, maximal. Drück eine Zahl oder "
    "überspring die Frage."
)
EFFORT_ANSWER = "Anstrengung {effort}: {word}. Gespeichert."
EFFORT_CHOICE = "{effort}, {word}"
_PATH_CHECK = {
    "track": ("Schau, ob der Weg hinter dir frei ist", "Schau nach hinten", "Schulterblick"),
    "hall": ("Schau, ob der Boden hinter dir frei ist", "Schau nach hinten", "Schulterblick"),
    "treadmill": (
        "Sicherheitsclip an, Hände nah an den Griffen, halbes Gehtempo",
        "Sicherheitsclip an, Hände nah an den Griffen",
        "Clip an",
    ),
}
_UNITS = (("Stunde", "Stunden"), ("Minute", "Minuten"), ("Sekunde", "Sekunden"))
PAUSED = "Pause"
RESUMED = "Weiter"


def _amount(value: int, unit: tuple[str, str]) -> str:
    return f"eine {unit[0]}" if value == 1 else f"{value} {unit[1]}"


def _how_many(value: int) -> str:
    """ "8 davon", "eine davon" (a minute, a second: the voice would say "eins")."""
    return "eine" if value == 1 else str(value)


def duration(seconds: int) -> str:
    """ "eine Minute 30 Sekunden", "30 Sekunden", "eine Stunde 5 Minuten"."""
    parts = [
        _amount(value, unit)
        for value, unit in zip(split_duration(seconds), _UNITS, strict=True)
        if value
    ]
    return " ".join(parts) if parts else "0 Sekunden"


def movement(direction: Direction, pace: Pace) -> str:
    """ "Rückwärts joggen"."""
    return f"{_DIRECTION[direction].capitalize()} {_PACE[pace]}"


def count(number: int) -> str:
    return str(number)


def path_check_forms(place: str) -> list[str]:
    return list(_PATH_CHECK.get(place, _PATH_CHECK["track"]))


def announce_forms(
    name: str, seconds: int, direction: Direction, pace: Pace, turned: bool
) -> list[str]:
    one_word = _DIRECTION[direction].capitalize() if turned else _PACE[pace].capitalize()
    return unique([f"{name}, {duration(seconds)}", name, movement(direction, pace), one_word])


def round_forms(number: int, rounds: int) -> list[str]:
    if rounds == 1:
        return ["Nur eine Runde"]
    if number == rounds:
        return ["Letzte Runde"]
    return [f"Runde {number} von {rounds}", f"Runde {number}"]


def next_forms(
    name: str, seconds: int, direction: Direction, pace: Pace, ease_off: bool
) -> list[str]:
    """ "Gleich: Vorwärts gehen, eine Minute"; with `ease_off` "Tempo raus, gleich umdrehen"."""
    plain = unique(
        [
            f"Gleich: {name}, {duration(seconds)}",
            f"Gleich: {name}",
            f"Gleich: {movement(direction, pace)}",
        ]
    )
    if not ease_off:
        return plain
    shortest = f"Gleich {_DIRECTION[direction]}. {EASE_OFF_SHORT}"
    return [f"{text}. {EASE_OFF}" for text in plain] + [shortest]


def treadmill_turn_forms(name: str, seconds: int, direction: Direction, pace: Pace) -> list[str]:
    """On a treadmill, the Next cue before a turn says how to turn on a moving belt
    (:data:`TREADMILL_TURN`), the shortest only :data:`TREADMILL_TURN_SHORT`."""
    plain = next_forms(name, seconds, direction, pace, ease_off=False)
    shortest = f"Gleich {_DIRECTION[direction]}. {TREADMILL_TURN_SHORT}"
    return [f"{text}. {TREADMILL_TURN}" for text in plain] + [shortest]


def almost_done_forms() -> list[str]:
    return ["Fast geschafft"]


def halfway(seconds_to_go: int) -> str:
    return f"Halbzeit: noch {duration(seconds_to_go)}"


def done(total: int, backward: int) -> str:
    """ "Geschafft: 16 Minuten, 8 davon rückwärts"."""
    if total < 60:
        said = duration(total)
    else:
        minutes = whole_minutes(total)
        said = _amount(minutes, _UNITS[1])
    if backward == 0:
        return f"Geschafft: {said}"
    if backward == total:
        return f"Geschafft: {said}, alles rückwärts"
    if total < 60:
        return f"Geschafft: {said}, {_how_many(backward)} davon rückwärts"
    back_minutes = whole_minutes(backward)
    if back_minutes == 0:
        return f"Geschafft: {said}, davon {duration(backward)} rückwärts"
    if back_minutes >= minutes:
        return f"Geschafft: {said}, fast alles rückwärts"
    return f"Geschafft: {said}, {_how_many(back_minutes)} davon rückwärts"


def finish_lines(total: int, backward: int) -> list[str]:
    lines = [done(total, backward)]
    if backward:
        lines += [
            # German has no short word for "sore": "Muskelkater" is the one a runner knows
            "Muskelkater in Waden und Oberschenkeln: anfangs normal",
            "Muskelkater oder wackelig? Nächstes Mal dasselbe Training; sonst weiter im Plan",
        ]
    return lines


def skipped(name: str) -> str:
    return f"Übersprungen: {name}"


def went_back(name: str) -> str:
    return f"Zurück: {name}"
