"""The French phrasebook (see :mod:`retrocoach.core.phrases_en` for what each function says).

As a French coach calls it, in the "tu" of the sports ground: "à reculons" for backwards,
"Ensuite :" for "Next:", "Ralentis" for "Slow down", "série" for a round. Numbers stay
digits, which a French voice reads in French ("30 secondes": "trente secondes"), except
where it would get the gender wrong: "1 minute" is read "un minute", so "une minute",
"vingt et une secondes" are written out.
"""

from __future__ import annotations

from retrocoach.core.phrase_tools import lower_first, unique, whole_minutes
from retrocoach.core.workout import Direction, Pace, split_duration

LANGUAGE = "fr"

_DIRECTION = {Direction.BACKWARD: "à reculons", Direction.FORWARD: "en avant"}
#: One word when a short phase turns (the shortest form must be one word: a 1 s phase).
_ONE_WORD = {Direction.BACKWARD: "Arrière", Direction.FORWARD: "Avant"}
_PACE = {Pace.WALK: "marche", Pace.JOG: "trottine", Pace.RUN: "cours"}
EASE_OFF_SHORT = "Ralentis"
EASE_OFF = f"{EASE_OFF_SHORT} avant de te retourner"
#: How to turn on a moving belt, said before a turn on a treadmill instead of EASE_OFF
#: (the makers' advice: see phrases_en.TREADMILL_TURN).
TREADMILL_TURN_SHORT = "Baisse la vitesse"
TREADMILL_TURN = f"{TREADMILL_TURN_SHORT}, pieds sur les rebords, retourne-toi, remonte"
#: The effort question said after the finish, and its answers (1 to 10: EFFORT_WORDS).
EFFORT_WORDS: tuple[str, ...] = (
    "très facile",
    "facile",
    "modéré",
    "un peu dur",
    "dur",
    "plus dur",
    "très dur",
    "très, très dur",
    "presque maximal",
    "maximal",
)
EFFORT_QUESTION = (
    "C'était dur comment ? De 1, très facile, à 10, maximal. Appuie sur un nombre, ou passe."
)
EFFORT_ANSWER = "Effort {effort} : {word}. Enregistré."
EFFORT_CHOICE = "{effort}, {word}"
_PATH_CHECK = {
    "track": (
        "Vérifie que la voie est libre derrière toi",
        "Vérifie derrière toi",
        "Regarde derrière",
    ),
    "hall": (
        "Vérifie que le sol est dégagé derrière toi",
        "Vérifie derrière toi",
        "Regarde derrière",
    ),
    "treadmill": (
        "Clip attaché, mains près des barres, moitié de ton allure de marche",
        "Clip attaché, mains près des barres",
        "Clip attaché",
    ),
}
_UNITS = (("heure", "heures"), ("minute", "minutes"), ("seconde", "secondes"))
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
PAUSED = "Pause"
RESUMED = "On reprend"


def _number(value: int) -> str:
    """Digits, or the feminine word where a voice would say "un" (every unit is feminine)."""
    if value == 1:
        return "une"
    if value % 10 == 1 and value // 10 in _TENS:
        return f"{_TENS[value // 10]} et une"
    return str(value)


def _amount(value: int, unit: tuple[str, str]) -> str:
    return f"{_number(value)} {unit[0] if value == 1 else unit[1]}"


def duration(seconds: int) -> str:
    """ "une minute 30 secondes", "30 secondes", "une heure 5 minutes"."""
    parts = [
        _amount(value, unit)
        for value, unit in zip(split_duration(seconds), _UNITS, strict=True)
        if value
    ]
    return " ".join(parts) if parts else "0 seconde"


def movement(direction: Direction, pace: Pace) -> str:
    """ "Trottine à reculons"."""
    return f"{_PACE[pace].capitalize()} {_DIRECTION[direction]}"


def count(number: int) -> str:
    return str(number)


def path_check_forms(place: str) -> list[str]:
    return list(_PATH_CHECK.get(place, _PATH_CHECK["track"]))


def announce_forms(
    name: str, seconds: int, direction: Direction, pace: Pace, turned: bool
) -> list[str]:
    one_word = _ONE_WORD[direction] if turned else _PACE[pace].capitalize()
    return unique([f"{name}, {duration(seconds)}", name, movement(direction, pace), one_word])


def round_forms(number: int, rounds: int) -> list[str]:
    if rounds == 1:
        return ["Une seule série"]
    if number == rounds:
        return ["Dernière série"]
    return [f"Série {number} sur {rounds}", f"Série {number}"]


def next_forms(
    name: str, seconds: int, direction: Direction, pace: Pace, ease_off: bool
) -> list[str]:
    """ "Ensuite : marche en avant, une minute"; with `ease_off` "Ralentis avant de te
    retourner"."""
    name = lower_first(name)
    plain = unique(
        [
            f"Ensuite : {name}, {duration(seconds)}",
            f"Ensuite : {name}",
            f"Ensuite : {lower_first(movement(direction, pace))}",
        ]
    )
    if not ease_off:
        return plain
    shortest = f"Ensuite {_DIRECTION[direction]}. {EASE_OFF_SHORT}"
    return [f"{text}. {EASE_OFF}" for text in plain] + [shortest]


def treadmill_turn_forms(name: str, seconds: int, direction: Direction, pace: Pace) -> list[str]:
    """On a treadmill, the Next cue before a turn says how to turn on a moving belt
    (:data:`TREADMILL_TURN`), the shortest only :data:`TREADMILL_TURN_SHORT`."""
    plain = next_forms(name, seconds, direction, pace, ease_off=False)
    shortest = f"Ensuite {_DIRECTION[direction]}. {TREADMILL_TURN_SHORT}"
    return [f"{text}. {TREADMILL_TURN}" for text in plain] + [shortest]


def almost_done_forms() -> list[str]:
    return ["Presque fini"]


def halfway(seconds_to_go: int) -> str:
    return f"Mi-parcours : encore {duration(seconds_to_go)}"


def done(total: int, backward: int) -> str:
    """ "Terminé : 16 minutes, dont 8 à reculons"."""
    if total < 60:
        said = duration(total)
    else:
        minutes = whole_minutes(total)
        said = _amount(minutes, _UNITS[1])
    if backward == 0:
        return f"Terminé : {said}"
    if backward == total:
        return f"Terminé : {said}, tout à reculons"
    if total < 60:
        return f"Terminé : {said}, dont {_number(backward)} à reculons"
    back_minutes = whole_minutes(backward)
    if back_minutes == 0:
        return f"Terminé : {said}, dont {duration(backward)} à reculons"
    if back_minutes >= minutes:
        return f"Terminé : {said}, presque tout à reculons"
    return f"Terminé : {said}, dont {_number(back_minutes)} à reculons"


def finish_lines(total: int, backward: int) -> list[str]:
    lines = [done(total, backward)]
    if backward:
        lines += [
            "Courbatures aux mollets et aux cuisses demain : normal au début",
            "Courbatures ou instable ? Refais cette séance la prochaine fois ; sinon, passe "
            "à la suite",
        ]
    return lines


def skipped(name: str) -> str:
    return f"Passé : {lower_first(name)}"


def went_back(name: str) -> str:
    return f"Retour : {lower_first(name)}"
